import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { completion } from '../../../server/src/features/completion';
import { matchesSubsequence, resolveCompletion } from '../../../server/src/features/completionDocs';
import { analyzeMarked } from '../../helpers/analyzeText';

function listAt(uri: string, source: string, version: number | string = 252) {
  const { analyzed, marked } = analyzeMarked(uri, source);
  return completion(analyzed, marked.cursor, { version });
}

function find(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no ${label} in ${items.map((i) => i.label).join(',')}`);
  return found;
}

const docsOf = (item: CompletionItem) => (item.documentation as MarkupContent | undefined)?.value;

describe('completion: narrowing to the typed prefix', () => {
  it('keeps in-order fuzzy matches, ignoring case, and marks the list incomplete', () => {
    const list = listAt('file:///x.service', '[Service]\nrstrt$0\n');
    assert.equal(list.isIncomplete, true);
    const labels = list.items.map((i) => i.label);
    for (const l of ['Restart', 'RestartSec', 'RestartPreventExitStatus']) assert.ok(labels.includes(l), l);
    assert.ok(!labels.includes('Type') && !labels.includes('ExecStart'));
    assert.ok(labels.every((l) => matchesSubsequence(l, 'rstrt')));
  });

  it('narrows by what is left of the cursor inside a key, and the edit still covers the whole key', () => {
    const list = listAt('file:///x.service', '[Service]\nTyp$0e=simple\n');
    assert.equal(list.isIncomplete, true);
    const type = find(list.items, 'Type');
    assert.deepEqual((type.textEdit as TextEdit).range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
    assert.ok(list.items.length < 40, `${list.items.length} items`);
  });

  it('sends the whole list, complete, when nothing is typed', () => {
    const list = listAt('file:///x.service', '[Service]\n$0\n');
    assert.equal(list.isIncomplete, false);
    assert.ok(list.items.length > 100);
    const values = listAt('file:///x.service', '[Service]\nType=$0\n');
    assert.equal(values.isIncomplete, false);
    for (const v of ['simple', 'forking', 'oneshot', 'notify', 'exec']) find(values.items, v);
  });

  it('narrows values by the typed part of the word', () => {
    const list = listAt('file:///x.service', '[Service]\nType=nt$0\n');
    assert.equal(list.isIncomplete, true);
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('notify') && labels.includes('oneshot'), labels.join(','));
    assert.ok(!labels.includes('simple') && !labels.includes('forking'), labels.join(','));
    const edit = find(list.items, 'notify').textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 7 } });
  });

  it('matches section headers by filterText and keeps them all (a short list)', () => {
    const list = listAt('file:///x.service', '[Se$0');
    assert.equal(list.isIncomplete, false);
    find(list.items, '[Service]');
    assert.deepEqual(list.items.filter((i) => matchesSubsequence(i.filterText ?? i.label, '[Srv')).map((i) => i.label), ['[Service]']);
  });

  it('matches supervisor options case-insensitively', () => {
    const list = listAt('file:///etc/supervisor/conf.d/a.conf', '[program:a]\nAUTOR$0\n');
    assert.equal(list.isIncomplete, true);
    find(list.items, 'autorestart');
  });
});

describe('completion: documentation on resolve', () => {
  it('directive items carry no documentation until resolved', () => {
    const item = find(listAt('file:///x.service', '[Service]\nRes$0\n').items, 'Restart');
    assert.equal(item.documentation, undefined);
    assert.ok(JSON.stringify(item.data).length < 200, JSON.stringify(item.data));
    const resolved = resolveCompletion(JSON.parse(JSON.stringify(item)) as CompletionItem);
    assert.match(docsOf(resolved) ?? '', /^\*\*Restart=\*\*/);
    assert.match(docsOf(resolved) ?? '', /on-failure/);
    assert.deepEqual({ ...resolved, documentation: undefined }, { ...item, documentation: undefined });
  });

  it('uses the separator and target release of the request', () => {
    const supervisor = find(listAt('file:///etc/supervisor/conf.d/a.conf', '[program:a]\nauto$0\n').items, 'autorestart');
    assert.match(docsOf(resolveCompletion(supervisor)) ?? '', /^\*\*autorestart=\*\*/);
    const old = find(listAt('file:///x.service', '[Service]\nTy$0\n', 239).items, 'Type');
    assert.match(docsOf(resolveCompletion(old)) ?? '', /`exec` .*not in the target release/);
  });

  it('resolves section headers and values', () => {
    const section = find(listAt('file:///x.service', '[$0').items, '[Service]');
    assert.equal(section.documentation, undefined);
    assert.match(docsOf(resolveCompletion(section)) ?? '', /\*\*\[Service\]\*\*/);
    const value = find(listAt('file:///x.service', '[Service]\nType=$0\n').items, 'oneshot');
    assert.equal(value.documentation, undefined);
    assert.match(docsOf(resolveCompletion(value)) ?? '', /^\*\*Type=oneshot\*\*/);
  });

  it('finds the schema of a family file again: Quadlet, networkd and a daemon config resolve their own directives', () => {
    const files: [string, string, string, RegExp][] = [
      ['file:///home/u/.config/containers/systemd/a.container', '[Container]\nIm$0\n', 'Image', /^\*\*Image=\*\*/],
      ['file:///etc/systemd/network/a.network', '[Network]\nAddr$0\n', 'Address', /^\*\*Address=\*\*/],
      ['file:///etc/systemd/journald.conf', '[Journal]\nStor$0\n', 'Storage', /^\*\*Storage=\*\*/],
    ];
    for (const [uri, source, label, docs] of files) {
      const item = find(listAt(uri, source).items, label);
      assert.match(docsOf(resolveCompletion(JSON.parse(JSON.stringify(item)) as CompletionItem)) ?? '', docs, uri);
    }
    // A family the server does not know, or a type it has no schema for, resolves to nothing.
    for (const data of [{ dialect: 'systemd', family: 'nosuch', kind: 'section', name: 'Network' },
      { dialect: 'systemd', family: 'networkd', familyType: 'nosuch', kind: 'section', name: 'Network' },
      { dialect: 'systemd', family: 'toString', kind: 'section', name: 'Network' },
      { dialect: 'systemd', family: 5, kind: 'section', name: 'Network' }]) {
      const item: CompletionItem = { label: 'x', data };
      assert.equal(resolveCompletion(item), item, JSON.stringify(data));
    }
  });

  it('gives an item sent without its detail the detail completion made', () => {
    const cases: [string, string, string, (number | string)?][] = [
      ['file:///x.service', '[Service]\nTy$0\n', 'Type', 239],
      ['file:///x.service', '[Service]\n$0\n', 'ExecPaths', 239],
      ['file:///x.service', '[Service]\nRestart=$0\n', 'on-failure'],
      ['file:///x.service', '[Service]\nRemainAfterExit=$0\n', 'yes'],
      ['file:///etc/supervisor/conf.d/a.conf', '[program:a]\nautorestart=$0\n', 'unexpected'],
    ];
    for (const [uri, source, label, version] of cases) {
      const item = find(listAt(uri, source, version).items, label);
      assert.ok(item.detail, label);
      const { detail: _detail, ...slim } = JSON.parse(JSON.stringify(item)) as CompletionItem;
      assert.equal(resolveCompletion(slim).detail, item.detail, label);
    }
  });

  it('gives back items it did not make, or with data it cannot use, unchanged', () => {
    const junk: unknown[] = [undefined, null, 5, 'x', [], {}, { dialect: 'systemd' }, { dialect: 'x', kind: 'section', name: 'Unit' },
      { dialect: 'systemd', kind: 'section', name: '__proto__' }, { dialect: 'systemd', kind: 'section', name: 'NoSuch' },
      { dialect: 'systemd', kind: 'directive', section: 'Service', name: 'Type', separator: '=', version: Infinity },
      { dialect: 'systemd', kind: 'directive', section: 'Service', name: 'Type', separator: '=', version: 'abc' },
      { dialect: 'systemd', kind: 'directive', section: 'Service', name: 'NoSuch', separator: '=', version: 252 },
      { dialect: 'supervisor', kind: 'value', section: 'program', name: 'constructor' }];
    for (const data of junk) {
      const item: CompletionItem = { label: 'x', data };
      assert.equal(resolveCompletion(item), item, JSON.stringify(data));
    }
    const documented: CompletionItem = { label: 'Type', documentation: 'mine', data: { dialect: 'systemd', kind: 'section', name: 'Unit' } };
    assert.equal(resolveCompletion(documented), documented);
  });
});
