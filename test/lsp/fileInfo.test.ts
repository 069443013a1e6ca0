// daemonConfig/fileInfo over stdio: what the editor's commands ask the server about a file instead
// of reading configs themselves. Marker names (dc-marker-*) make each answer traceable to its file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { FileInfoResult, SupervisorFileInfo, SystemdFileInfo } from '../../server/src/features/fileInfoProtocol';
import { startServer, type LspSession } from '../helpers/lspClient';

const PROGRAMS = [
  '; programs of the app',
  '[program:dc-marker-web]',
  'command=/bin/sleep 1000',
  '',
  '[program:dc-marker-worker] ; two processes',
  'command=/bin/sleep 1000',
  'numprocs=2',
  'process_name=%(program_name)s_%(process_num)02d',
  '',
  '[program:dc-marker-cron]',
  'command=/bin/true',
  '[eventlistener:dc-marker-ev]',
  'command=/bin/true',
  'events=TICK_5',
  '[program:all]',
  'command=/bin/true',
  '',
].join('\n');

describe('daemonConfig/fileInfo over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  let root: string;
  let home: string;
  const write = (rel: string, text: string): string => {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  const uriOf = (file: string) => pathToFileURL(file).href;
  const ask = (uri: string, position?: { line: number; character: number }) =>
    server.request<FileInfoResult>('daemonConfig/fileInfo', { textDocument: { uri }, ...(position ? { position } : {}) });
  const supervisorOf = async (uri: string, position?: { line: number; character: number }) => {
    const info = await ask(uri, position);
    assert.equal(info?.dialect, 'supervisor', JSON.stringify(info));
    return (info as SupervisorFileInfo).supervisor;
  };

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'dc-')));
    home = join(root, 'home');
    mkdirSync(join(home, '.config', 'systemd', 'user'), { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_DIRS', 'XDG_DATA_DIRS', 'XDG_RUNTIME_DIR']) delete env[name];
    server = await startServer(undefined, {}, { env });
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('finds the main config through its [include] glob, written with %(here)s, with the socket and serverurl', async () => {
    const main = write('app/supervisord.conf', [
      '[unix_http_server]', 'file=%(here)s/dc-marker.sock',
      '[supervisord]', 'logfile=%(here)s/supervisord.log',
      '[rpcinterface:supervisor]', 'supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface',
      '[supervisorctl]', 'serverurl=unix://%(here)s/dc-marker.sock',
      '[include]', 'files = %(here)s/conf.d/*.conf',
      '[group:dc-marker-site]', 'programs = dc-marker-web , dc-marker-cron',
      '',
    ].join('\n'));
    const program = write('app/conf.d/app.conf', PROGRAMS);
    const uri = uriOf(program);
    server.open(uri, PROGRAMS, 'supervisor-conf');
    const info = await supervisorOf(uri, { line: 6, character: 0 });
    assert.deepEqual(info.config, { path: main, how: 'include' });
    assert.equal(info.socket, join(root, 'app', 'dc-marker.sock'));
    assert.equal(info.serverUrl, `unix://${join(root, 'app', 'dc-marker.sock')}`);
    assert.equal(info.programAtCursor, 'dc-marker-worker');
    assert.deepEqual(info.groups, [{ name: 'dc-marker-site', programs: ['dc-marker-web', 'dc-marker-cron'] }]);
    const byName = new Map(info.programs.map((p) => [p.name, p]));
    assert.deepEqual(byName.get('dc-marker-web')?.namespecs, ['dc-marker-site:dc-marker-web']);
    assert.equal(byName.get('dc-marker-web')?.headerLine, 1);
    assert.deepEqual(byName.get('dc-marker-worker')?.namespecs, ['dc-marker-worker:dc-marker-worker_00', 'dc-marker-worker:dc-marker-worker_01']);
    assert.deepEqual(byName.get('dc-marker-ev')?.namespecs, ['dc-marker-ev']);
    assert.deepEqual(byName.get('all')?.namespecs, ['all:all'], 'a program named all is not every program');
    assert.deepEqual(info.includeErrors, []);
  });

  it('the program at the cursor follows the cursor; outside a program section there is none', async () => {
    const uri = uriOf(join(root, 'app/conf.d/app.conf'));
    assert.equal((await supervisorOf(uri, { line: 2, character: 3 })).programAtCursor, 'dc-marker-web');
    assert.equal((await supervisorOf(uri, { line: 0, character: 0 })).programAtCursor, undefined);
    assert.equal((await supervisorOf(uri, { line: 11, character: 0 })).programAtCursor, 'dc-marker-ev');
  });

  it('the unsaved text decides, not the disk', async () => {
    const file = write('loose/dc-marker-loose.conf', '[program:dc-marker-loose]\ncommand=/bin/true\n');
    const uri = uriOf(file);
    server.open(uri, '[supervisorctl]\nserverurl=http://dc-marker.example:9001\n[program:dc-marker-loose]\ncommand=/bin/true\n', 'supervisor-conf');
    const info = await supervisorOf(uri);
    assert.deepEqual(info.config, { path: file, how: 'self' });
    assert.equal(info.serverUrl, 'http://dc-marker.example:9001');
  });

  it('a file no config includes has no governing config; hidden files are not matched by *', async () => {
    write('other/supervisord.conf', '[supervisord]\n[include]\nfiles = progs/*.conf\n');
    const hidden = write('other/progs/.dc-marker-hidden.conf', '[program:dc-marker-hidden]\ncommand=/bin/true\n');
    const uri = uriOf(hidden);
    server.open(uri, '[program:dc-marker-hidden]\ncommand=/bin/true\n', 'supervisor-conf');
    const info = await supervisorOf(uri);
    assert.equal(info.config, null);
    assert.deepEqual(info.programs.map((p) => p.namespecs), [['dc-marker-hidden']]);
  });

  it('a config that is not open is read from disk: its serverurl and ctlplugins; a machine-only expansion is reported', async () => {
    const config = write('remote/supervisord.conf', [
      '[supervisord]', '[supervisorctl]', 'serverurl = http://dc-marker-remote.example:9001',
      '[ctlplugin:dc-marker-plugin]', 'supervisor.ctl_factory = mine:make',
      '[include]', 'files = %(ENV_DC_MARKER)s/*.conf conf.d/*.conf', '',
    ].join('\n'));
    const info = await supervisorOf(uriOf(config));
    assert.deepEqual(info.config, { path: config, how: 'self' });
    assert.equal(info.serverUrl, 'http://dc-marker-remote.example:9001');
    assert.deepEqual(info.ctlPlugins, ['dc-marker-plugin']);
    assert.equal(info.includeErrors.length, 1);
    assert.match(info.includeErrors[0] ?? '', /%\(ENV_DC_MARKER\)s\/\*\.conf holds an expansion/);
  });

  it("a user unit's manager, template and drop-in", async () => {
    const unit = join(home, '.config', 'systemd', 'user', 'dc-marker-agent@.service');
    const uri = uriOf(unit);
    server.open(uri, '[Service]\nExecStart=/bin/echo %i\n');
    const info = await ask(uri);
    assert.deepEqual((info as SystemdFileInfo).unit, { name: 'dc-marker-agent@.service', type: 'service', scope: 'user', template: true, dropIn: false });
    const dropIn = uriOf(join(root, 'etc/systemd/system/dc-marker-db@main.service.d/override.conf'));
    server.open(dropIn, '[Service]\nNice=5\n');
    assert.deepEqual((await ask(dropIn) as SystemdFileInfo).unit, { name: 'dc-marker-db@main.service', type: 'service', scope: 'system', template: false, instance: 'main', dropIn: true });
  });

  it('bad params get InvalidParams; an unknown file gets null', async () => {
    await assert.rejects(server.request('daemonConfig/fileInfo', { textDocument: { uri: 'file:///x.service' }, position: { line: -1, character: 0 } }), /position must be/);
    await assert.rejects(server.request('daemonConfig/fileInfo', { textDocument: 5 }), /textDocument must be/);
    assert.equal(await ask(uriOf(join(root, 'nothing-here.conf'))), null);
  });
});
