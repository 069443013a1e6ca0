// The systemd command layer against a real systemd (PID 1 of private namespaces): every call goes
// through the same runner the extension uses, with `nsenter -t PID -a` as its prefix.
import { strict as assert } from 'node:assert';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  createExecFileRunner, effectiveUnit, escapeInstance, instantiate, journalArgv, planInstall, queryUnitState, runSteps,
  runUnitAction, unitIdentityFromPath, UnitNameError, verifyUnitFile, type RunRecord, type Runner, type UnitIdentity,
} from '../../../client/src/systemd';
import { DOCKER_VOLUMES_MOUNT, systemdEscape } from '../../helpers/systemdEscape';
import { sandboxSkipReason, startSandbox, type SystemdSandbox } from '../../helpers/systemdSandbox';
import { waitFor } from './waitFor';

const skip = sandboxSkipReason() ?? false;

function identity(file: string): UnitIdentity {
  const r = unitIdentityFromPath(file);
  if (!r.ok) throw new Error(r.reason);
  return r.identity;
}

describe('systemd commands against a real systemd', { skip, timeout: 180_000 }, () => {
  let sandbox: SystemdSandbox;
  let runner: Runner;
  const log: RunRecord[] = [];
  let work: string;

  before(async () => {
    sandbox = await startSandbox();
    runner = createExecFileRunner({ prefix: sandbox.prefix, onRecord: (r) => log.push(r) });
    work = mkdtempSync('/tmp/dc-systemd-it.');
    writeFileSync(join(work, 'dc-web.service'), [
      '[Unit]', 'Description=daemon-config test web',
      '[Service]', 'Type=simple',
      `ExecStart=/bin/sh -c 'echo dc-web-started pid $$$$; exec sleep infinity'`,
      `ExecReload=/bin/touch ${work}/reloaded`,
      '[Install]', 'WantedBy=multi-user.target', '',
    ].join('\n'));
    writeFileSync(join(work, 'dc-linked.service'), '[Service]\nExecStart=/bin/sleep infinity\n');
    writeFileSync(join(work, 'dc-fail.service'), '[Service]\nType=oneshot\nExecStart=/bin/false\n');
    writeFileSync(join(work, 'dc-tpl@.service'), '[Service]\nExecStart=/bin/sh -c \'echo instance=%I; exec sleep infinity\'\n');
    writeFileSync(join(work, 'bad.service'), "[Unit]\nFoo=bar\n[Service]\nExecStart=relative/path\n");
  });

  after(async () => {
    await sandbox?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
    if (process.env.DC_SANDBOX_DEBUG === '1') for (const r of log) console.log(r.argv.join(' '), '→', r.code, `${r.durationMs}ms`);
  });

  it('installs by copy, daemon-reloads, and systemd loads the unit', async () => {
    const id = identity(join(work, 'dc-web.service'));
    const plan = planInstall(id, { mode: 'copy', home: '/root' });
    assert.equal(plan.destination, '/etc/systemd/system/dc-web.service');
    const r = await runSteps(runner, plan.steps);
    assert.ok(r.ok, r.records.map((x) => x.stderr).join('\n'));
    assert.ok(existsSync(join(sandbox.etcUnits, 'dc-web.service')));
    const s = await queryUnitState(runner, 'dc-web.service', 'system');
    assert.equal(s.props.LoadState, 'loaded');
    assert.equal(s.props.FragmentPath, '/etc/systemd/system/dc-web.service');
    assert.equal(s.label, 'inactive (dead)');
  });

  it('installs by link', async () => {
    const plan = planInstall(identity(join(work, 'dc-linked.service')), { mode: 'link', home: '/root' });
    const r = await runSteps(runner, plan.steps);
    assert.ok(r.ok, r.records.map((x) => x.stderr).join('\n'));
    assert.equal(readlinkSync(join(sandbox.etcUnits, 'dc-linked.service')), join(work, 'dc-linked.service'));
    assert.equal((await queryUnitState(runner, 'dc-linked.service', 'system')).props.LoadState, 'loaded');
  });

  it('starts; the state shows active (running) and the log has its output', async () => {
    const r = await runUnitAction(runner, 'start', 'dc-web.service', 'system');
    assert.equal(r.code, 0, r.stderr);
    const s = await waitFor('dc-web running', async () => {
      const st = await queryUnitState(runner, 'dc-web.service', 'system');
      return st.label === 'active (running)' && st.mainPid > 0 && st;
    });
    const logs = await waitFor('the journal line', async () => {
      const j = await runner.run(journalArgv('dc-web.service', 'system', { lines: 50 }));
      return j.code === 0 && j.stdout.includes(`dc-web-started pid ${s.mainPid}`) && j.stdout;
    });
    assert.match(logs, /dc-web-started/);
  });

  it('restart gives a new main PID', async () => {
    const before = await queryUnitState(runner, 'dc-web.service', 'system');
    assert.ok(before.mainPid > 0);
    assert.equal((await runUnitAction(runner, 'restart', 'dc-web.service', 'system')).code, 0);
    const afterState = await waitFor('a new main PID', async () => {
      const st = await queryUnitState(runner, 'dc-web.service', 'system');
      return st.label === 'active (running)' && st.mainPid > 0 && st.mainPid !== before.mainPid && st;
    });
    assert.notEqual(afterState.mainPid, before.mainPid);
  });

  it('reload runs ExecReload and keeps the main PID', async () => {
    const before = await queryUnitState(runner, 'dc-web.service', 'system');
    const r = await runUnitAction(runner, 'reload', 'dc-web.service', 'system');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(work, 'reloaded')), 'ExecReload ran (systemctl reload waits for it)');
    assert.equal((await queryUnitState(runner, 'dc-web.service', 'system')).mainPid, before.mainPid);
  });

  it('stop leaves it inactive', async () => {
    assert.equal((await runUnitAction(runner, 'stop', 'dc-web.service', 'system')).code, 0);
    const st = await queryUnitState(runner, 'dc-web.service', 'system');
    assert.equal(st.label, 'inactive (dead)');
    const status = await runUnitAction(runner, 'status', 'dc-web.service', 'system');
    assert.equal(status.code, 3, 'status of an inactive unit exits 3');
  });

  it('enable creates the wants link, disable removes it, enable --now starts too', async () => {
    const link = join(sandbox.etcUnits, 'multi-user.target.wants', 'dc-web.service');
    assert.equal((await runUnitAction(runner, 'enable', 'dc-web.service', 'system')).code, 0);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readlinkSync(link), '/etc/systemd/system/dc-web.service');
    assert.equal((await queryUnitState(runner, 'dc-web.service', 'system')).props.UnitFileState, 'enabled');
    assert.equal((await runUnitAction(runner, 'disable', 'dc-web.service', 'system')).code, 0);
    assert.equal(existsSync(link), false);
    assert.equal((await runUnitAction(runner, 'enable-now', 'dc-web.service', 'system')).code, 0);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal((await queryUnitState(runner, 'dc-web.service', 'system')).label, 'active (running)');
  });

  it('a failing unit: start fails, state failed, status exits 3 and names the failure', async () => {
    const plan = planInstall(identity(join(work, 'dc-fail.service')), { mode: 'copy', home: '/root' });
    assert.ok((await runSteps(runner, plan.steps)).ok);
    const start = await runUnitAction(runner, 'start', 'dc-fail.service', 'system');
    assert.notEqual(start.code, 0);
    assert.match(start.stderr, /dc-fail\.service/);
    const st = await queryUnitState(runner, 'dc-fail.service', 'system');
    assert.equal(st.label, 'failed (failed)');
    assert.equal(st.props.Result, 'exit-code');
    const status = await runUnitAction(runner, 'status', 'dc-fail.service', 'system');
    assert.equal(status.code, 3);
    assert.match(status.stdout, /failed/);
  });

  it('templates run as instances', async () => {
    const id = identity(join(work, 'dc-tpl@.service'));
    assert.equal(id.template, true);
    await assert.rejects(runUnitAction(runner, 'start', id.unitName, 'system'), UnitNameError);
    assert.ok((await runSteps(runner, planInstall(id, { mode: 'copy', home: '/root' }).steps)).ok);
    const unit = instantiate(id.unitName, escapeInstance('web one'));
    assert.equal(unit, 'dc-tpl@web\\x20one.service');
    assert.equal((await runUnitAction(runner, 'start', unit, 'system')).code, 0);
    await waitFor('instance log', async () => {
      const j = await runner.run(journalArgv(unit, 'system'));
      return j.stdout.includes('instance=web one') && j.stdout;
    });
  });

  it('NeedDaemonReload after the file changes, cleared by daemon-reload', async () => {
    writeFileSync(join(sandbox.etcUnits, 'dc-fail.service'), '[Service]\nType=oneshot\nExecStart=/bin/true\n');
    const st = await queryUnitState(runner, 'dc-fail.service', 'system');
    assert.equal(st.needDaemonReload, true);
    assert.ok((await runSteps(runner, [['systemctl', 'daemon-reload']])).ok);
    assert.equal((await queryUnitState(runner, 'dc-fail.service', 'system')).needDaemonReload, false);
  });

  it('shows the effective unit and notices a file shadowed by /etc/systemd/system', async () => {
    const vendor = '[Unit]\nDescription=vendor copy\n[Service]\nExecStart=/bin/sleep infinity\n';
    writeFileSync(join(sandbox.dir, 'lib-units', 'dc-shadow.service'), vendor);
    await runSteps(runner, [['systemctl', 'daemon-reload']]);
    const libId = identity('/usr/lib/systemd/system/dc-shadow.service');
    const first = await effectiveUnit(runner, libId, 'dc-shadow.service');
    assert.equal(first.shadowing, undefined);
    assert.match(first.text, /# (\/usr)?\/lib\/systemd\/system\/dc-shadow\.service/);

    writeFileSync(join(sandbox.etcUnits, 'dc-shadow.service'), vendor.replace('vendor copy', 'admin copy'));
    mkdirSync(join(sandbox.etcUnits, 'dc-shadow.service.d'));
    writeFileSync(join(sandbox.etcUnits, 'dc-shadow.service.d', 'limits.conf'), '[Service]\nLimitNOFILE=1024\n');
    await runSteps(runner, [['systemctl', 'daemon-reload']]);
    const second = await effectiveUnit(runner, libId, 'dc-shadow.service');
    assert.equal(second.shadowing?.by, '/etc/systemd/system/dc-shadow.service');
    assert.match(second.text, /admin copy/);
    assert.match(second.text, /# \/etc\/systemd\/system\/dc-shadow\.service\.d\/limits\.conf/);
    const dropIn = identity('/etc/systemd/system/dc-shadow.service.d/limits.conf');
    assert.equal((await effectiveUnit(runner, dropIn, 'dc-shadow.service')).shadowing, undefined);
  });

  it('verify turns systemd-analyze output into diagnostics with lines', async () => {
    const file = join(work, 'bad.service');
    const { diagnostics, record } = await verifyUnitFile(runner, file, 'system');
    assert.notEqual(record.code, 0);
    const unknown = diagnostics.find((d) => d.line === 2);
    assert.equal(unknown?.severity, 'warning');
    assert.match(unknown?.message ?? '', /Foo/);
    assert.equal(diagnostics.find((d) => d.line === 4)?.severity, 'error');
    const good = await verifyUnitFile(runner, join(work, 'dc-linked.service'), 'system');
    assert.equal(good.record.code, 0, good.record.stderr);
    assert.deepEqual(good.diagnostics, []);
  });

  it('an escaped name (systemd-escape --path) installs and loads as that unit: systemd checks it against Where=', async () => {
    const name = systemdEscape(DOCKER_VOLUMES_MOUNT);
    const file = join(work, name);
    writeFileSync(file, '[Mount]\nWhat=tmpfs\nWhere=/var/lib/docker-volumes\nType=tmpfs\n');
    const id = identity(file);
    assert.equal(id.unitName, name);
    const plan = planInstall(id, { mode: 'copy', home: '/root' });
    assert.equal(plan.destination, `/etc/systemd/system/${name}`);
    const r = await runSteps(runner, plan.steps);
    assert.ok(r.ok, r.records.map((x) => x.stderr).join('\n'));
    const state = await queryUnitState(runner, id.unitName, 'system');
    assert.equal(state.props.LoadState, 'loaded');
    assert.equal(state.props.FragmentPath, `/etc/systemd/system/${name}`);
  });

  it('a wrong unit name is refused before any process runs', async () => {
    let calls = 0;
    const spy: Runner = { run: (argv, o) => { calls++; return runner.run(argv, o); } };
    for (const name of ['dc-web', 'dc-web.service; reboot', 'dc web.service', 'dc-tpl@.service', '', 'x.conf']) {
      await assert.rejects(runUnitAction(spy, 'restart', name, 'system'), UnitNameError, JSON.stringify(name));
    }
    assert.equal(calls, 0);
  });

  it('logs argv, exit code and duration of every call', () => {
    assert.ok(log.length > 10);
    for (const r of log) {
      assert.deepEqual(r.spawned.slice(0, sandbox.prefix.length), sandbox.prefix);
      assert.ok(r.durationMs >= 0);
      assert.ok(r.code !== null || r.error !== undefined);
    }
  });
});
