import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { itemDefaultsSupport, packCompletionList, resolvesDetail, withoutDefaults } from '../../../server/src/features/completionPacking';

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

  it('sends a list made with defaults the client reads as it is, its items shared; without detail when the client resolves it', () => {
    const shared: CompletionItem[] = [Object.freeze({ label: 'Type', detail: 'type', textEditText: 'Type=' }), Object.freeze({ label: 'Restart' })];
    const made: CompletionList = { isIncomplete: false, itemDefaults: { editRange: here, data }, items: shared };
    const whole = packCompletionList(made, ALL, at);
    assert.equal(whole.items, shared);
    const first = packCompletionList(made, ALL, at, true);
    assert.deepEqual(first, { isIncomplete: false, itemDefaults: { editRange: here, data }, items: [{ label: 'Type', textEditText: 'Type=' }, { label: 'Restart' }] });
    // The copy of a shared item is made once, and the shared item is left as it was.
    assert.equal(packCompletionList(made, ALL, at, true).items[0], first.items[0]);
    assert.equal(shared[0].detail, 'type');
    // So is the copy of a shared (frozen) list.
    const frozen: CompletionList = { ...made, items: Object.freeze([...shared]) as CompletionItem[] };
    const once = packCompletionList(frozen, ALL, at, true).items;
    assert.equal(packCompletionList(frozen, ALL, at, true).items, once);
    assert.deepEqual(once, first.items);
  });

  it('applies the defaults to every item for a client that does not read them all', () => {
    const made: CompletionList = { isIncomplete: true, itemDefaults: { editRange: here, data },
      items: [{ label: 'Type', detail: 'type', textEditText: 'Type=' }, { label: 'Restart', data: { mine: true } }] };
    const whole = [{ label: 'Type', detail: 'type', textEdit: { range: here, newText: 'Type=' }, data }, { label: 'Restart', data: { mine: true }, textEdit: { range: here, newText: 'Restart' } }];
    assert.deepEqual(withoutDefaults(made), { isIncomplete: true, items: whole });
    // A client that reads only the edit range gets the range once and each item's data.
    const rangeOnly = packCompletionList(made, new Set(['editRange']), at);
    assert.deepEqual(rangeOnly.itemDefaults, { editRange: here });
    assert.deepEqual(rangeOnly.items, [{ label: 'Type', detail: 'type', data, textEditText: 'Type=' }, { label: 'Restart', data: { mine: true } }]);
    // One that reads none gets insertText (the edit is at the cursor) or nothing when that is the label.
    assert.deepEqual(packCompletionList(made, new Set(), at).items, [{ label: 'Type', detail: 'type', data, insertText: 'Type=' }, { label: 'Restart', data: { mine: true } }]);
  });

  it('reads whether the client resolves details, and nothing from junk', () => {
    assert.equal(resolvesDetail({ textDocument: { completion: { completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } } } } }), true);
    for (const junk of [undefined, null, {}, { textDocument: { completion: { completionItem: { resolveSupport: { properties: ['documentation'] } } } } },
      { textDocument: { completion: { completionItem: { resolveSupport: { properties: 'detail' } } } } }]) assert.equal(resolvesDetail(junk), false);
  });
});
