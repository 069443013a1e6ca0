// Completion lists over the wire: shared fields as LSP 3.17 item defaults for a client that takes
// them, per-item fields for one that does not, and the same edits either way. A client that fills in
// details on resolve (VS Code) gets items without them, and resolve gives the same detail back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, MarkupContent, Range } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const SETTINGS = { settings: { systemd: { version: 252 }, diagnosticsDelay: 0 } };
const TAKES_DEFAULTS = { textDocument: { completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } } } };
/** What VS Code's language client announces for completion. */
const LIKE_VS_CODE = { textDocument: { completion: {
  completionItem: { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
  completionList: TAKES_DEFAULTS.textDocument.completion.completionList,
} } };
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

async function ask(server: LspSession, uri: string, text = UNIT, position = BLANK_IN_SERVICE) {
  server.open(uri, text);
  const answer = await server.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position });
  const list: CompletionList = Array.isArray(answer) ? { isIncomplete: false, items: answer } : answer;
  return { list, bytes: Buffer.byteLength(JSON.stringify(answer)) };
}

describe('completion lists with and without item defaults', () => {
  let modern: LspSession;
  let plain: LspSession;
  let vscode: LspSession;
  before(async () => { [modern, plain, vscode] = await Promise.all([startServer(SETTINGS, TAKES_DEFAULTS), startServer(SETTINGS), startServer(SETTINGS, LIKE_VS_CODE)]); });
  after(async () => { await Promise.all([modern.close(), plain.close(), vscode.close()]); });

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

  it('leaves details to resolve for a client that resolves them, and resolve gives the detail the others get', async () => {
    const [slim, whole] = await Promise.all([ask(vscode, 'file:///w/slim.service'), ask(plain, 'file:///w/whole.service')]);
    assert.ok(slim.list.items.length > 250 && slim.list.items.every((i) => i.detail === undefined));
    assert.ok(whole.list.items.every((i) => typeof i.detail === 'string' && i.detail !== ''));
    // Everything else a user sees before resolve is the same: label, icon, order, deprecation, inserted text, the command that follows.
    const shown = (i: CompletionItem, list: CompletionList) => ({ ...applied(i, list, BLANK_IN_SERVICE), kind: i.kind, sortText: i.sortText, tags: i.tags, command: i.command });
    assert.deepEqual(slim.list.items.map((i) => shown(i, slim.list)), whole.list.items.map((i) => shown(i, whole.list)));
    assert.ok(slim.bytes < whole.bytes / 2, `${slim.bytes} bytes against ${whole.bytes}`);
    for (const label of ['ExecStart', 'Restart', 'FailureAction']) {
      const item = slim.list.items.find((i) => i.label === label)!;
      const resolved = await vscode.request<CompletionItem>('completionItem/resolve', { ...item, data: slim.list.itemDefaults?.data });
      assert.equal(resolved.detail, whole.list.items.find((i) => i.label === label)?.detail, label);
      assert.match((resolved.documentation as MarkupContent).value, new RegExp(`^\\*\\*${label}=\\*\\*`));
    }
  });

  it('leaves value details to resolve too, but not a unit name\'s, which comes from the unit files found', async () => {
    const text = '[Unit]\nAfter=\n\n[Service]\nRestart=\n';
    const values = await ask(vscode, 'file:///w/values.service', text, { line: 4, character: 8 });
    assert.ok(values.list.items.length > 3 && values.list.items.every((i) => i.detail === undefined));
    const onFailure = values.list.items.find((i) => i.label === 'on-failure')!;
    const resolved = await vscode.request<CompletionItem>('completionItem/resolve', { ...onFailure, data: values.list.itemDefaults?.data });
    assert.match(resolved.detail ?? '', /unclean exit code/);
    assert.match((resolved.documentation as MarkupContent).value, /^\*\*Restart=on-failure\*\*/);
    const units = await ask(vscode, 'file:///w/units.service', text, { line: 1, character: 6 });
    const network = units.list.items.find((i) => i.label === 'network-online.target');
    assert.ok(network?.detail, JSON.stringify(network));
  });
});
