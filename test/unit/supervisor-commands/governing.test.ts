// Which config governs a file: the file itself, or a main config whose [include] files matches it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { configFacts, findGoverningConfig, fnmatchToRegExp, globFiles, globMatchesPath, loadConfigTree, programsIn, readSupervisorIni } from '../../../client/src/supervisor';

const roots: string[] = [];
after(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dc-gov-')));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const PROGRAM = '[program:web]\ncommand=/bin/true\n';

test('fnmatch per component, as Python glob does', () => {
  assert.ok(fnmatchToRegExp('*.conf').test('a.conf'));
  assert.ok(!fnmatchToRegExp('*.conf').test('a.conf.bak'));
  assert.ok(fnmatchToRegExp('[!a]?.ini').test('bc.ini'));
  assert.ok(!fnmatchToRegExp('[!a]?.ini').test('ac.ini'));
  assert.ok(fnmatchToRegExp('[]x].c').test(']a'.slice(0, 1) + '.c'));
  assert.ok(fnmatchToRegExp('a[.c').test('a[.c'), 'an unclosed [ is literal');
  assert.ok(globMatchesPath('/etc/s/conf.d/*.conf', '/etc/s/conf.d/web.conf'));
  assert.ok(!globMatchesPath('/etc/s/conf.d/*.conf', '/etc/s/conf.d/.hidden.conf'), 'hidden files need a leading dot in the pattern');
  assert.ok(globMatchesPath('/etc/s/conf.d/.*.conf', '/etc/s/conf.d/.hidden.conf'));
  assert.ok(!globMatchesPath('/etc/s/*.conf', '/etc/s/conf.d/web.conf'), '* does not cross /');
  assert.ok(!globMatchesPath('/etc/s/**/*.conf', '/etc/s/a/b/web.conf'), '** is not recursive in supervisor');
  assert.ok(globMatchesPath('/etc/s/**/*.conf', '/etc/s/a/web.conf'));
  assert.ok(globMatchesPath('/etc/s/x/../conf.d/*.conf', '/etc/s/conf.d/web.conf'));
  assert.ok(!globMatchesPath('/etc/s/conf.d/*.CONF', '/etc/s/conf.d/web.conf'), 'case sensitive');
});

test('a file with [supervisorctl], [unix_http_server] or [supervisord] governs itself', async () => {
  const root = tree({ 'a.conf': '[supervisorctl]\nserverurl=unix://%(here)s/a.sock\n', 'b.conf': '[unix_http_server]\nfile=/tmp/b.sock\n', 'c.conf': '[supervisord]\n' });
  for (const name of ['a.conf', 'b.conf', 'c.conf']) {
    const g = await findGoverningConfig(path.join(root, name), { systemConfigs: [] });
    assert.equal(g?.how, 'self');
    assert.equal(g?.config, path.join(root, name));
  }
  const a = await findGoverningConfig(path.join(root, 'a.conf'), { systemConfigs: [] });
  assert.equal(a?.facts.serverurl, `unix://${root}/a.sock`);
});

test('unsaved text decides, not the disk', async () => {
  const root = tree({ 'p.conf': PROGRAM });
  const g = await findGoverningConfig(path.join(root, 'p.conf'), { fileText: '[supervisorctl]\n', systemConfigs: [] });
  assert.equal(g?.how, 'self');
});

test('a program file is governed by the main config that includes it, relative to that config', async () => {
  const root = tree({
    'one/supervisord.conf': '[supervisord]\n[include]\nfiles = conf.d/*.conf ../shared/*.ini\n',
    'one/conf.d/web.conf': PROGRAM,
    'shared/x.ini': PROGRAM,
    'two/supervisord.conf': '[supervisord]\n[include]\nfiles=%(here)s/progs/*.conf ; comment\n',
    'two/progs/api.conf': PROGRAM,
    'two/progs/.hidden.conf': PROGRAM,
    'lonely.conf': PROGRAM,
  });
  const ws = [path.join(root, 'two/supervisord.conf'), path.join(root, 'one/supervisord.conf')];
  const web = await findGoverningConfig(path.join(root, 'one/conf.d/web.conf'), { workspaceConfigs: ws, systemConfigs: [] });
  assert.equal(web?.config, path.join(root, 'one/supervisord.conf'));
  assert.equal(web?.how, 'include');
  assert.equal(web?.pattern, path.join(root, 'one/conf.d/*.conf'));
  assert.equal((await findGoverningConfig(path.join(root, 'shared/x.ini'), { workspaceConfigs: ws, systemConfigs: [] }))?.config, path.join(root, 'one/supervisord.conf'));
  assert.equal((await findGoverningConfig(path.join(root, 'two/progs/api.conf'), { workspaceConfigs: ws, systemConfigs: [] }))?.config, path.join(root, 'two/supervisord.conf'));
  assert.equal(await findGoverningConfig(path.join(root, 'two/progs/.hidden.conf'), { workspaceConfigs: ws, systemConfigs: [] }), undefined);
  assert.equal(await findGoverningConfig(path.join(root, 'lonely.conf'), { workspaceConfigs: ws, systemConfigs: [] }), undefined);
});

test('system configs are searched after the workspace ones', async () => {
  const root = tree({
    'etc/supervisor/supervisord.conf': '[supervisord]\n[include]\nfiles = /NOWHERE/*.conf conf.d/*.conf\n',
    'etc/supervisor/conf.d/web.conf': PROGRAM,
    'ws/supervisord.conf': '[supervisord]\n[include]\nfiles = conf.d/*.conf\n',
  });
  const file = path.join(root, 'etc/supervisor/conf.d/web.conf');
  const g = await findGoverningConfig(file, {
    workspaceConfigs: [path.join(root, 'ws/supervisord.conf')],
    systemConfigs: [path.join(root, 'missing.conf'), path.join(root, 'etc/supervisor/supervisord.conf')],
  });
  assert.equal(g?.config, path.join(root, 'etc/supervisor/supervisord.conf'));
});

test('ENV_ and host_node_name expansions in [include] files; a bad expansion is reported', () => {
  const facts = configFacts('/srv/a/supervisord.conf', '[include]\nfiles=%(ENV_APPDIR)s/*.conf %(host_node_name)s.conf\n', { env: { APPDIR: '/opt/app' }, hostname: 'box' });
  assert.deepEqual(facts.includePatterns, ['/opt/app/*.conf', '/srv/a/box.conf']);
  const bad = configFacts('/srv/a/supervisord.conf', '[include]\nfiles=%(ENV_NOPE)s/*.conf\n', { env: {} });
  assert.deepEqual(bad.includePatterns, []);
  assert.match(bad.includeError ?? '', /ENV_NOPE/);
});

test('a symlinked include folder still matches', async () => {
  const root = tree({ 'real/web.conf': PROGRAM, 'main/supervisord.conf': '[supervisord]\n[include]\nfiles = linked/*.conf\n' });
  fs.symlinkSync(path.join(root, 'real'), path.join(root, 'main/linked'));
  const g = await findGoverningConfig(path.join(root, 'real/web.conf'), { workspaceConfigs: [path.join(root, 'main/supervisord.conf')], systemConfigs: [] });
  assert.equal(g?.config, path.join(root, 'main/supervisord.conf'));
});

test('programsIn: numprocs, process_name, [group:x] from any file of the tree', async () => {
  const root = tree({
    'supervisord.conf': '[supervisord]\n[include]\nfiles = conf.d/*.conf\n[group:site]\nprograms = web , cron\n',
    'conf.d/a.conf': [
      '[program:web]', 'command=/bin/true',
      '[program:cron]', 'command=/bin/true',
      '[program:worker]', 'command=/bin/true', 'numprocs=3', 'numprocs_start=1', 'process_name=%(program_name)s_%(process_num)02d',
      '[program:q]', 'command=/bin/true', 'numprocs=2', 'process_name=%(group_name)s-%(process_num)d',
      '[program:bad]', 'command=/bin/true', 'numprocs=2', 'process_name=%(nope)s',
      '[eventlistener:ev]', 'command=/bin/true',
      '[program:all]', 'command=/bin/true',
    ].join('\n'),
  });
  const t = await loadConfigTree(path.join(root, 'supervisord.conf'));
  assert.deepEqual([...t.files.keys()], [path.join(root, 'supervisord.conf'), path.join(root, 'conf.d/a.conf')]);
  const own = t.files.get(path.join(root, 'conf.d/a.conf'))!;
  const byName = new Map(programsIn(own, [...t.files.values()]).map((p) => [p.program, p]));
  assert.deepEqual(byName.get('web')?.namespecs, ['site:web']);
  assert.equal(byName.get('web')?.group, 'site');
  assert.deepEqual(byName.get('worker')?.namespecs, ['worker:worker_01', 'worker:worker_02', 'worker:worker_03']);
  assert.deepEqual(byName.get('q')?.processes, ['q-0', 'q-1']);
  assert.deepEqual(byName.get('bad')?.namespecs, ['bad:*']);
  assert.deepEqual(byName.get('ev')?.namespecs, ['ev']);
  assert.deepEqual(byName.get('all')?.namespecs, ['all:all']);
  assert.deepEqual(programsIn(readSupervisorIni(PROGRAM))[0]?.namespecs, ['web']);
  assert.deepEqual(await globFiles(path.join(root, 'conf.d/*.conf')), [path.join(root, 'conf.d/a.conf')]);
});

test("Debian's own /etc/supervisor/supervisord.conf governs a conf.d program file", async (t) => {
  const debian = '/etc/supervisor/supervisord.conf';
  if (!fs.existsSync(debian)) {
    if (process.env.CI === 'true') throw new Error(`CI=true and ${debian} is missing (Debian package "supervisor")`);
    t.skip(`${debian} not installed`);
    return;
  }
  const g = await findGoverningConfig('/etc/supervisor/conf.d/dc-example.conf', { fileText: PROGRAM, workspaceConfigs: [] });
  assert.equal(g?.config, debian);
  assert.equal(g?.pattern, '/etc/supervisor/conf.d/*.conf');
  assert.equal(g?.facts.serverurl, 'unix:///var/run/supervisor.sock', 'the inline comment after the URL is not part of it');
});
