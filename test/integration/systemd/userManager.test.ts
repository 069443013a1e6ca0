// The user-unit checks against a real per-user systemd manager (systemd --user, run as nobody
// inside the sandbox): what a warning says happens at start is what the manager does.
import { strict as assert } from 'node:assert';
import { chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { sandboxSkipReason, startSandbox, type SystemdSandbox } from '../../helpers/systemdSandbox';
import { waitFor } from './waitFor';

const skip = sandboxSkipReason() ?? false;
const NOBODY = 65534;

/** Units whose one setting a user's manager cannot apply, with the log line the warning quotes. */
const CASES = [
  { unit: 'dc-user.service', setting: 'User=nobody', status: 216, log: 'Failed to determine supplementary groups: Operation not permitted' },
  { unit: 'dc-group.service', setting: 'Group=root', status: 216, log: 'Changing group credentials failed: Operation not permitted' },
  { unit: 'dc-groups.service', setting: 'SupplementaryGroups=root', status: 216, log: 'Changing group credentials failed: Operation not permitted' },
  { unit: 'dc-dynamic.service', setting: 'DynamicUser=yes', status: 217, log: 'Failed to update dynamic user credentials: Permission denied' },
];

describe('user-unit checks against a real user manager', { skip, timeout: 180_000 }, () => {
  let sandbox: SystemdSandbox;
  let base: string;
  let unitDir: string;
  let env: string[];
  const asUser = (argv: string[]) => sandbox.exec(['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'env', ...env, ...argv]);
  const show = async (unit: string) => {
    const r = await asUser(['systemctl', '--user', 'show', '--property=LoadState,Result,ExecMainStatus', '--', unit]);
    return Object.fromEntries(r.stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  };
  const diagnose = (file: string, text: string) =>
    computeDiagnostics(analyze(`file://${file}`, 1, text, 'systemd-unit')!, { systemdVersion: 252 })
      .filter((d) => /system-only-setting|system-target-in-user-unit/.test(String(d.code)));

  before(async () => {
    sandbox = await startSandbox();
    base = mkdtempSync('/tmp/dc-um-');
    const runtime = join(base, 'run');
    const config = join(base, '.config');
    unitDir = join(config, 'systemd', 'user');
    mkdirSync(unitDir, { recursive: true });
    mkdirSync(runtime, { mode: 0o700 });
    for (const dir of [base, runtime, config, join(config, 'systemd'), unitDir]) chownSync(dir, NOBODY, NOBODY);
    // The manager reads $HOME/.config/systemd/user, the folder the checks know as a user unit folder.
    env = [`XDG_RUNTIME_DIR=${runtime}`, `HOME=${base}`];
    const started = await sandbox.exec(['systemd-run', `--uid=${NOBODY}`, `--gid=${NOBODY}`, '--property=Delegate=yes', '--unit=dc-user-manager',
      ...env.flatMap((e) => ['--setenv', e]), '/lib/systemd/systemd', '--user']);
    assert.equal(started.code, 0, started.stderr);
    await waitFor('the user manager', async () => (await asUser(['systemctl', '--user', 'is-system-running'])).stdout.trim() !== '');
  });

  after(async () => {
    await sandbox?.stop();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('a unit without those settings starts, and gets no warning', async () => {
    const text = '[Service]\nType=oneshot\nExecStart=/bin/true\n';
    writeFileSync(join(unitDir, 'dc-plain.service'), text);
    assert.deepEqual(diagnose(join(unitDir, 'dc-plain.service'), text), []);
    const r = await asUser(['systemctl', '--user', 'start', 'dc-plain.service']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await show('dc-plain.service')).Result, 'success');
  });

  for (const c of CASES) {
    it(`${c.setting}: warned about, and the start fails with the status and log line the warning names`, async () => {
      const text = `[Service]\nType=oneshot\n${c.setting}\nExecStart=/bin/true\n`;
      const file = join(unitDir, c.unit);
      writeFileSync(file, text);
      const [warning] = diagnose(file, text);
      assert.equal(warning?.code, 'systemd/system-only-setting');
      assert.ok(String(warning.message).includes(`status ${c.status}/`), String(warning.message));
      assert.ok(String(warning.message).includes(c.log), String(warning.message));

      const start = await asUser(['systemctl', '--user', 'start', '--', c.unit]);
      assert.notEqual(start.code, 0, 'the start fails');
      const state = await show(c.unit);
      assert.equal(state.LoadState, 'loaded', 'systemd loads the unit without complaint');
      assert.equal(state.ExecMainStatus, String(c.status));
      await waitFor(`the log line of ${c.unit}`, async () => {
        const j = await sandbox.exec(['journalctl', '--no-pager', '-o', 'cat']);
        return j.stdout.includes(`${c.unit}: ${c.log}`);
      });
    });
  }

  it('the user manager has default.target and no multi-user.target', async () => {
    assert.equal((await show('default.target')).LoadState, 'loaded');
    assert.equal((await show('multi-user.target')).LoadState, 'not-found');
    const text = '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n';
    assert.deepEqual(diagnose(join(unitDir, 'dc-hooked.service'), text).map((d) => d.code), ['systemd/system-target-in-user-unit']);
    assert.deepEqual(diagnose(join(unitDir, 'dc-hooked.service'), text.replace('multi-user', 'default')), []);
  });

  it('Requires= on a system-only target: warned about, and the start fails (unit not found)', async () => {
    const text = '[Unit]\nRequires=network-online.target\n[Service]\nType=oneshot\nExecStart=/bin/true\n';
    const file = join(unitDir, 'dc-needs-net.service');
    writeFileSync(file, text);
    const [warning] = diagnose(file, text);
    assert.equal(warning?.code, 'systemd/system-target-in-user-unit');
    assert.match(String(warning.message), /starting this unit fails/);
    const start = await asUser(['systemctl', '--user', 'start', '--', 'dc-needs-net.service']);
    assert.notEqual(start.code, 0);
    assert.match(start.stderr, /network-online\.target not found/);
  });
});
