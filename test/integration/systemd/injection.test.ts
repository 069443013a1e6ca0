// Hostile unit names and paths: they must never reach a shell and never act on another unit.
// A canary unit runs throughout; every hostile string tries to create a marker file or to stop
// the canary. Afterwards the marker must not exist and the canary must have the same main PID.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  chainSteps, copyArgv, createExecFileRunner, daemonReloadArgv, journalArgv, planInstall, planInvocation, queryUnitState,
  runSteps, runUnitAction, unitIdentityFromPath, UnitNameError, verifyUnitFile, type Runner, type UnitAction,
} from '../../../client/src/systemd';
import { sandboxSkipReason, startSandbox, type SystemdSandbox } from '../../helpers/systemdSandbox';
import { waitFor } from './waitFor';

const skip = sandboxSkipReason() ?? false;

describe('injection: names and paths never reach a shell', { skip, timeout: 180_000 }, () => {
  let sandbox: SystemdSandbox;
  let runner: Runner;
  let work: string;
  let marker: string;
  let canaryPid: number;
  let calls = 0;

  const hostile = (m: string): string[] => [
    `canary.service; touch ${m}`,
    `$(touch ${m}).service`,
    `\`touch ${m}\`.service`,
    `x" ; touch ${m} ; ".service`,
    `x' ; touch ${m} ; '.service`,
    'canary.service other.service',
    `canary.service\ntouch ${m}`,
    `x.service\\; touch ${m}`,
    'canary.service stop',
    '--now',
    '-H',
    ` canary.service`,
    `x@$(touch ${m}).service`,
    `x@a b.service`,
    '../canary.service',
    'canary.service/',
  ];

  before(async () => {
    sandbox = await startSandbox();
    const real = createExecFileRunner({ prefix: sandbox.prefix });
    runner = { run: (argv, o) => { calls++; return real.run(argv, o); } };
    work = mkdtempSync('/tmp/dc-systemd-inj.');
    marker = join(work, 'pwned');
    writeFileSync(join(sandbox.etcUnits, 'canary.service'), '[Service]\nExecStart=/bin/sleep infinity\n');
    assert.ok((await runSteps(runner, [daemonReloadArgv('system'), ['systemctl', 'start', '--', 'canary.service']])).ok);
    canaryPid = (await waitFor('canary running', async () => {
      const s = await queryUnitState(runner, 'canary.service', 'system');
      return s.label === 'active (running)' && s;
    })).mainPid;
  });

  after(async () => {
    await sandbox?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function assertUntouched(): Promise<void> {
    assert.equal(existsSync(marker), false, 'the marker file was created: something ran a shell');
    const s = await queryUnitState(runner, 'canary.service', 'system');
    assert.equal(s.label, 'active (running)');
    assert.equal(s.mainPid, canaryPid, 'the canary was restarted');
  }

  it('invalid names are refused before any process is started', async () => {
    const actions: UnitAction[] = ['start', 'stop', 'restart', 'reload', 'enable', 'enable-now', 'disable', 'status', 'cat', 'show'];
    const before = calls;
    for (const name of hostile(marker)) {
      for (const action of actions) {
        await assert.rejects(runUnitAction(runner, action, name, 'system'), UnitNameError, `${action} ${JSON.stringify(name)}`);
      }
      assert.throws(() => journalArgv(name, 'system'), UnitNameError);
      if (!name.includes('/')) assert.equal(unitIdentityFromPath(`${work}/${name}`).ok, false, JSON.stringify(name));
    }
    assert.equal(calls, before, 'the runner was called');
    await assertUntouched();
  });

  it('valid names that look like options stay names after --', async () => {
    for (const name of ['-.service', '--now.service', '-H.service', '--help.service', '-canary.service']) {
      for (const action of ['stop', 'restart', 'disable'] as const) {
        const r = await runUnitAction(runner, action, name, 'system');
        assert.notEqual(r.code, 0, `${action} ${name} should fail: no such unit`);
        assert.match(r.stderr, /not (found|loaded)|does not exist|No such file/i, `${action} ${name}: ${r.stderr}`);
      }
    }
    await assertUntouched();
  });

  it('hostile folders: install, verify and the terminal chain treat paths as data', async () => {
    const dir = join(work, `a;b $(touch ${marker}) \`touch ${marker}\` "q" 'r' \\ -d\nnl`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'dc-inj.service');
    writeFileSync(file, '[Service]\nExecStart=/bin/sleep infinity\n');
    const r = unitIdentityFromPath(file);
    assert.ok(r.ok);
    const plan = planInstall(r.identity, { mode: 'copy', home: '/root' });
    assert.ok((await runSteps(runner, plan.steps)).ok);
    assert.ok(existsSync(join(sandbox.etcUnits, 'dc-inj.service')));

    const linkFile = join(dir, 'dc-inj-link.service');
    writeFileSync(linkFile, '[Service]\nExecStart=/bin/sleep infinity\n');
    const lr = unitIdentityFromPath(linkFile);
    assert.ok(lr.ok);
    const linked = await runSteps(runner, planInstall(lr.identity, { mode: 'link', home: '/root' }).steps);
    assert.ok(linked.ok, linked.records.map((x) => x.stderr).join('\n'));
    assert.equal((await queryUnitState(runner, 'dc-inj-link.service', 'system')).props.LoadState, 'loaded');

    await verifyUnitFile(runner, file, 'system');

    // What a non-root user would get in a terminal: sudo + /bin/sh with a constant script.
    const terminal = planInvocation(
      [copyArgv(file, '/etc/systemd/system/dc-inj2.service'), daemonReloadArgv('system')],
      'system', true, { isRoot: false, helper: 'sudo' },
    );
    assert.equal(terminal.kind, 'terminal');
    if (terminal.kind !== 'terminal') return;
    assert.equal(terminal.shellPath, 'sudo');
    assert.equal(terminal.shellArgs[0], '--');
    const script = terminal.shellArgs[3];
    assert.match(script, /^("\$\{\d+\}"( |( && )))+"\$\{\d+\}"$/);
    // Run the same chain without sudo (we are root in the sandbox).
    const chained = await runner.run(terminal.shellArgs.slice(1));
    assert.equal(chained.code, 0, chained.stderr);
    assert.deepEqual(terminal.shellArgs.slice(1), chainSteps([copyArgv(file, '/etc/systemd/system/dc-inj2.service'), daemonReloadArgv('system')]));
    assert.ok(existsSync(join(sandbox.etcUnits, 'dc-inj2.service')));
    await assertUntouched();
  });
});
