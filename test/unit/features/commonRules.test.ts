import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { quickFixes } from '../../../server/src/features/codeActions';
import { diagnose } from '../../helpers/analyzeText';

function codes(uri: string, text: string) {
  return diagnose(uri, text).map((d) => [d.code, d.range.start.line]);
}

/** Applies non-overlapping edits to a text. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('schema-driven rules', () => {
  it('flags unknown sections and sections of another unit type, but not X- sections', () => {
    assert.deepEqual(codes('file:///x.service', '[Servce]\n[Socket]\n[X-Mine]\nFoo=1\n[Service]\nExecStart=/bin/true\n').filter((c) => c[0] === 'systemd/unknown-section'),
      [['systemd/unknown-section', 0], ['systemd/unknown-section', 1]]);
  });

  it('suggests the closest directive and fixes it', () => {
    const text = '[Service]\nRestrat=always\nExecStart=/bin/true\n';
    const diagnostics = diagnose('file:///x.service', text);
    const unknown = diagnostics.find((d) => d.code === 'systemd/unknown-directive')!;
    assert.match(String(unknown.message), /Did you mean Restart\?/);
    const fix = quickFixes('file:///x.service', [unknown])[0];
    assert.equal(apply(text, fix.edit!.changes!['file:///x.service']), '[Service]\nRestart=always\nExecStart=/bin/true\n');
  });

  it('suggests the closest value of an enum and fixes it: Type=simpel becomes simple', () => {
    const text = '[Service]\nType=simpel\nExecStart=/bin/true\n';
    const invalid = diagnose('file:///x.service', text).find((d) => d.code === 'systemd/invalid-value')!;
    assert.match(String(invalid.message), /Did you mean simple\?/);
    const fix = quickFixes('file:///x.service', [invalid])[0];
    assert.equal(apply(text, fix.edit!.changes!['file:///x.service']), '[Service]\nType=simple\nExecStart=/bin/true\n');
    const far = diagnose('file:///x.service', '[Service]\nKillMode=bogus\nExecStart=/bin/true\n').find((d) => d.code === 'systemd/invalid-value')!;
    assert.deepEqual(quickFixes('file:///x.service', [far]), [], 'no guess when nothing is close');
  });

  it('allows X- directives', () => {
    assert.deepEqual(codes('file:///x.service', '[Service]\nX-Custom=1\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n'), []);
  });

  it('moves a directive to its section', () => {
    const text = '[Unit]\nDescription=x\n\n[Service]\nAfter=network.target\nExecStart=/bin/true\n';
    const diagnostics = diagnose('file:///x.service', text);
    const wrong = diagnostics.find((d) => d.code === 'systemd/wrong-section')!;
    assert.equal(wrong.range.start.line, 4);
    const fix = quickFixes('file:///x.service', [wrong]).find((f) => f.title === 'Move After to [Unit]')!;
    assert.equal(apply(text, fix.edit!.changes!['file:///x.service']), '[Unit]\nDescription=x\nAfter=network.target\n\n[Service]\nExecStart=/bin/true\n');
  });

  it('warns when a single-valued directive is set twice', () => {
    const found = diagnose('file:///x.service', '[Service]\nType=simple\nType=forking\nExecStart=/bin/true\nExecStartPre=/a\nExecStartPre=/b\n')
      .filter((d) => d.code === 'systemd/duplicate-directive');
    assert.deepEqual(found.map((d) => d.range.start.line), [1]);
  });

  it('reports invalid values at the value', () => {
    const found = diagnose('file:///x.service', '[Service]\nType=simpel\nExecStart=/bin/true\n').find((d) => d.code === 'systemd/invalid-value');
    assert.deepEqual(found?.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 11 } });
  });

  it('treats supervisor unknown options as warnings', () => {
    const found = diagnose('file:///etc/supervisor/conf.d/a.conf', '[program:a]\ncommand=/bin/a\nautostrat=true\n').find((d) => d.code === 'supervisor/unknown-directive');
    assert.equal(found?.severity, 2);
    assert.match(String(found?.message), /Did you mean autostart\?/);
  });
});
