import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent, Position } from 'vscode-languageserver-types';
import { quadletCompletion } from '../../../server/src/features/quadlet/completion';
import { quadletHover } from '../../../server/src/features/quadlet/hover';
import { translatorFor } from '../../../server/src/l10n/translator';
import { parse } from '../../../server/src/parse';

/** The text without its `$0` marker, and where the marker was. */
function at(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('$0');
  const before = marked.slice(0, offset).split('\n');
  return { text: marked.replace('$0', ''), position: { line: before.length - 1, character: before.at(-1)!.length } };
}

function hoverText(fileName: string, marked: string, podmanVersion = '5.8.2', locale: 'en' | 'zh-cn' = 'en'): string {
  const { text, position } = at(marked);
  const hover = quadletHover(parse(text, 'systemd'), position, { fileName, podmanVersion, t: translatorFor(locale) });
  return hover ? (hover.contents as MarkupContent).value : '';
}

function labels(fileName: string, marked: string, podmanVersion = '5.8.2'): string[] {
  const { text, position } = at(marked);
  return quadletCompletion(parse(text, 'systemd'), position, { fileName, podmanVersion }).map((i) => i.label);
}

describe('Quadlet hover', () => {
  it('explains a key: summary, type, release, the manual of the target Podman', () => {
    const text = hoverText('web.container', '[Container]\nPu$0ll=newer\n', '5.2.0');
    assert.match(text, /\*\*Pull=\*\*/);
    assert.match(text, /When to pull the image/);
    assert.match(text, /`always`, `missing`, `never`, `newer`/);
    assert.match(text, /Since Podman 4\.6\.0|Since Podman 4\.\d\.\d/);
    assert.match(text, /https:\/\/docs\.podman\.io\/en\/v5\.2\.0\/markdown\/podman-systemd\.unit\.5\.html#pull/);
  });

  it('says when the target Podman lacks the key, and reads the section per file type', () => {
    assert.match(hoverText('web.container', '[Container]\nHttpPro$0xy=false\n', '5.0.0'), /Podman 5\.0\.0 does not have it yet/);
    assert.match(hoverText('data.volume', '[Volume]\nIm$0age=app.image\n'), /content backs the volume/);
    assert.equal(hoverText('data.volume', '[Container]\nIm$0age=app.image\n'), '');
    assert.match(hoverText('data.volume', '[Vol$0ume]\n'), /creates \(podman volume create\)/);
  });

  it('speaks Chinese', () => {
    const text = hoverText('web.container', '[Container]\nIma$0ge=nginx\n', '5.8.2', 'zh-cn');
    assert.match(text, /要运行的镜像/);
    assert.match(text, /自 Podman 4\.4\.0 起/);
    assert.match(text, /手册/);
  });
});

describe('Quadlet completion', () => {
  it('offers the keys of the section, newer ones last', () => {
    const keys = labels('web.container', '[Container]\n$0\n', '5.0.0');
    assert.ok(keys.includes('Image'));
    assert.ok(!keys.includes('Yaml'));
    assert.ok(keys.indexOf('HttpProxy') > keys.indexOf('WorkingDir'), 'HttpProxy (5.7.0) comes after the keys 5.0.0 has');
    assert.deepEqual(labels('app.kube', '[Kube]\n$0\n').filter((k) => k === 'Yaml'), ['Yaml']);
  });

  it('offers value words and section headers', () => {
    assert.deepEqual(labels('web.container', '[Container]\nPull=$0\n'), ['always', 'missing', 'never', 'newer']);
    assert.deepEqual(labels('web.container', '[Container]\nReadOnly=$0\n'), ['true', 'false']);
    assert.deepEqual(labels('web.container', '[$0\n'), ['[Container]', '[Quadlet]', '[Unit]', '[Service]', '[Install]']);
  });
});
