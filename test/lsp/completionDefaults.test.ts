// Completion lists over the wire: shared fields as LSP 3.17 item defaults for a client that takes
// them, per-item fields for one that does not, and the same edits either way.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, MarkupContent, Range } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const SETTINGS = { settings: { systemd: { version: 252 }, diagnosticsDelay: 0 } };
const TAKES_DEFAULTS = { textDocument: { completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } } } };
const UNIT = '[Unit]\nDescription=demo\n\n[Service]\n\n';
const BLANK_IN_SERVICE = { line: 4, character: 0 };

/** What a client does with an item: the text it puts where, and the data it sends to resolve. */
function applied(item: CompletionItem, list: CompletionList, position: Range['start']) {
  const defaults = list.itemDefaults ?? {};
  const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : undefined;
  const range = edit?.range ?? (defaults.editRange as Range | undefined) ?? { start: position, end: position };
  const text = edit?.newText ?? (defaults.editRange ? item.textEditText : item.insertText) ?? item.label;
  return { label: item.label, range, text, format: item.insertTextFormat ?? defaults.insertTextFormat ?? 1, data: item.data ?? defaults.data };
}

async function ask(server: LspSession, uri: string) {
  server.open(uri, UNIT);
  const answer = await server.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position: BLANK_IN_SERVICE });
  const list: CompletionList = Array.isArray(answer) ? { isIncomplete: false, items: answer } : answer;
  return { list, bytes: Buffer.byteLength(JSON.stringify(answer)) };
}

describe('completion lists with and without item defaults', () => {
  let modern: LspSession;
  let plain: LspSession;
  before(async () => { [modern, plain] = await Promise.all([startServer(SETTINGS, TAKES_DEFAULTS), startServer(SETTINGS)]); });
  after(async () => { await Promise.all([modern.close(), plain.close()]); });

  it('sends the edit range and data once to a client that takes item defaults, in half the bytes', async () => {
    const { list, bytes } = await ask(modern, 'file:///w/defaults.service');
    assert.ok(list.items.length > 250, `${list.items.length} items`);
    assert.deepEqual(list.itemDefaults?.editRange, { start: BLANK_IN_SERVICE, end: BLANK_IN_SERVICE });
    assert.ok(list.itemDefaults?.data !== undefined);
    assert.ok(list.items.every((i) => i.textEdit === undefined && i.data === undefined && i.filterText === undefined));
    const execStart = list.items.find((i) => i.label === 'ExecStart');
    assert.equal(execStart?.textEditText, 'ExecStart=');
    // The whole [Service] list was 111 KB when every item carried its own edit, data and sort text.
    assert.ok(bytes < 111_000 / 2, `${bytes} bytes`);
  });

  it('gives a client without item defaults the same edits and data on each item', async () => {
    const [withDefaults, without] = await Promise.all([ask(modern, 'file:///w/same-a.service'), ask(plain, 'file:///w/same-b.service')]);
    assert.equal(without.list.itemDefaults, undefined);
    assert.ok(without.list.items.every((i) => i.data !== undefined));
    const a = withDefaults.list.items.map((i) => applied(i, withDefaults.list, BLANK_IN_SERVICE));
    const b = without.list.items.map((i) => applied(i, without.list, BLANK_IN_SERVICE));
    assert.deepEqual(a, b);
    assert.ok(without.bytes > withDefaults.bytes);
  });

  it('resolves an item whose data came from the list defaults', async () => {
    const { list } = await ask(modern, 'file:///w/resolve.service');
    const restart = list.items.find((i) => i.label === 'Restart')!;
    // A client merges the defaults into the item before it asks.
    const resolved = await modern.request<CompletionItem>('completionItem/resolve', { ...restart, data: list.itemDefaults?.data });
    assert.match((resolved.documentation as MarkupContent).value, /^\*\*Restart=\*\*/);
  });
});
