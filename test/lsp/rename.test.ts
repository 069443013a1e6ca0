// Rename over stdio, in a temporary workspace: a unit's rename moves its file, its drop-in folder and
// the .wants/ links to it and rewrites every reference, never overwriting; bad names and units that
// only the host defines are refused with a reason; a supervisor program's rename reaches the group
// that lists it in another file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Range, RenameFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const FILES: Record<string, string> = {
  'dc-db.service': '[Unit]\nDescription=database\n\n[Service]\nExecStart=/bin/true\n',
  'dc-web.service': '[Unit]\nAfter=network.target dc-db.service\nRequires=dc-db.service\n\n[Service]\nExecStart=/bin/true\n',
  'dc-cache.service': '[Service]\nExecStart=/bin/true\n',
  'dc-db.service.d/limits.conf': '[Service]\nLimitNOFILE=4096\n',
  'dc-job@.service': '[Service]\nExecStart=/bin/echo %i\n',
  'dc-cron.service': '[Unit]\nWants=dc-job@daily.service dc-job@.service\n\n[Service]\nExecStart=/bin/true\n',
  'dc-app.target': '[Unit]\nDescription=app\n',
  'supervisor/supervisord.conf': '[supervisord]\nlogfile=/tmp/x.log\n\n[include]\nfiles = conf.d/*.conf\n\n[group:dc-site]\nprograms=dc-worker,dc-api\n',
  'supervisor/conf.d/worker.conf': '[program:dc-worker]\ncommand=/bin/cat\n',
  'supervisor/conf.d/api.conf': '[program:dc-api]\ncommand=/bin/cat\n',
};

const FILE_OPERATIONS = { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } } };

describe('rename over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  let root: string;
  let home: string;
  const uri = (relative: string) => pathToFileURL(join(root, relative)).href;
  const short = (u: string) => u.slice(pathToFileURL(root).href.length + 1);
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dc-'));
    for (const [relative, text] of Object.entries(FILES)) {
      mkdirSync(join(root, relative, '..'), { recursive: true });
      writeFileSync(join(root, relative), text);
    }
    mkdirSync(join(root, 'dc-app.target.wants'));
    symlinkSync('../dc-db.service', join(root, 'dc-app.target.wants/dc-db.service'));
    // The user manager's folders stand for the host's: outside the workspace, and the same on any machine.
    home = mkdtempSync(join(tmpdir(), 'dc-home-'));
    mkdirSync(join(home, '.config/systemd/user'), { recursive: true });
    writeFileSync(join(home, '.config/systemd/user/dc-agent.service'), '[Service]\nExecStart=/bin/true\n');
    writeFileSync(join(home, '.config/systemd/user/dc-uses-db.service'), '[Unit]\nAfter=dc-db.service\n');
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_DIRS', 'XDG_DATA_DIRS', 'XDG_RUNTIME_DIR']) delete env[name];
    server = await startServer(undefined, FILE_OPERATIONS, { rootUri: pathToFileURL(root).href, env });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  const open = (relative: string, languageId = 'systemd-unit') => server.open(uri(relative), readFileSync(join(root, relative), 'utf8'), languageId);
  const at = (relative: string, line: number, character: number) => ({ textDocument: { uri: uri(relative) }, position: { line, character } });
  const failure = (request: Promise<unknown>) => request.then(() => 'answered', (error: Error) => error.message);
  /** Each change as one line: `file:line:char=new text` or `old -> new` for a move. */
  const described = (edit: WorkspaceEdit) => (edit.documentChanges ?? []).flatMap((change) => ('kind' in change
    ? [`${short((change as RenameFile).oldUri)} -> ${short((change as RenameFile).newUri)} ${JSON.stringify((change as RenameFile).options)}`]
    : (change as TextDocumentEdit).edits.map((e) => e as TextEdit).map((e) => `${short((change as TextDocumentEdit).textDocument.uri)}:${e.range.start.line}:${e.range.start.character}=${e.newText}`)));

  it('renames the unit file, its drop-in folder, the .wants/ link and every reference, never overwriting', async () => {
    open('dc-web.service');
    const prepared = await server.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at('dc-web.service', 2, 12));
    assert.deepEqual(prepared, { range: { start: { line: 2, character: 9 }, end: { line: 2, character: 22 } }, placeholder: 'dc-db.service' });
    const edit = await server.request<WorkspaceEdit>('textDocument/rename', { ...at('dc-web.service', 2, 12), newName: 'dc-store' });
    const never = JSON.stringify({ overwrite: false, ignoreIfExists: false });
    assert.deepEqual(described(edit), [
      'dc-web.service:1:21=dc-store.service',
      'dc-web.service:2:9=dc-store.service',
      `dc-app.target.wants/dc-db.service -> dc-app.target.wants/dc-store.service ${never}`,
      `dc-db.service -> dc-store.service ${never}`,
      `dc-db.service.d -> dc-store.service.d ${never}`,
    ]);
  });

  it('refuses an invalid name, another type, a template lost, and a name already taken, with the reason', async () => {
    open('dc-db.service');
    const rename = (newName: string, line = 0, character = 2) => failure(server.request('textDocument/rename', { ...at('dc-db.service', line, character), newName }));
    assert.match(await rename('dc db'), /dc db\.service is not a valid unit name: ' ' is not allowed/);
    assert.match(await rename('dc-db.socket'), /is a \.socket unit, and dc-db\.service is a \.service/);
    assert.match(await rename('dc-cache.service'), /Cannot rename dc-db\.service to dc-cache\.service: .*dc-cache\.service already exists/);
    assert.match(await rename('dc-x@.service'), /not a template, so its new name may not hold '@'/);
    open('dc-job@.service');
    assert.match(await failure(server.request('textDocument/rename', { ...at('dc-job@.service', 0, 2), newName: 'dc-task.service' })), /is a template, so its new name must be one too/);
  });

  it('refuses in the client\'s language', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    const chinese = await startServer(undefined, FILE_OPERATIONS, { rootUri: pathToFileURL(root).href, env, locale: 'zh-cn' });
    try {
      chinese.open(uri('dc-db.service'), FILES['dc-db.service']);
      chinese.open(uri('dc-cron.service'), FILES['dc-cron.service']);
      chinese.open(uri('supervisor/conf.d/worker.conf'), FILES['supervisor/conf.d/worker.conf'], 'supervisor-conf');
      const rename = (relative: string, newName: string, line = 0, character = 2) =>
        failure(chinese.request('textDocument/rename', { ...at(relative, line, character), newName }));
      assert.equal(await rename('dc-db.service', 'dc db'), '无法重命名 dc-db.service：dc db.service 不是有效的单元名：单元名中不允许出现“ ”（允许字母、数字和 : - _ . \\）。');
      assert.equal(await rename('dc-db.service', 'dc-db.socket'), '无法重命名 dc-db.service：dc-db.socket 是 .socket 单元，而 dc-db.service 是 .service：重命名不能改变类型。');
      assert.match(await rename('dc-db.service', 'dc-cache.service'), /^无法将 dc-db\.service 重命名为 dc-cache\.service：.*dc-cache\.service 已经存在。$/);
      assert.equal(await failure(chinese.request('textDocument/prepareRename', at('dc-cron.service', 1, 10))), 'dc-job@daily.service 是 dc-job@.service 的实例：请改为重命名模板。');
      assert.equal(await rename('supervisor/conf.d/worker.conf', 'dc:queue', 0, 12), '无法将 [program:dc-worker] 重命名为“dc:queue”：supervisord 不接受含空格、“:”或“/”的名称。');
      assert.equal(await rename('supervisor/conf.d/worker.conf', 'dc-api', 0, 12), '无法将 [program:dc-worker] 重命名为“dc-api”：[program:dc-api] 已经存在于 api.conf 中，supervisord 会把两者合并。');
    } finally {
      await chinese.close();
    }
  });

  it("a template's rename renames its instances in values", async () => {
    const edit = await server.request<WorkspaceEdit>('textDocument/rename', { ...at('dc-job@.service', 0, 2), newName: 'dc-task@' });
    assert.deepEqual(described(edit).map((line) => line.replace(/ \{.*\}$/, '')), [
      'dc-cron.service:1:6=dc-task@daily.service', 'dc-cron.service:1:27=dc-task@.service', 'dc-job@.service -> dc-task@.service',
    ]);
    open('dc-cron.service');
    assert.match(await failure(server.request('textDocument/prepareRename', at('dc-cron.service', 1, 10))), /instance of dc-job@\.service: rename the template/);
  });

  it('refuses a unit whose file is only in the host folders, and one the editor cannot move', async () => {
    const sync = pathToFileURL(join(home, '.config/systemd/user/dc-sync.service')).href;
    server.open(sync, '[Unit]\nAfter=dc-agent.service\n');
    const prepared = failure(server.request('textDocument/prepareRename', { textDocument: { uri: sync }, position: { line: 1, character: 10 } }));
    assert.match(await prepared, /dc-agent\.service is defined in \/.*\/systemd\/user\/dc-agent\.service, outside the workspace/);
    const plain = await startServer(undefined, {}, { rootUri: pathToFileURL(root).href });
    try {
      plain.open(uri('dc-db.service'), FILES['dc-db.service']);
      assert.match(await failure(plain.request('textDocument/prepareRename', at('dc-db.service', 0, 2))), /this editor does not say it can rename files in a workspace edit/);
    } finally {
      await plain.close();
    }
  });

  it('a supervisor program: its header and the group programs= in the main config', async () => {
    open('supervisor/conf.d/worker.conf', 'supervisor-conf');
    const edit = await server.request<WorkspaceEdit>('textDocument/rename', { ...at('supervisor/conf.d/worker.conf', 0, 12), newName: 'dc-queue' });
    const lines = Object.entries(edit.changes ?? {}).flatMap(([u, edits]) => edits.map((e) => `${short(u)}:${e.range.start.line}:${e.range.start.character}-${e.range.end.character}=${e.newText}`)).sort();
    assert.deepEqual(lines, ['supervisor/conf.d/worker.conf:0:9-18=dc-queue', 'supervisor/supervisord.conf:7:9-18=dc-queue']);
    assert.match(await failure(server.request('textDocument/rename', { ...at('supervisor/conf.d/worker.conf', 0, 12), newName: 'dc:queue' })), /supervisord refuses names with spaces, ':' or '\/'/);
    assert.match(await failure(server.request('textDocument/rename', { ...at('supervisor/conf.d/worker.conf', 0, 12), newName: 'dc-api' })), /\[program:dc-api\] already exists in api\.conf/);
  });

  it("leaves references in the host's unit folders alone, and says so", async () => {
    const messages: string[] = [];
    server.connection.onNotification('window/showMessage', (p: { message: string }) => void messages.push(p.message));
    // As a unit of the user manager, dc-db.service is named by a file in ~/.config/systemd/user.
    await server.connection.sendNotification('daemonConfig/unitScopes', { scopes: { [uri('dc-db.service')]: 'user' } });
    const edit = await server.request<WorkspaceEdit>('textDocument/rename', { ...at('dc-db.service', 0, 2), newName: 'dc-store.service' });
    assert.ok(described(edit).includes(`dc-db.service -> dc-store.service ${JSON.stringify({ overwrite: false, ignoreIfExists: false })}`));
    assert.ok(!JSON.stringify(edit).includes(home), 'nothing in the host folders is edited');
    await server.request('textDocument/hover', at('dc-db.service', 0, 1)); // the notification came before this answer
    assert.match(messages.join('\n'), /Renamed in the workspace only: 1 reference in 1 file of the host's unit folders stay as they are \(such as .*dc-uses-db\.service\)/);
  });
});
