// Diagnostics go out only when they change: an edit that leaves them as they were sends nothing
// (the editor keeps showing the same list), an edit that changes them sends the new list.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer, type LspSession } from '../helpers/lspClient';

const UNIT = '[Unit]\nDescription=first\n\n[Service]\nExecStart=/bin/true\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n';

describe('publishing diagnostics', () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('sends nothing for an edit that leaves the diagnostics unchanged, and the list for one that changes them', async () => {
    const uri = 'file:///w/once.service';
    const opened = server.diagnostics(uri, 1);
    server.open(uri, UNIT);
    assert.deepEqual(await opened, []);

    let unchangedSent = false;
    void server.diagnostics(uri, 2).then(() => { unchangedSent = true; });
    // Typing in the description changes no diagnostic.
    server.change(uri, 2, [{ range: { start: { line: 1, character: 17 }, end: { line: 1, character: 17 } }, text: ' one' }]);
    // A file opened after the edit is checked after it (both without delay, in order): once its
    // diagnostics are here, the edit has been checked too.
    const other = 'file:///w/other.service';
    const otherOpened = server.diagnostics(other, 1);
    server.open(other, UNIT);
    await otherOpened;
    assert.equal(unchangedSent, false, 'the unchanged diagnostics were sent again');

    const changed = server.diagnostics(uri, 3);
    server.change(uri, 3, [{ range: { start: { line: 5, character: 8 }, end: { line: 5, character: 14 } }, text: 'sometimes' }]);
    const list = await changed;
    assert.deepEqual(list.map((d) => d.code), ['systemd/invalid-value']);
  });
});
