// Hover and completion in a Quadlet file come from the generic features over Quadlet's schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent, Position } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { complete } from '../../../server/src/features/completion';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { hover } from '../../../server/src/features/hover';
import { translatorFor } from '../../../server/src/l10n/translator';

const FOLDER = 'file:///etc/containers/systemd';

/** The text without its `$0` marker, and where the marker was. */
function at(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('$0');
  const before = marked.slice(0, offset).split('\n');
  return { text: marked.replace('$0', ''), position: { line: before.length - 1, character: before.at(-1)!.length } };
}

function hoverText(fileName: string, marked: string, podmanVersion = '5.8.2', locale: 'en' | 'zh-cn' = 'en'): string {
  const { text, position } = at(marked);
  const analyzed = analyze(`${FOLDER}/${fileName}`, 1, text);
  assert.ok(analyzed);
  const found = hover(analyzed, position, podmanVersion, undefined, {}, translatorFor(locale));
  return found ? (found.contents as MarkupContent).value : '';
}

function items(fileName: string, marked: string, podmanVersion = '5.8.2') {
  const { text, position } = at(marked);
  const analyzed = analyze(`${FOLDER}/${fileName}`, 1, text);
  assert.ok(analyzed);
  return complete(analyzed, position, { version: podmanVersion, units: undefined, t: translatorFor('en') } as Parameters<typeof complete>[2]);
}

describe('Quadlet files', () => {
  it('are read by type, .artifact included, drop-ins too', () => {
    for (const type of ['container', 'volume', 'network', 'kube', 'pod', 'image', 'build', 'artifact']) {
      const a = analyze(`${FOLDER}/x.${type}`, 1, '');
      assert.ok(a?.kind.dialect === 'systemd' && a.kind.family === 'quadlet' && a.kind.familyType === type, type);
    }
    const dropIn = analyze(`${FOLDER}/web.container.d/10-env.conf`, 1, '[Container]\nEnvironment=A=1\nEnviron=B=2\n');
    assert.ok(dropIn?.kind.dialect === 'systemd' && dropIn.kind.family === 'quadlet' && dropIn.kind.familyType === 'container');
    // A drop-in is checked for its keys, not for what the whole unit needs (Image= is the unit's).
    assert.deepEqual(computeDiagnostics(dropIn, { systemdVersion: 252 }).map((d) => String(d.code)), ['quadlet/unknown-key']);
  });
});

describe('Quadlet hover', () => {
  it('explains a key: summary, values, the Podman release that added it, the manual of the target Podman', () => {
    const text = hoverText('web.container', '[Container]\nPu$0ll=newer\n', '5.2.0');
    assert.match(text, /\*\*Pull=\*\*/);
    assert.match(text, /When to pull the image/);
    assert.match(text, /`missing`/);
    assert.match(text, /A Quadlet key since Podman 4\.\d\.\d\./);
    assert.match(text, /https:\/\/docs\.podman\.io\/en\/v5\.2\.0\/markdown\/podman-systemd\.unit\.5\.html#pull/);
  });

  it('reads each section of the file type with its own meaning, and the unit sections with the unit schema', () => {
    assert.match(hoverText('data.volume', '[Volume]\nIm$0age=app.image\n'), /content backs the volume/);
    assert.match(hoverText('data.volume', '[Vol$0ume]\n'), /podman volume create/);
    assert.match(hoverText('web.container', '[Service]\nRes$0tart=always\n'), /When systemd restarts the service/);
  });

  it('speaks Chinese', () => {
    const text = hoverText('web.container', '[Container]\nIma$0ge=nginx\n', '5.8.2', 'zh-cn');
    assert.match(text, /要运行的镜像/);
    assert.match(text, /自 Podman 4\.4\.0 起的 Quadlet 键/);
  });
});

describe('Quadlet completion', () => {
  it('offers the keys of the section, those the target Podman lacks marked and last', () => {
    const found = items('web.container', '[Container]\n$0\n', '5.0.0');
    const labels = found.map((i) => i.label);
    assert.ok(labels.includes('Image') && !labels.includes('Yaml'));
    const proxy = found.find((i) => i.label === 'HttpProxy');
    assert.match(proxy?.detail ?? '', /not in Podman 5\.0\.0/);
    assert.ok((proxy?.sortText ?? '') > (found.find((i) => i.label === 'Image')?.sortText ?? ''));
    assert.ok(items('app.kube', '[Kube]\n$0\n').some((i) => i.label === 'Yaml'));
  });

  it('offers value words and the sections of the file type', () => {
    assert.deepEqual(items('web.container', '[Container]\nPull=$0\n').map((i) => i.label), ['always', 'missing', 'never', 'newer']);
    assert.deepEqual(items('web.container', '[Container]\nReadOnly=$0\n').map((i) => i.label), ['true', 'false']);
    const sections = items('web.container', '[$0\n').map((i) => i.label);
    assert.ok(['Container', 'Quadlet', 'Unit', 'Service', 'Install'].every((s) => sections.some((l) => l.includes(s))), sections.join());
    assert.ok(!sections.some((l) => l.includes('Volume')));
  });
});
