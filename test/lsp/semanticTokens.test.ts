// Semantic tokens over stdio: the legend in the initialize result, full answers for both dialects,
// a delta after an edit that rebuilds the new answer, a range answer, and no tokens (rather than an
// error) for a file that is neither dialect.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult, SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { SERVER, startServer, type LspSession } from '../helpers/lspClient';
import { decodeTokens, describeTokens } from '../helpers/semanticTokens';

const UNIT = `[Unit]
Description=Tunnel on %I
OnFailureIsolate=yes

[Service]
ExecStart=/usr/bin/autossh -N $OPTS %i
Restart=on-failure
RestartSec=5s
PrivateTmp=on
Bogus=1
`;

const CONF = `[program:web]
command=/usr/bin/web --name %(program_name)s
autostart=true
startsecs=10
`;

/** The legend the server announces, read from a raw initialize. */
async function announcedLegend(): Promise<{ legend: SemanticTokensLegend; full: unknown; range: unknown }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    const provider = result.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend; full: unknown; range: unknown };
    return provider;
  } finally {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await new Promise<void>((done) => (child.exitCode !== null ? done() : child.once('exit', () => done())));
    connection.dispose();
  }
}

describe('semantic tokens over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  let legend: SemanticTokensLegend;
  before(async () => {
    const announced = await announcedLegend();
    legend = announced.legend;
    assert.deepEqual(announced.full, { delta: true });
    assert.equal(announced.range, true);
    server = await startServer();
  });
  after(() => server.close());

  const full = (uri: string) => server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });

  it('announces standard token types and modifiers, with the few of our own', () => {
    assert.deepEqual(legend.tokenTypes, ['namespace', 'class', 'property', 'enumMember', 'keyword', 'number', 'macro', 'variable', 'function', 'operator', 'string']);
    assert.deepEqual(legend.tokenModifiers, ['declaration', 'deprecated', 'defaultLibrary', 'unknown']);
  });

  it('colours a unit by what its directives take', async () => {
    const uri = 'file:///lsp-semantic/tunnel@.service';
    const published = server.diagnostics(uri);
    server.open(uri, UNIT);
    await published;
    const decoded = decodeTokens((await full(uri)).data, UNIT, legend);
    const tokens = describeTokens(decoded);
    for (const expected of ['Unit:namespace.defaultLibrary', 'Tunnel on:string', '%I:macro', 'OnFailureIsolate:property.deprecated.defaultLibrary',
      '/usr/bin/autossh:function', '$OPTS:variable', '%i:macro', 'on-failure:enumMember', '5s:number', 'on:keyword', 'Bogus:property.unknown']) {
      assert.ok(tokens.includes(expected), `${expected} missing from ${tokens.join(' ')}`);
    }
    // `on` in Description= is words, not a boolean.
    assert.deepEqual(describeTokens(decoded.filter((t) => t.line === 1)), ['Description:property.defaultLibrary', 'Tunnel on:string', '%I:macro']);
  });

  it('colours a supervisor config', async () => {
    const uri = 'file:///lsp-semantic/supervisor/conf.d/web.conf';
    const published = server.diagnostics(uri);
    server.open(uri, CONF, 'supervisor-conf');
    await published;
    const tokens = describeTokens(decodeTokens((await full(uri)).data, CONF, legend));
    assert.deepEqual(tokens, ['program:namespace.defaultLibrary', 'web:class.declaration', 'command:property.defaultLibrary', '/usr/bin/web:function',
      '--name:string', '%(program_name)s:macro', 'autostart:property.defaultLibrary', 'true:keyword', 'startsecs:property.defaultLibrary', '10:number']);
  });

  it('sends the change after an edit as a delta that rebuilds the new answer', async () => {
    const uri = 'file:///lsp-semantic/delta.service';
    const before = '[Service]\nType=simple\nRestart=always\n';
    const published = server.diagnostics(uri);
    server.open(uri, before);
    await published;
    const first = await full(uri);
    assert.ok(first.resultId);
    const edited = server.diagnostics(uri, 2);
    server.change(uri, 2, [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 11 } }, text: 'bogus' }]);
    await edited;
    const delta = await server.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    assert.ok(delta.edits, JSON.stringify(delta));
    let data = [...first.data];
    for (const edit of [...delta.edits].reverse()) data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    const after = '[Service]\nType=bogus\nRestart=always\n';
    assert.deepEqual(data, (await full(uri)).data);
    assert.deepEqual(describeTokens(decodeTokens(data, after, legend)).slice(1, 3), ['Type:property.defaultLibrary', 'bogus:string']);
    // An id the server no longer has gets the full answer.
    const stale = await server.request<SemanticTokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: 'gone' });
    data = stale.data;
    assert.deepEqual(describeTokens(decodeTokens(data, after, legend)).slice(3), ['Restart:property.defaultLibrary', 'always:enumMember']);
  });

  it('answers a range with the tokens of its lines', async () => {
    const uri = 'file:///lsp-semantic/tunnel@.service';
    const result = await server.request<SemanticTokens>('textDocument/semanticTokens/range',
      { textDocument: { uri }, range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } } });
    const decoded = decodeTokens(result.data, UNIT, legend).map((t) => `${t.line}:${t.text}:${t.type}`);
    assert.deepEqual(decoded, ['6:Restart:property', '6:on-failure:enumMember', '7:RestartSec:property', '7:5s:number']);
  });

  it('gives no tokens for a file that is neither dialect, and refuses malformed params', async () => {
    const uri = 'file:///lsp-semantic/notes.txt';
    server.open(uri, 'PrivateTmp=yes\n', 'plaintext');
    assert.deepEqual((await full(uri)).data, []);
    await assert.rejects(server.request('textDocument/semanticTokens/full/delta', { textDocument: { uri } }), /previousResultId/);
    await assert.rejects(server.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: null }), /range/);
  });
});
