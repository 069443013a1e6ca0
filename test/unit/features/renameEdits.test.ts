// The edits of a unit rename over an in-memory workspace: text edits first, then the moves (links,
// the file, its folders), none overwriting; host files never edited; refusals with a reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RenameFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { rename, type RenameResult } from '../../../server/src/features/rename';
import { WorkspaceIndex } from '../../../server/src/features/workspaceIndex';
import { memorySource } from '../../helpers/memoryIndexSource';

const FILES = {
  '/w/db.service': '[Service]\nExecStart=/bin/true\n',
  '/w/web.service': '[Unit]\nAfter=db.service\n',
};
const HOST = { '/etc/systemd/system/admin.service': '[Unit]\nWants=db.service\n', '/etc/systemd/system/sshd.service': '[Service]\nExecStart=/bin/true\n' };
const FOLDERS = [{ path: '/w/db.service.d', unitName: 'db.service', kind: 'd' as const, origin: 'workspace' as const, entries: [] }];
const FULL = { renameFiles: true };

function setup() {
  const index = new WorkspaceIndex(memorySource(FILES, FOLDERS, HOST));
  return { index, workspace: undefined, inWorkspace: (p: string) => p.startsWith('/w/') };
}

describe('rename edits', () => {
  it('edits the workspace, moves the file and its folder last, leaves the host alone and reports it', () => {
    const a = analyze('file:///w/db.service', 1, FILES['/w/db.service'])!;
    const result = rename(a, { line: 0, character: 2 }, 'store', setup(), FULL, [{ uri: 'file:///w/web.service', version: 3 }]) as RenameResult;
    const steps = result.edit.documentChanges!.map((c) => ('kind' in c ? `${(c as RenameFile).oldUri} -> ${(c as RenameFile).newUri} ${JSON.stringify((c as RenameFile).options)}`
      : `${(c as TextDocumentEdit).textDocument.uri}@${String((c as TextDocumentEdit).textDocument.version)} ${(c as TextDocumentEdit).edits.map((e) => (e as TextEdit).newText).join()}`));
    const never = '{"overwrite":false,"ignoreIfExists":false}';
    assert.deepEqual(steps, [
      'file:///w/web.service@3 store.service',
      `file:///w/db.service -> file:///w/store.service ${never}`,
      `file:///w/db.service.d -> file:///w/store.service.d ${never}`,
    ]);
    assert.deepEqual(result.notes, ["Renamed in the workspace only: 1 reference in 1 file of the host's unit folders stay as they are (such as /etc/systemd/system/admin.service)."]);
  });

  it('refuses a host unit, a taken name, and an editor that cannot move files', () => {
    const web = analyze('file:///w/web.service', 1, '[Unit]\nAfter=sshd.service db.service\n')!;
    assert.match((rename(web, { line: 1, character: 8 }, 'x', setup(), FULL, []) as { refusal: string }).refusal, /sshd\.service is defined in \/etc\/systemd\/system\/sshd\.service, outside the workspace/);
    assert.match((rename(web, { line: 1, character: 22 }, 'sshd', setup(), FULL, []) as { refusal: string }).refusal, /sshd\.service already exists on this host/);
    assert.match((rename(web, { line: 1, character: 22 }, 'x', setup(), { renameFiles: false }, []) as { refusal: string }).refusal, /does not say it can rename files/);
    assert.equal(rename(web, { line: 1, character: 2 }, 'x', setup(), FULL, []), null, 'a key names nothing');
    const noFolders = { renameFiles: true, folderProblem: 'this editor cannot rename folders' };
    assert.match((rename(web, { line: 1, character: 22 }, 'x', setup(), noFolders, []) as { refusal: string }).refusal,
      /^Renaming db\.service moves db\.service\.d\/, and this editor cannot rename folders: rename that folder yourself, then the unit\.$/);
  });

  it('edits an untitled document that names the unit, as the editor holds it', () => {
    const draft = analyze('untitled:Untitled-1', 1, '[Unit]\nAfter=db.service\n', 'systemd-unit')!;
    const result = rename(draft, { line: 1, character: 8 }, 'store.service', setup(), FULL, [{ uri: 'untitled:Untitled-1', version: 1 }]) as RenameResult;
    const edited = result.edit.documentChanges!.filter((c) => !('kind' in c)).map((c) => (c as TextDocumentEdit).textDocument.uri);
    assert.deepEqual(edited, ['file:///w/web.service', 'untitled:Untitled-1']);
  });

  it('warns when a socket or timer of the same name starts the service without naming it', () => {
    const files = { ...FILES, '/w/db.socket': '[Socket]\nListenStream=/run/db.sock\n', '/w/db.timer': '[Timer]\nOnCalendar=daily\nUnit=db.service\n' };
    const ctx = { index: new WorkspaceIndex(memorySource(files)), workspace: undefined, inWorkspace: (p: string) => p.startsWith('/w/') };
    const result = rename(analyze('file:///w/db.service', 1, files['/w/db.service'])!, { line: 0, character: 2 }, 'store', ctx, FULL, []) as RenameResult;
    assert.deepEqual(result.notes, ['db.socket starts db.service by sharing its name: rename it as well, or add Unit=store.service to its [Socket] section.']);
    assert.ok(JSON.stringify(result.edit).includes('"newText":"store.service"'), "the timer's Unit= is rewritten");
  });
});
