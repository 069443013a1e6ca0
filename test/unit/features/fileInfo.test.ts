// The pure fileInfo feature over an in-memory workspace: which config governs a supervisor file
// (the rules the client's own reader used to apply, now the server's), the programs it defines as
// supervisord names their processes, and the unit a unit file acts on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { fileInfo } from '../../../server/src/features/fileInfo';
import type { SupervisorFileInfo, SystemdFileInfo } from '../../../server/src/features/fileInfoProtocol';
import { memoryWorkspace } from '../rules-supervisor/helpers';

const PROGRAM = '[program:web]\ncommand=/bin/true\n';

function supervisor(path: string, text: string, files: Record<string, string> = {}, line?: number): SupervisorFileInfo['supervisor'] {
  const a = analyze(`file://${path}`, 1, text, 'supervisor-conf');
  assert.ok(a);
  const info = fileInfo(a, line === undefined ? undefined : { line, character: 0 }, memoryWorkspace({ ...files, [path]: text }));
  assert.equal(info?.dialect, 'supervisor');
  return (info as SupervisorFileInfo).supervisor;
}

describe('the config that governs a supervisor file', () => {
  it('a file with [supervisord], [supervisorctl], [unix_http_server] or [include] governs itself', () => {
    for (const text of ['[supervisord]\n', '[supervisorctl]\nserverurl=unix:///tmp/a.sock\n', '[unix_http_server]\nfile=/tmp/b.sock\n', '[include]\nfiles=x/*.conf\n']) {
      assert.deepEqual(supervisor('/srv/a/own.conf', text + PROGRAM).config, { path: '/srv/a/own.conf', how: 'self' }, text);
    }
  });

  it('a program file is governed by the config whose [include] takes it, relative to that config, %(here)s too', () => {
    const files = {
      '/srv/one/supervisord.conf': '[supervisord]\n[include]\nfiles = conf.d/*.conf\n',
      '/srv/one/conf.d/web.conf': PROGRAM,
      '/srv/two/supervisord.conf': '[supervisord]\n[include]\nfiles=%(here)s/progs/*.conf ; comment\n',
      '/srv/two/progs/api.conf': PROGRAM,
      '/srv/two/progs/.hidden.conf': PROGRAM,
      '/srv/lonely.conf': PROGRAM,
    };
    assert.deepEqual(supervisor('/srv/one/conf.d/web.conf', PROGRAM, files).config, { path: '/srv/one/supervisord.conf', how: 'include' });
    assert.deepEqual(supervisor('/srv/two/progs/api.conf', PROGRAM, files).config, { path: '/srv/two/supervisord.conf', how: 'include' });
    assert.equal(supervisor('/srv/two/progs/.hidden.conf', PROGRAM, files).config, null, '* does not match a hidden file');
    assert.equal(supervisor('/srv/lonely.conf', PROGRAM, files).config, null);
  });

  it('the system configs are searched after the ones near the file', () => {
    const files = { '/etc/supervisor/supervisord.conf': '[supervisord]\n[include]\nfiles = /NOWHERE/*.conf /opt/app/conf/*.conf\n' };
    assert.deepEqual(supervisor('/opt/app/conf/web.conf', PROGRAM, files).config, { path: '/etc/supervisor/supervisord.conf', how: 'include' });
  });

  it('the unsaved text decides, not the disk', () => {
    const a = analyze('file:///srv/p.conf', 2, '[supervisorctl]\n' + PROGRAM, 'supervisor-conf');
    assert.ok(a);
    const info = fileInfo(a, undefined, memoryWorkspace({ '/srv/p.conf': PROGRAM })) as SupervisorFileInfo;
    assert.equal(info.supervisor.config?.how, 'self');
  });

  it('serverurl and the socket with %(here)s expanded; an ENV_ expansion is left as written; ctlplugins named', () => {
    const text = '[unix_http_server]\nfile=%(here)s/s.sock\n[supervisorctl]\nserverurl=unix://%(here)s/s.sock\n[ctlplugin:mine]\nsupervisor.ctl_factory = m:f\n';
    const info = supervisor('/srv/a/supervisord.conf', text);
    assert.equal(info.serverUrl, 'unix:///srv/a/s.sock');
    assert.equal(info.socket, '/srv/a/s.sock');
    assert.deepEqual(info.ctlPlugins, ['mine']);
    assert.equal(supervisor('/srv/a/supervisord.conf', '[supervisorctl]\nserverurl=http://%(ENV_HOST)s:9001\n').serverUrl, 'http://%(ENV_HOST)s:9001');
  });

  it('include patterns with expansions only the running machine knows are reported, not followed', () => {
    const info = supervisor('/srv/a/supervisord.conf', '[supervisord]\n[include]\nfiles=%(ENV_APPDIR)s/*.conf %(host_node_name)s.conf conf.d/*.conf\n');
    assert.equal(info.includeErrors.length, 2);
    assert.match(info.includeErrors[0] ?? '', /^%\(ENV_APPDIR\)s\/\*\.conf /);
  });
});

describe('the programs of a supervisor file', () => {
  const MAIN = '[supervisord]\n[include]\nfiles = conf.d/*.conf\n[group:site]\nprograms = web , cron\n';
  const FILE = [
    '[program:web]', 'command=/bin/true',
    '[program:cron]', 'command=/bin/true',
    '[program:worker]', 'command=/bin/true', 'numprocs=3', 'numprocs_start=1', 'process_name=%(program_name)s_%(process_num)02d',
    '[program:q]', 'command=/bin/true', 'numprocs=2', 'process_name=%(group_name)s-%(process_num)d',
    '[program:bad]', 'command=/bin/true', 'numprocs=2', 'process_name=%(nope)s',
    '[eventlistener:ev]', 'command=/bin/true', 'events=TICK_5',
    '[program:all]', 'command=/bin/true',
    '[group:other]', 'programs=q',
  ].join('\n');

  it('numprocs, process_name, [group:x] from any file of the configuration', () => {
    const info = supervisor('/srv/a/conf.d/a.conf', FILE, { '/srv/a/supervisord.conf': MAIN });
    const by = new Map(info.programs.map((p) => [p.name, p]));
    assert.deepEqual(by.get('web')?.namespecs, ['site:web']);
    assert.equal(by.get('web')?.group, 'site');
    assert.deepEqual(by.get('worker')?.namespecs, ['worker:worker_01', 'worker:worker_02', 'worker:worker_03']);
    assert.deepEqual(by.get('q')?.processes, ['other-0', 'other-1']);
    assert.deepEqual(by.get('bad')?.namespecs, ['bad:*'], 'an unknown name in process_name: the whole group, never a guess');
    assert.deepEqual(by.get('ev')?.namespecs, ['ev']);
    assert.deepEqual(by.get('all')?.namespecs, ['all:all']);
    assert.deepEqual(info.programs.map((p) => [p.name, p.headerLine]), [['web', 0], ['cron', 2], ['worker', 4], ['q', 9], ['bad', 13], ['ev', 17], ['all', 20]]);
  });

  it('the program at the cursor: the section holding it, none in another section', () => {
    const files = { '/srv/a/supervisord.conf': MAIN };
    assert.equal(supervisor('/srv/a/conf.d/a.conf', FILE, files, 6).programAtCursor, 'worker');
    assert.equal(supervisor('/srv/a/conf.d/a.conf', FILE, files, 17).programAtCursor, 'ev');
    assert.equal(supervisor('/srv/a/conf.d/a.conf', FILE, files, 22).programAtCursor, undefined, 'in [group:other]');
    assert.equal(supervisor('/srv/a/conf.d/a.conf', `; head\n${FILE}`, files, 0).programAtCursor, undefined, 'above every section');
  });

  it('a main config changed on disk is read again, though the file is the same version', () => {
    const files: Record<string, string> = { '/srv/a/supervisord.conf': '[supervisord]\n[include]\nfiles = conf.d/*.conf\n', '/srv/a/conf.d/a.conf': PROGRAM };
    const a = analyze('file:///srv/a/conf.d/a.conf', 1, PROGRAM, 'supervisor-conf');
    assert.ok(a);
    const workspace = memoryWorkspace(files);
    assert.deepEqual((fileInfo(a, undefined, workspace) as SupervisorFileInfo).supervisor.programs[0]?.namespecs, ['web']);
    files['/srv/a/supervisord.conf'] += '[group:site]\nprograms=web\n';
    assert.deepEqual((fileInfo(a, undefined, workspace) as SupervisorFileInfo).supervisor.programs[0]?.namespecs, ['site:web']);
  });
});

describe('the unit of a unit file', () => {
  const unit = (uri: string, scope?: 'system' | 'user') => {
    const a = analyze(uri, 1, '[Service]\nExecStart=/bin/true\n', 'systemd-unit', scope);
    assert.ok(a);
    return (fileInfo(a, undefined, undefined) as SystemdFileInfo).unit;
  };
  it('name, manager from the folder or the choice, template and instance, drop-in', () => {
    assert.deepEqual(unit('file:///home/u/.config/systemd/user/sync.service'), { name: 'sync.service', type: 'service', scope: 'user', template: false, instance: undefined, dropIn: false });
    assert.equal(unit('file:///srv/project/sync.service').scope, 'unknown');
    assert.equal(unit('file:///srv/project/sync.service', 'user').scope, 'user');
    assert.deepEqual(unit('file:///etc/systemd/system/getty@tty1.service.d/override.conf'), { name: 'getty@tty1.service', type: 'service', scope: 'system', template: false, instance: 'tty1', dropIn: true });
    assert.equal(unit('file:///etc/systemd/system/getty@.service').template, true);
  });
});
