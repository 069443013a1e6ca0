// Any text gets an answer and never a crash: binary junk, a 10 MB file, a file of one 1 MB line.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

function junk(size: number, seed: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(state % 256);
  }
  return text;
}

function bigUnit(bytes: number): string {
  const block = '[Service]\nType=simple\nExecStart=/bin/true \\\n  --flag\nRestrat=always\nEnvironment=A=1 B=2\n# comment\n';
  return block.repeat(Math.ceil(bytes / block.length));
}

describe('server robustness', () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  const cases: [string, string, string][] = [
    ['binary junk as a unit', 'file:///r/junk.service', junk(64 * 1024, 7)],
    ['binary junk as a supervisor config', 'file:///r/supervisord.conf', '[program:x]\n' + junk(64 * 1024, 11)],
    ['a 10 MB unit', 'file:///r/big.service', bigUnit(10 * 1024 * 1024)],
    ['one 1 MB line', 'file:///r/long.service', '[Service]\nExecStart=' + 'x'.repeat(1024 * 1024)],
    ['one 1 MB line of expansions', 'file:///r/conf.d/long.conf', '[program:x]\ncommand=' + '%('.repeat(512 * 1024)],
  ];

  for (const [name, uri, text] of cases) {
    it(`answers on ${name}`, async () => {
      const published = server.diagnostics(uri);
      server.open(uri, text, uri.endsWith('.service') ? 'systemd-unit' : 'supervisor-conf');
      const diagnostics: Diagnostic[] = await published;
      assert.ok(Array.isArray(diagnostics));
      const end = { line: text.split(/\r\n|\r|\n/).length - 1, character: 3 };
      for (const method of ['textDocument/completion', 'textDocument/hover']) {
        await server.request(method, { textDocument: { uri }, position: end });
        await server.request(method, { textDocument: { uri }, position: { line: 1, character: 5 } });
      }
      await server.request('textDocument/documentSymbol', { textDocument: { uri } });
      await server.request('textDocument/foldingRange', { textDocument: { uri } });
      assert.equal(server.process.exitCode, null, 'the server is still running');
    });
  }
});
