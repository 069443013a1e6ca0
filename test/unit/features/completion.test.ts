import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { complete } from '../../../server/src/features/completion';
import { analyzeMarked } from '../../helpers/analyzeText';

function labels(uri: string, source: string, version: number | string = 252): string[] {
  const { analyzed, marked } = analyzeMarked(uri, source);
  return complete(analyzed, marked.cursor, { version }).map((i) => i.label);
}

function item(uri: string, source: string, label: string): CompletionItem {
  const { analyzed, marked } = analyzeMarked(uri, source);
  const found = complete(analyzed, marked.cursor, { version: 252 }).find((i) => i.label === label);
  assert.ok(found, `no completion ${label}`);
  return found;
}

describe('completion', () => {
  it('offers the sections a unit type takes', () => {
    const service = labels('file:///x.service', '[$0');
    assert.ok(service.includes('[Service]') && service.includes('[Unit]') && service.includes('[Install]'));
    assert.ok(!service.includes('[Socket]') && !service.includes('[Timer]'));
    assert.ok(labels('file:///x.timer', '[$0').includes('[Timer]'));
  });

  it('offers the directives of the current section with their separator', () => {
    const found = item('file:///x.service', '[Service]\nRes$0\n', 'Restart');
    assert.equal((found.textEdit as TextEdit).newText, 'Restart=');
    assert.deepEqual((found.textEdit as TextEdit).range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
    const unit = labels('file:///x.service', '[Unit]\n$0\n');
    assert.ok(unit.includes('After') && !unit.includes('ExecStart'));
  });

  it('offers Type= values including the newer ones', () => {
    const values = labels('file:///x.service', '[Service]\nType=$0\n');
    for (const v of ['simple', 'forking', 'oneshot', 'dbus', 'notify', 'idle', 'exec']) assert.ok(values.includes(v), v);
  });

  it('leaves out enum values newer than the target release', () => {
    assert.ok(!labels('file:///x.service', '[Service]\nType=$0\n', 239).includes('exec'));
    assert.ok(!labels('file:///x.service', '[Service]\nType=$0\n', 252).includes('notify-reload'));
  });

  it('replaces the whole word being typed in a value', () => {
    const found = item('file:///x.service', '[Service]\nKillMode=mi$0xed\n', 'mixed');
    assert.deepEqual((found.textEdit as TextEdit).range, { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } });
  });

  it('completes supervisor section types and options', () => {
    const sections = labels('file:///etc/supervisor/supervisord.conf', '[$0');
    assert.ok(sections.includes('[program:…]') && sections.includes('[supervisord]'));
    const found = item('file:///etc/supervisor/conf.d/a.conf', '[program:a]\nauto$0\n', 'autorestart');
    assert.equal((found.textEdit as TextEdit).newText, 'autorestart = ');
  });

  it('offers nothing in comments', () => {
    assert.deepEqual(labels('file:///x.service', '[Service]\n# Ty$0\n'), []);
  });
});
