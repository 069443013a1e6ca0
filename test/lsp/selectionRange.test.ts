import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SelectionRange } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

describe('textDocument/selectionRange over stdio', () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('widens from the word in a value to the whole file', async () => {
    const text = '[Service]\nExecStart=/usr/bin/web --port 8080\n';
    server.open('file:///w/sel.service', text);
    const [chain] = await server.request<SelectionRange[]>('textDocument/selectionRange',
      { textDocument: { uri: 'file:///w/sel.service' }, positions: [{ line: 1, character: 27 }] });
    const line = text.split('\n')[1];
    assert.equal(line.slice(chain.range.start.character, chain.range.end.character), '--port');
    assert.equal(line.slice(chain.parent?.range.start.character, chain.parent?.range.end.character), '/usr/bin/web --port 8080');
    await assert.rejects(server.request('textDocument/selectionRange', { textDocument: { uri: 'file:///w/sel.service' } }),
      (e: { code?: number }) => e.code === -32602);
  });
});
