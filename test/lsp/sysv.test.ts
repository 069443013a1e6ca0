// A SysV init script over a real stdio connection: diagnostics on its LSB header, hover, completion,
// the quick fix of a misspelt keyword and "Convert to a systemd service" (only for a client that can
// create files), in English and Chinese; a shell script without a header gets nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, CreateFile, Hover, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const SCRIPT = `#!/bin/sh
### BEGIN INIT INFO
# Provides:          web
# Requird-Start:     $remote_fs
# Required-Stop:     $remote_fs
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: Web server
### END INIT INFO
DAEMON=/usr/sbin/webd
start-stop-daemon --start --background --exec $DAEMON -- -p 80
`;
const CREATE = { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } };

describe('SysV init scripts over LSP', () => {
  let server: LspSession;
  let chinese: LspSession;
  before(async () => {
    [server, chinese] = await Promise.all([startServer(undefined, CREATE), startServer(undefined, {}, { locale: 'zh-cn' })]);
  });
  after(async () => { await Promise.all([server.close(), chinese.close()]); });

  it('checks the header, offers the fix and the conversion', async () => {
    const uri = 'file:///tmp/dc-sysv-lsp/init.d/web';
    const published = server.diagnostics(uri);
    server.open(uri, SCRIPT, 'shellscript');
    const diagnostics = await published;
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['sysv/missing-keyword', 'sysv/unknown-keyword']);
    const unknown = diagnostics.find((d) => d.code === 'sysv/unknown-keyword');
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown?.range, context: { diagnostics: [unknown] } });
    assert.deepEqual(actions.map((a) => a.title), ['Change to Required-Start', 'Convert to a systemd service (web.service)']);
    const [create, edit] = actions[1].edit?.documentChanges ?? [];
    assert.equal((create as CreateFile).uri, 'file:///tmp/dc-sysv-lsp/web.service');
    const unit = ((edit as TextDocumentEdit).edits[0] as { newText: string }).newText;
    assert.match(unit, /^Type=simple$/m);
    assert.match(unit, /^ExecStart=\/usr\/sbin\/webd -p 80$/m);
    const onlyFixes = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown?.range, context: { diagnostics: [], only: ['quickfix'] } });
    assert.deepEqual(onlyFixes, []);
  });

  it('hovers and completes in the header', async () => {
    const uri = 'file:///tmp/dc-sysv-lsp/init.d/web2';
    const published = server.diagnostics(uri);
    server.open(uri, SCRIPT.replace('# Provides:          web', '# Provides:          web2'), 'shellscript');
    await published;
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 24 } });
    assert.match((hover?.contents as MarkupContent).value, /remote-fs\.target/);
    const items = await server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 28 } });
    // The cursor is on the 5 being typed: it is offered again, the runlevels before it are not.
    assert.deepEqual(items.map((i) => i.label), ['0', '1', '5', '6', 'S']);
  });

  it('leaves other shell scripts alone, and writes Chinese for a Chinese client (no conversion without file creation)', async () => {
    const plain = 'file:///tmp/dc-sysv-lsp/run.sh';
    const none = chinese.diagnostics(plain);
    chinese.open(plain, '#!/bin/sh\necho hi\n', 'shellscript');
    assert.deepEqual(await none, []);
    const uri = 'file:///tmp/dc-sysv-lsp/init.d/web';
    const published = chinese.diagnostics(uri);
    chinese.open(uri, SCRIPT, 'shellscript');
    const diagnostics = await published;
    assert.ok(diagnostics.every((d) => /[\u4e00-\u9fff]/.test(String(d.message))));
    const actions = await chinese.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
    assert.deepEqual(actions.map((a) => a.title), ['改为 Required-Start']);
  });
});
