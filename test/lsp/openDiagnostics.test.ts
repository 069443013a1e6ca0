// A newly opened file is checked at once; only edits wait for the typing delay (diagnosticsDelay).
// No clock in the assertions: an edit sent *before* the open must be published *after* it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer, type LspSession } from '../helpers/lspClient';

const UNIT = '[Service]\nType=simple\nExecStart=/bin/true\n';

describe('diagnostics of a newly opened file', () => {
  let server: LspSession;
  let settled: Promise<void>;
  before(async () => {
    // No diagnosticsDelay in the settings: the default typing delay (150 ms) applies.
    server = await startServer({ settings: { systemd: { version: 252 } } });
    // Once the server knows the host's systemd version it rechecks every open file; wait for that
    // first, so that its recheck cannot publish the edit below ahead of time.
    settled = new Promise((resolve) => server.connection.onNotification('window/logMessage', (p: { message: string }) => {
      if (p.message.includes('target systemd version')) resolve();
    }));
  });
  after(async () => { await server.close(); });

  it('come before those of an edit made just before the open', async () => {
    await settled;
    const edited = 'file:///w/edited.service';
    const opened = 'file:///w/opened.service';
    const firstOfEdited = server.diagnostics(edited, 1);
    server.open(edited, UNIT);
    await firstOfEdited;

    // The helper settles these in the order the notifications arrive.
    const order: string[] = [];
    const afterEdit = server.diagnostics(edited, 2).then(() => order.push(edited));
    const afterOpen = server.diagnostics(opened, 1).then(() => order.push(opened));
    // An invalid type: the diagnostics change (unchanged ones would not be sent again).
    server.change(edited, 2, [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 11 } }, text: 'forkin' }]);
    server.open(opened, UNIT);
    await Promise.all([afterEdit, afterOpen]);
    // Were the open debounced like an edit, the edit's check (scheduled first) would come first.
    assert.deepEqual(order, [opened, edited]);
  });
});
