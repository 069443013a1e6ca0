// The supervisor command layer against a real supervisord (Debian's supervisor) on a temporary
// config with its own unix socket: status, start, stop, restart, tail, reread/update, reload,
// numprocs and group namespecs, and two supervisords side by side.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  parseStatus,
  parseTarget,
  reloadArgv,
  rereadArgv,
  restartArgv,
  startArgv,
  statusArgv,
  stopArgv,
  tailArgv,
  updateArgv,
} from '../../../client/src/supervisor';
import type { SupervisorFileInfo } from '../../../server/src/features/fileInfoProtocol';
import { inProcessFileInfo } from '../../helpers/fileInfoSource';
import { mainSections, requireSupervisor, sleeper, startSupervisord, waitFor, type Supervisord } from '../../helpers/supervisord';

/** The language server's view of a file on disk: its governing config and programs. */
async function serverView(file: string): Promise<SupervisorFileInfo['supervisor']> {
  const info = await inProcessFileInfo().fileInfo(`file://${file}`);
  assert.equal(info?.dialect, 'supervisor', JSON.stringify(info));
  return (info as SupervisorFileInfo).supervisor;
}

const proc = (name: string) => parseTarget(name);

test('supervisorctl commands on one supervisord', async (t) => {
  const bin = requireSupervisor(t);
  if (!bin) return;
  const sections = mainSections({
    'program:alpha': sleeper('alpha'),
    'program:beta': sleeper('beta', { autostart: 'false' }),
  });
  const sd = await startSupervisord(bin, { sections });
  t.after(() => sd.stop());

  await t.test('status parses each program', async () => {
    await sd.waitState('alpha', 'RUNNING');
    const r = await sd.run(statusArgv(sd.config));
    assert.equal(r.exitCode, 3, 'beta is stopped, so status exits 3');
    assert.ok(r.ok, 'exit 3 from status is not a failed call');
    const report = parseStatus(r.stdout);
    assert.deepEqual(report.errors, []);
    const alpha = report.processes.find((p) => p.name === 'alpha');
    assert.ok(alpha && alpha.state === 'RUNNING' && typeof alpha.pid === 'number' && alpha.uptime !== undefined, r.stdout);
    assert.equal(report.processes.find((p) => p.name === 'beta')?.state, 'STOPPED');
  });

  await t.test('start a stopped program', async () => {
    const r = await sd.run(startArgv(sd.config, [proc('beta')]));
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /beta: started/);
    assert.equal(typeof (await sd.waitState('beta', 'RUNNING')), 'number');
  });

  await t.test('restart changes the pid', async () => {
    const before = await sd.waitState('beta', 'RUNNING');
    const r = await sd.run(restartArgv(sd.config, [proc('beta')]));
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    const after = await sd.waitState('beta', 'RUNNING');
    assert.equal(typeof after, 'number');
    assert.notEqual(after, before);
  });

  await t.test('stop a running program', async () => {
    const r = await sd.run(stopArgv(sd.config, [proc('beta')]));
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /beta: stopped/);
    assert.equal((await sd.status()).get('beta')?.state, 'STOPPED');
  });

  await t.test('status of an unknown name is an error', async () => {
    const r = await sd.run(statusArgv(sd.config, [proc('nosuch')]));
    assert.equal(r.exitCode, 4);
    assert.equal(r.ok, false);
    assert.match(r.stdout, /nosuch: ERROR \(no such process\)/);
  });

  await t.test('tail shows the program output (stdout and stderr)', async () => {
    const out = await waitFor('alpha stdout in the log', async () => {
      const r = await sd.run(tailArgv(sd.config, proc('alpha'), { channel: 'stdout' }));
      return r.stdout.includes('alpha-out') ? r : undefined;
    });
    assert.equal(out.exitCode, 0);
    const err = await waitFor('alpha stderr in the log', async () => {
      const r = await sd.run(tailArgv(sd.config, proc('alpha'), { channel: 'stderr' }));
      return r.stdout.includes('alpha-err') ? r : undefined;
    });
    assert.doesNotMatch(err.stdout, /alpha-out/);
  });

  await t.test('tail -f follows the log until killed', async () => {
    const inv = tailArgv(sd.config, proc('alpha'), { follow: true });
    assert.equal(inv.longRunning, true);
    assert.deepEqual(inv.args.slice(-3), ['-f', 'alpha', 'stdout']);
    const child = spawn(bin.supervisorctl, [...inv.args], { cwd: sd.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    const exited = new Promise((r) => child.once('exit', r));
    try {
      await waitFor('tail -f output', () => text.includes('alpha-out'));
    } finally {
      process.kill(child.pid as number, 'SIGTERM');
      await exited;
    }
  });

  await t.test('reread and update pick up a program added to the file', async () => {
    sd.writeConfig({ ...sections, 'program:gamma': sleeper('gamma') });
    const reread = await sd.run(rereadArgv(sd.config));
    assert.equal(reread.exitCode, 0, reread.stdout + reread.stderr);
    assert.match(reread.stdout, /gamma: available/);
    assert.equal((await sd.status()).has('gamma'), false, 'reread alone does not add it');
    const update = await sd.run(updateArgv(sd.config));
    assert.equal(update.exitCode, 0, update.stdout + update.stderr);
    assert.match(update.stdout, /gamma: added process group/);
    assert.equal(typeof (await sd.waitState('gamma', 'RUNNING')), 'number');
  });

  await t.test('reload restarts supervisord without prompting', async () => {
    const r = await sd.run(reloadArgv(sd.config));
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Restarted supervisord/);
    await sd.waitState('alpha', 'RUNNING');
    await sd.waitState('gamma', 'RUNNING');
  });

  await t.test('start/stop all', async () => {
    const stop = await sd.run(stopArgv(sd.config, [{ kind: 'all' }]));
    assert.equal(stop.exitCode, 0, stop.stdout);
    for (const s of (await sd.status()).values()) assert.equal(s.state, 'STOPPED');
    const start = await sd.run(startArgv(sd.config, [{ kind: 'all' }]));
    assert.equal(start.exitCode, 0, start.stdout);
    await sd.waitState('beta', 'RUNNING');
  });
});

test('numprocs and [group:x] programs are addressed by the namespecs supervisor uses', async (t) => {
  const bin = requireSupervisor(t);
  if (!bin) return;
  const sd = await startSupervisord(bin, {
    sections: mainSections({
      include: { files: 'conf.d/*.conf' },
    }),
    files: {
      'conf.d/workers.conf': [
        '[program:worker]',
        `command=${sleeper('worker').command}`,
        'startsecs=0',
        'numprocs=2',
        'process_name=%(program_name)s_%(process_num)02d',
        '',
        '[program:web]',
        `command=${sleeper('web').command}`,
        'startsecs=0',
        '',
        '[program:cron]',
        `command=${sleeper('cron').command}`,
        'startsecs=0',
        '',
        '[group:site]',
        'programs=web,cron',
        '',
      ].join('\n'),
    },
  });
  t.after(() => sd.stop());
  const file = path.join(sd.dir, 'conf.d', 'workers.conf');
  const view = await serverView(file);
  assert.equal(view.config?.path, sd.config);
  const programs = new Map(view.programs.map((p) => [p.name, p]));
  assert.deepEqual(programs.get('worker')?.namespecs, ['worker:worker_00', 'worker:worker_01']);
  assert.deepEqual(programs.get('web')?.namespecs, ['site:web']);

  const status = await sd.status();
  for (const spec of [...(programs.get('worker')?.namespecs ?? []), 'site:web', 'site:cron']) {
    assert.ok(status.has(spec), `status lists ${spec}: ${[...status.keys()].join(', ')}`);
  }
  await sd.waitState('site:web', 'RUNNING');
  const cronPid = await sd.waitState('site:cron', 'RUNNING');
  const webPid = await sd.waitState('site:web', 'RUNNING');
  const r = await sd.run(restartArgv(sd.config, (programs.get('web')?.namespecs ?? []).map(parseTarget)));
  assert.equal(r.exitCode, 0, r.stdout);
  assert.notEqual(await sd.waitState('site:web', 'RUNNING'), webPid);
  assert.equal((await sd.status()).get('site:cron')?.pid, cronPid, 'the other program of the group is untouched');
  const stopWorkers = await sd.run(stopArgv(sd.config, [{ kind: 'group', group: 'worker' }]));
  assert.equal(stopWorkers.exitCode, 0, stopWorkers.stdout);
  const after = await sd.status();
  assert.equal(after.get('worker:worker_00')?.state, 'STOPPED');
  assert.equal(after.get('worker:worker_01')?.state, 'STOPPED');
  assert.equal(after.get('site:cron')?.state, 'RUNNING');
});

test('two supervisords on two sockets each get the right commands', async (t) => {
  const bin = requireSupervisor(t);
  if (!bin) return;
  const start = (own: string) =>
    startSupervisord(bin, {
      sections: mainSections({ include: { files: 'conf.d/*.conf' } }),
      files: {
        'conf.d/programs.conf': ['[program:shared]', `command=${sleeper('shared').command}`, 'startsecs=0', '', `[program:${own}]`, `command=${sleeper(own).command}`, 'startsecs=0', ''].join('\n'),
      },
    });
  const a: Supervisord = await start('onlya');
  t.after(() => a.stop());
  const b: Supervisord = await start('onlyb');
  t.after(() => b.stop());
  assert.notEqual(a.socket, b.socket);

  // Each program file resolves to its own main config, with the socket that config opens.
  assert.deepEqual(await serverView(path.join(a.dir, 'conf.d/programs.conf')).then((v) => [v.config?.path, v.socket]), [a.config, a.socket]);
  assert.deepEqual(await serverView(path.join(b.dir, 'conf.d/programs.conf')).then((v) => [v.config?.path, v.socket]), [b.config, b.socket]);

  const aShared = await a.waitState('shared', 'RUNNING');
  const bShared = await b.waitState('shared', 'RUNNING');
  const aOnly = await a.waitState('onlya', 'RUNNING');

  const governingA = (await serverView(path.join(a.dir, 'conf.d/programs.conf'))).config;
  assert.ok(governingA);
  const r = await a.run(restartArgv(governingA.path, [parseTarget('shared')]));
  assert.equal(r.exitCode, 0, r.stdout);
  assert.notEqual(await a.waitState('shared', 'RUNNING'), aShared, 'A restarted its shared');
  assert.equal((await b.status()).get('shared')?.pid, bShared, 'B untouched');

  const viaB = await b.run(stopArgv(b.config, [parseTarget('onlya')]));
  assert.notEqual(viaB.exitCode, 0, 'B does not know onlya');
  assert.match(viaB.stdout, /onlya: ERROR \(no such process\)/);
  assert.equal((await a.status()).get('onlya')?.pid, aOnly, "A's onlya untouched");
  const statusB = await b.status();
  assert.deepEqual([...statusB.keys()].sort(), ['onlyb', 'shared']);
  assert.ok(fs.existsSync(a.socket) && fs.existsSync(b.socket));
});
