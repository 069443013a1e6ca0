// The workspace index follows the client's file watcher (issue 18, point 3): once the watcher is
// registered, a created, changed or deleted file reported in workspace/didChangeWatchedFiles updates
// references by that file alone. A file written without a report stays unseen, which shows that the
// folders were not scanned again. The files live in a private temporary folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const DB = '[Unit]\nDescription=the database\n\n[Service]\nExecStart=/usr/bin/db\n';
const USES_DB = '[Unit]\nAfter=db.service\n\n[Service]\nExecStart=/usr/bin/app\n';
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

describe('the workspace index follows watched files', { timeout: 60_000 }, () => {
  let server: LspSession;
  let root: string;
  const file = (name: string) => join(root, 'units', name);
  const uriOf = (name: string) => pathToFileURL(file(name)).href;
  const report = (name: string, type: number) =>
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type }] });
  const referrers = async () => {
    const found = await server.request<Location[]>('textDocument/references',
      { textDocument: { uri: uriOf('db.service') }, position: { line: 0, character: 2 }, context: { includeDeclaration: false } });
    return found.map((l) => l.uri.slice(l.uri.lastIndexOf('/') + 1)).sort();
  };

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'dcw-')));
    mkdirSync(join(root, 'units'));
    writeFileSync(file('db.service'), DB);
    writeFileSync(file('a.service'), USES_DB);
    writeFileSync(file('b.service'), '[Unit]\nDescription=nothing to do with the database\n');
    let indexed: () => void = () => undefined;
    const done = new Promise<void>((resolve) => { indexed = resolve; });
    server = await startServer(undefined, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, { rootUri: pathToFileURL(root).href });
    server.connection.onNotification('window/logMessage', (p: { message: string }) => { if (p.message.startsWith('workspace index:')) indexed(); });
    await done;
    server.open(uriOf('db.service'), DB);
  });
  after(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('finds the references the background index read', async () => {
    assert.deepEqual(await referrers(), ['a.service']);
  });

  it('takes a created file that was reported, and only that one (no rescan)', async () => {
    writeFileSync(file('c.service'), USES_DB);
    writeFileSync(file('unreported.service'), USES_DB);
    await report('c.service', CREATED);
    assert.deepEqual(await referrers(), ['a.service', 'c.service']);
  });

  it('reads a reported changed file again', async () => {
    writeFileSync(file('b.service'), '[Unit]\nWants=db.service\n');
    await report('b.service', CHANGED);
    assert.deepEqual(await referrers(), ['a.service', 'b.service', 'c.service']);
  });

  it('drops a deleted file', async () => {
    unlinkSync(file('a.service'));
    await report('a.service', DELETED);
    assert.deepEqual(await referrers(), ['b.service', 'c.service']);
  });

  it('follows an edit of an open document, and its file on disk again once it is closed', async () => {
    const d = uriOf('d.service');
    writeFileSync(file('d.service'), '[Unit]\nDescription=on disk\n');
    await report('d.service', CREATED);
    assert.deepEqual(await referrers(), ['b.service', 'c.service']);
    server.open(d, '[Unit]\nDescription=on disk\n');
    server.change(d, 2, [{ text: '[Unit]\nRequires=db.service\n' }]);
    assert.deepEqual(await referrers(), ['b.service', 'c.service', 'd.service']);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: d } });
    assert.deepEqual(await referrers(), ['b.service', 'c.service']);
  });

  it('scans again when the report is not file by file (a folder went away)', async () => {
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, 'gone')).href, type: DELETED }] });
    assert.deepEqual(await referrers(), ['b.service', 'c.service', 'unreported.service']);
  });
});
