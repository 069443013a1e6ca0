// Renaming a unit in editors other than VS Code, over stdio: Neovim 0.7.2 announces file renames
// (resourceOperations) but not documentChanges, and cannot rename folders; every edit names an
// open file as the editor opened it, with its version, and any other file with version null.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const FILES: Record<string, string> = {
  'dc-db.service': '[Service]\nExecStart=/bin/true\n',
  'dc-db.service.d/limits.conf': '[Service]\nLimitNOFILE=4096\n',
  'dc-cache.service': '[Service]\nExecStart=/bin/true\n',
  'dc-web.service': '[Unit]\nAfter=dc-db.service dc-cache.service\n',
  'dc-cron.service': '[Unit]\nWants=dc-cache.service\n',
};
/** What Neovim 0.7.2 announces (vim.lsp.protocol.make_client_capabilities()). */
const NEOVIM_07 = { workspace: { workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] } } };

describe('unit rename in other editors', { timeout: 60_000 }, () => {
  let root: string;
  const sessions: LspSession[] = [];
  const uri = (relative: string) => pathToFileURL(join(root, relative)).href;
  const at = (relative: string, line: number, character: number) => ({ textDocument: { uri: uri(relative) }, position: { line, character } });
  const failure = (request: Promise<unknown>) => request.then(() => 'answered', (error: Error) => error.message);
  const neovim = async (version: string) => {
    const session = await startServer(undefined, NEOVIM_07, { rootUri: pathToFileURL(root).href, clientInfo: { name: 'Neovim', version } });
    sessions.push(session);
    return session;
  };
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-'));
    for (const [relative, text] of Object.entries(FILES)) {
      mkdirSync(join(root, relative, '..'), { recursive: true });
      writeFileSync(join(root, relative), text);
    }
  });
  after(async () => {
    for (const session of sessions) await session.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('renames without documentChanges; an open file keeps the URI the editor gave it and its version, others get version null', async () => {
    const server = await neovim('0.7.2');
    // The editor spells the open file's name with an escape; the server reads the same path.
    const webAsOpened = uri('dc-web.service').replace(/dc-web/, 'dc%2Dweb');
    server.open(webAsOpened, FILES['dc-web.service'], 'systemd', 7);
    server.open(uri('dc-cache.service'), FILES['dc-cache.service'], 'systemd', 2);
    const edit = await server.request<WorkspaceEdit>('textDocument/rename', { ...at('dc-cache.service', 0, 2), newName: 'dc-store' });
    const never = { overwrite: false, ignoreIfExists: false };
    assert.deepEqual(edit.documentChanges, [
      { textDocument: { uri: uri('dc-cron.service'), version: null }, edits: [{ range: { start: { line: 1, character: 6 }, end: { line: 1, character: 22 } }, newText: 'dc-store.service' }] },
      { textDocument: { uri: webAsOpened, version: 7 }, edits: [{ range: { start: { line: 1, character: 20 }, end: { line: 1, character: 36 } }, newText: 'dc-store.service' }] },
      { kind: 'rename', oldUri: uri('dc-cache.service'), newUri: uri('dc-store.service'), options: never },
    ]);
  });

  it('refuses, before anything is typed, a rename that moves a folder in Neovim before 0.9, and says what to do', async () => {
    const server = await neovim('0.7.2');
    server.open(uri('dc-db.service'), FILES['dc-db.service'], 'systemd');
    const expected = /^Renaming dc-db\.service moves dc-db\.service\.d\/, and Neovim 0\.7\.2 cannot rename folders \(it stops half-way with E502\): rename that folder yourself, then the unit\.$/;
    assert.match(await failure(server.request('textDocument/prepareRename', at('dc-db.service', 0, 2))), expected);
    assert.match(await failure(server.request('textDocument/rename', { ...at('dc-db.service', 0, 2), newName: 'dc-main' })), expected);
    const later = await neovim('0.9.5');
    later.open(uri('dc-db.service'), FILES['dc-db.service'], 'systemd');
    const edit = await later.request<WorkspaceEdit>('textDocument/rename', { ...at('dc-db.service', 0, 2), newName: 'dc-main' });
    assert.ok(JSON.stringify(edit).includes(`"newUri":"${uri('dc-main.service.d')}"`), JSON.stringify(edit));
  });
});
