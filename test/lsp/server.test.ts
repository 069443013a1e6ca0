// The bundled server over stdio: the round trips an editor makes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-types';
import { mark } from '../helpers/markers';
import { startServer, type LspSession } from '../helpers/lspClient';

const USER_UNIT = `[Unit]
Description=frp client
After=network.target

[Service]
Type=simple
User=frp
Restart=on-failure
ExecStart=/usr/bin/frpc -c /etc/frp/frpc.ini

[Install]
WantedBy=multi-user.target
`;

/** A completion answer as a list: LSP allows a bare array for a complete one. */
const asList = (result: CompletionItem[] | CompletionList | null): CompletionList =>
  Array.isArray(result) ? { isIncomplete: false, items: result } : result ?? { isIncomplete: false, items: [] };

describe('language server over stdio', () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('publishes no diagnostics for a valid unit and two errors for bad Type= and KillMode=', async () => {
    const clean = server.diagnostics('file:///w/frpc.service');
    server.open('file:///w/frpc.service', USER_UNIT);
    assert.deepEqual(await clean, []);
    const bad = server.diagnostics('file:///w/bad.service');
    server.open('file:///w/bad.service', '[Service]\nType=simpel\nKillMode=bogus\nExecStart=/bin/true\n');
    const errors = (await bad).filter((d) => d.severity === 1);
    assert.deepEqual(errors.map((d) => d.range.start.line), [1, 2]);
  });

  it('completes every Type= value after Type=', async () => {
    const { text, cursor } = mark('[Service]\nType=$0\n');
    server.open('file:///w/c.service', text);
    const { items } = asList(await server.request('textDocument/completion', { textDocument: { uri: 'file:///w/c.service' }, position: cursor }));
    const labels = items.map((i) => i.label);
    for (const value of ['simple', 'forking', 'oneshot', 'dbus', 'notify', 'idle', 'exec']) assert.ok(labels.includes(value), `missing ${value} in ${labels.join(',')}`);
  });

  it('sends directive names without documentation, narrowed to the typed prefix; resolve adds the documentation', async () => {
    const { text, cursor } = mark('[Service]\nrstrt$0\n');
    server.open('file:///w/r.service', text);
    const list = asList(await server.request('textDocument/completion', { textDocument: { uri: 'file:///w/r.service' }, position: cursor }));
    assert.equal(list.isIncomplete, true, 'a typed prefix: the client must ask again as it changes');
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('Restart') && labels.includes('RestartSec'), labels.join(','));
    assert.ok(!labels.includes('Type'), 'Type does not match rstrt');
    const restart = list.items.find((i) => i.label === 'Restart')!;
    assert.equal(restart.documentation, undefined);
    assert.deepEqual(restart.textEdit, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, newText: 'Restart=' });
    const resolved = await server.request<CompletionItem>('completionItem/resolve', restart);
    assert.match((resolved.documentation as MarkupContent).value, /^\*\*Restart=\*\*/);
    assert.deepEqual(resolved.textEdit, restart.textEdit);

    server.open('file:///w/all.service', '[Service]\n\n');
    const all = asList(await server.request('textDocument/completion', { textDocument: { uri: 'file:///w/all.service' }, position: { line: 1, character: 0 } }));
    assert.equal(all.isIncomplete, false);
    assert.ok(all.items.length > 100 && all.items.every((i) => i.documentation === undefined && i.data !== undefined));
    // Without documentation every item is a few hundred bytes (with it, some were several KB).
    const largest = Math.max(...all.items.map((i) => JSON.stringify(i).length));
    assert.ok(largest < 1000, `an item of ${largest} bytes`);
  });

  it('answers resolve for an item it did not make with the item, and a non-item with InvalidParams', async () => {
    const foreign = { label: 'Thing', data: { dialect: 'systemd', kind: 'directive', name: 'Nope' } };
    assert.deepEqual(await server.request('completionItem/resolve', foreign), foreign);
    await assert.rejects(server.request('completionItem/resolve', { data: 1 }), (e: { code?: number }) => e.code === -32602);
  });

  it('hovers KillMode with a four-row table', async () => {
    const { text, cursor } = mark('[Service]\nKill$0Mode=mixed\n');
    server.open('file:///w/h.service', text);
    const result = await server.request<Hover>('textDocument/hover', { textDocument: { uri: 'file:///w/h.service' }, position: cursor });
    const value = (result.contents as unknown as MarkupContent).value;
    const rows = value.split('\n').filter((l) => /^\| `/.test(l));
    assert.deepEqual(rows.map((r) => r.split('`')[1]).sort(), ['control-group', 'mixed', 'none', 'process']);
  });

  it('applies incremental edits and rechecks', async () => {
    const uri = 'file:///w/edit.service';
    const first = server.diagnostics(uri, 1);
    server.open(uri, '[Service]\nType=simple\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n');
    assert.equal((await first).length, 0);
    const second = server.diagnostics(uri, 2);
    server.change(uri, 2, [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 11 } }, text: 'simpel' }]);
    const diagnostics = await second;
    assert.equal(diagnostics.length, 1);
    assert.match(String(diagnostics[0].message), /simpel/);
  });

  it('lists sections in the outline and folds them', async () => {
    server.open('file:///w/o.service', USER_UNIT);
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///w/o.service' } });
    assert.deepEqual(symbols.map((s) => s.name), ['[Unit]', '[Service]', '[Install]']);
    const folds = await server.request<{ startLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: 'file:///w/o.service' } });
    assert.ok(folds.length >= 3);
  });

  it('offers the did-you-mean fix for a misspelt directive', async () => {
    const uri = 'file:///w/fix.service';
    const published = server.diagnostics(uri);
    server.open(uri, '[Service]\nRestrat=always\nExecStart=/bin/true\n');
    const diagnostics = (await published).filter((d) => d.code === 'systemd/unknown-directive');
    const actions = await server.request<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
    assert.equal(actions[0].title, 'Change to Restart');
    assert.equal(actions[0].edit.changes[uri][0].newText, 'Restart');
  });

  it('serves supervisor configs too', async () => {
    const uri = 'file:///w/supervisord.conf';
    const published = server.diagnostics(uri);
    server.open(uri, '[program:web]\ncommand=/bin/web\nautostart=maybe\n', 'supervisor-conf');
    const diagnostics = await published;
    assert.ok(diagnostics.some((d) => d.range.start.line === 2 && d.severity === 1), JSON.stringify(diagnostics));
    const { text, cursor } = mark('[program:web]\ncommand=/bin/web\nautorestart=$0\n');
    server.open('file:///w/conf.d/web.conf', text, 'supervisor-conf');
    const { items } = asList(await server.request('textDocument/completion', { textDocument: { uri: 'file:///w/conf.d/web.conf' }, position: cursor }));
    assert.deepEqual(items.map((i) => i.label).filter((l) => ['true', 'false', 'unexpected'].includes(l)).sort(), ['false', 'true', 'unexpected']);
  });
});
