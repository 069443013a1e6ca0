import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { InlayHint } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

describe('textDocument/inlayHint over stdio', () => {
  const sessions: LspSession[] = [];
  after(async () => { for (const s of sessions) await s.close(); });
  const hints = async (settings: unknown) => {
    const server = await startServer({ settings });
    sessions.push(server);
    server.open('file:///w/h.service', '[Service]\nRestartSec=90\nTimeoutSec=1h30\n');
    return server.request<InlayHint[]>('textDocument/inlayHint',
      { textDocument: { uri: 'file:///w/h.service' }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } } });
  };
  it('spells out time spans, and not when the setting is off', async () => {
    assert.deepEqual((await hints({})).map((h) => h.label), ['= 1min 30s', '= 1h 30s']);
    assert.deepEqual(await hints({ inlayHints: { timeSpans: false } }), []);
  });
});
