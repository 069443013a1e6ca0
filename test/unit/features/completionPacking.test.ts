import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { itemDefaultsSupport, packCompletionList } from '../../../server/src/features/completionPacking';

const at = { line: 3, character: 0 };
const here = { start: at, end: at };
const data = { dialect: 'systemd', kind: 'directive', section: 'Service', version: 252 };
const list = (items: CompletionItem[]): CompletionList => ({ isIncomplete: false, items });
const ALL = itemDefaultsSupport({ textDocument: { completion: { completionList: { itemDefaults: ['editRange', 'insertTextFormat', 'data'] } } } });

describe('packing completion lists', () => {
  it('reads which defaults the client takes, and nothing from junk', () => {
    assert.deepEqual([...ALL].sort(), ['data', 'editRange', 'insertTextFormat']);
    for (const junk of [undefined, null, {}, { textDocument: { completion: { completionList: { itemDefaults: 'editRange' } } } }]) {
      assert.equal(itemDefaultsSupport(junk).size, 0);
    }
  });

  it('moves a shared range and data to the defaults and keeps only the text that differs from the label', () => {
    const packed = packCompletionList(list([
      { label: 'Type', data, textEdit: { range: here, newText: 'Type=' } },
      { label: 'Restart', data, textEdit: { range: here, newText: 'Restart' } },
    ]), ALL, at);
    assert.deepEqual(packed, { isIncomplete: false, itemDefaults: { editRange: here, data }, items: [{ label: 'Type', textEditText: 'Type=' }, { label: 'Restart' }] });
  });

  it('leaves per-item fields that differ on the items', () => {
    const other = { start: at, end: { line: 3, character: 2 } };
    const items: CompletionItem[] = [
      { label: 'a', data: { n: 1 }, insertTextFormat: 2, textEdit: { range: here, newText: 'a' } },
      { label: 'b', data: { n: 2 }, insertTextFormat: 1, textEdit: { range: other, newText: 'b' } },
    ];
    assert.deepEqual(packCompletionList(list(items), ALL, { line: 9, character: 9 }), list(items));
  });

  it('without item defaults, an edit at the cursor becomes insertText, or nothing when it is the label', () => {
    const packed = packCompletionList(list([
      { label: 'Type', data, textEdit: { range: here, newText: 'Type=' } },
      { label: 'simple', data, textEdit: { range: here, newText: 'simple' } },
      { label: 'Kill', data, textEdit: { range: { start: at, end: { line: 3, character: 2 } }, newText: 'Kill' } },
    ]), new Set(), at);
    assert.deepEqual(packed.items, [
      { label: 'Type', data, insertText: 'Type=' },
      { label: 'simple', data },
      { label: 'Kill', data, textEdit: { range: { start: at, end: { line: 3, character: 2 } }, newText: 'Kill' } },
    ]);
    assert.equal(packed.itemDefaults, undefined);
  });
});
