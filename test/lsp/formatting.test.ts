// Formatting over stdio: the capabilities, document and range formatting of both dialects, the
// supervisor spacing setting, the FormattingOptions an editor sends, and bad params.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { mark } from '../helpers/markers';
import { startServer, type LspSession } from '../helpers/lspClient';
import { RawLsp } from '../helpers/rawLsp';

const OPTIONS = { tabSize: 4, insertSpaces: true };

const UNIT = '  [Unit]\nDescription = Tunnel   \n[Service]\nExecStart = /usr/bin/autossh \\\n    -N  tunnel\n\n\n\nRestart=always\n';
const UNIT_FORMATTED = '[Unit]\nDescription=Tunnel\n\n[Service]\nExecStart=/usr/bin/autossh \\\n    -N  tunnel\n\nRestart=always\n';

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 1, text), edits);
}

describe('formatting over stdio', () => {
  let server: LspSession;
  before(async () => {
    server = await startServer({ settings: { systemd: { version: 252 }, diagnosticsDelay: 0, format: { supervisorSpacing: 'compact' } } });
  });
  after(async () => { await server.close(); });

  it('advertises document and range formatting', async () => {
    const lsp = new RawLsp();
    const { capabilities } = (await lsp.initialize({})) as { capabilities: Record<string, unknown> };
    assert.equal(await lsp.shutdown(), 0);
    assert.equal(capabilities.documentFormattingProvider, true);
    assert.equal(capabilities.documentRangeFormattingProvider, true);
  });

  it('formats a unit to Key=value, one blank line between sections, continuation lines as written', async () => {
    const uri = 'file:///w/tunnel.service';
    server.open(uri, UNIT);
    const edits = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: OPTIONS });
    assert.equal(applied(UNIT, edits), UNIT_FORMATTED);
    assert.ok(edits.every((e) => e.range.start.line !== 4), 'the continuation line is not touched');
  });

  it('formats only the lines of the range', async () => {
    const { text, ranges } = mark('[Unit]\nDescription = a\n\n[Service]\n<<Type = simple>>\nUser = nobody\n');
    const uri = 'file:///w/range.service';
    server.open(uri, text);
    const edits = await server.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range: ranges[0], options: OPTIONS });
    assert.equal(applied(text, edits), '[Unit]\nDescription = a\n\n[Service]\nType=simple\nUser = nobody\n');
  });

  it('writes supervisor options compact when daemonConfig.format.supervisorSpacing says so', async () => {
    const uri = 'file:///etc/supervisor/conf.d/web.conf';
    const text = '[program:web]\ncommand = /usr/bin/web\nuser = www\n';
    server.open(uri, text, 'supervisor-conf');
    const edits = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: OPTIONS });
    assert.equal(applied(text, edits), '[program:web]\ncommand=/usr/bin/web\nuser=www\n');
  });

  it('keeps trailing blanks and final blank lines when the editor asks', async () => {
    const uri = 'file:///w/keep.service';
    const text = '[Unit]\nDescription = x   \n\n\n';
    server.open(uri, text);
    const edits = await server.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri }, options: { ...OPTIONS, trimTrailingWhitespace: false, trimFinalNewlines: false } });
    assert.equal(applied(text, edits), '[Unit]\nDescription=x   \n\n\n');
  });

  it('answers no edits for an unknown document and InvalidParams for bad options', async () => {
    assert.deepEqual(await server.request('textDocument/formatting', { textDocument: { uri: 'file:///w/never-opened.service' }, options: OPTIONS }), []);
    await assert.rejects(server.request('textDocument/formatting', { textDocument: { uri: 'file:///w/tunnel.service' }, options: { insertFinalNewline: 'yes' } }),
      (e: { code?: number }) => e.code === -32602);
    await assert.rejects(server.request('textDocument/rangeFormatting', { textDocument: { uri: 'file:///w/tunnel.service' }, options: OPTIONS }),
      (e: { code?: number }) => e.code === -32602);
  });
});
