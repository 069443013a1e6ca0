import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { InlayHint } from 'vscode-languageserver-types';
import { mark } from '../helpers/markers';
import { startServer, type LspSession } from '../helpers/lspClient';

describe('textDocument/inlayHint over stdio', () => {
  const sessions: LspSession[] = [];
  after(async () => { for (const s of sessions) await s.close(); });
  const hints = async (settings: unknown, uri = 'file:///w/h.service', text = '[Service]\nRestartSec=90\nTimeoutSec=1h30\n', languageId?: string) => {
    const server = await startServer({ settings });
    sessions.push(server);
    server.open(uri, text, languageId);
    return server.request<InlayHint[]>('textDocument/inlayHint',
      { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
  };
  it('spells out time spans, and not when the setting is off', async () => {
    assert.deepEqual((await hints({})).map((h) => h.label), ['= 1min 30s', '= 1h 30s']);
    assert.deepEqual(await hints({ inlayHints: { timeSpans: false } }), []);
  });
  it('shows what a specifier stands for in this file, and not when the setting is off', async () => {
    const { text, ranges } = mark('[Unit]\nDescription=Web %i<<>> of %n<<>> on %H\n[Service]\nExecStart=/usr/bin/web --socket %t/%N<<>>.sock\n');
    const found = await hints({}, 'file:///etc/systemd/system/web@blue.service', text);
    assert.deepEqual(found.map((h) => [h.label, h.position]), [['= blue', ranges[0].start], ['= web@blue.service', ranges[1].start], ['= web@blue', ranges[2].start]]);
    assert.deepEqual(await hints({ inlayHints: { specifiers: false } }, 'file:///etc/systemd/system/web@blue.service', text), []);
  });
  it('shows a supervisor expansion with its section\'s value', async () => {
    const { text, ranges } = mark('[program:worker]\ncommand=/usr/bin/worker --id %(process_num)d<<>>\nprocess_name=%(program_name)s<<>>-%(process_num)d<<>>\nnumprocs=2\n');
    const found = await hints({}, 'file:///etc/supervisor/conf.d/worker.conf', text, 'supervisor-conf');
    assert.deepEqual(found.map((h) => [h.label, h.position]), [['= 0, 1', ranges[0].start], ['= worker', ranges[1].start], ['= 0, 1', ranges[2].start]]);
  });
});
