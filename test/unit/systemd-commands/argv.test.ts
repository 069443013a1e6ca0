import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  copyArgv, daemonReloadArgv, displayArgv, journalArgv, linkArgv, showArgv, unitActionArgv, verifyArgv, type UnitAction,
} from '../../../client/src/systemd/argv';
import { UnitNameError } from '../../../client/src/systemd/unitName';

describe('argv builders', () => {
  it('puts -- before the unit name, --user for user scope', () => {
    const actions: UnitAction[] = ['start', 'stop', 'restart', 'reload', 'enable', 'disable', 'is-active'];
    for (const a of actions) {
      assert.deepEqual(unitActionArgv(a, 'x.service', 'system'), ['systemctl', a, '--', 'x.service']);
      assert.deepEqual(unitActionArgv(a, 'x.service', 'user'), ['systemctl', '--user', a, '--', 'x.service']);
    }
    assert.deepEqual(unitActionArgv('enable-now', 'x.service', 'system'), ['systemctl', 'enable', '--now', '--', 'x.service']);
    assert.deepEqual(unitActionArgv('status', '-.mount', 'system'), ['systemctl', 'status', '--no-pager', '--full', '--lines=20', '--', '-.mount']);
    assert.deepEqual(unitActionArgv('cat', 'x.service', 'user'), ['systemctl', '--user', 'cat', '--no-pager', '--', 'x.service']);
    assert.deepEqual(daemonReloadArgv('system'), ['systemctl', 'daemon-reload']);
    assert.deepEqual(daemonReloadArgv('user'), ['systemctl', '--user', 'daemon-reload']);
  });

  it('show asks for the state properties', () => {
    const argv = showArgv('x.service', 'system');
    assert.equal(argv[1], 'show');
    assert.match(argv[2], /^--property=.*ActiveState.*SubState.*MainPID.*NeedDaemonReload.*FragmentPath.*DropInPaths/);
    assert.deepEqual(argv.slice(3), ['--', 'x.service']);
    assert.throws(() => showArgv('x.service', 'system', ['A,B']));
  });

  it('refuses invalid names and templates before building anything', () => {
    for (const n of ['x', 'a;b.service', '$(id).service', 'a b.service', 'tpl@.service', '--now.servic']) {
      assert.throws(() => unitActionArgv('start', n, 'system'), UnitNameError, n);
      assert.throws(() => journalArgv(n, 'system'), UnitNameError, n);
    }
  });

  it('journal, verify, link, copy', () => {
    assert.deepEqual(journalArgv('x.service', 'system', { follow: true, lines: 50 }), ['journalctl', '--unit=x.service', '--no-pager', '--lines=50', '--follow']);
    assert.deepEqual(journalArgv('x.service', 'user'), ['journalctl', '--user', '--unit=x.service', '--no-pager']);
    assert.deepEqual(verifyArgv('/tmp/-x.service', 'system'), ['systemd-analyze', 'verify', '--', '/tmp/-x.service']);
    assert.deepEqual(verifyArgv('/tmp/x.service', 'user'), ['systemd-analyze', '--user', 'verify', '--', '/tmp/x.service']);
    assert.deepEqual(linkArgv('/srv/x.service', 'system'), ['systemctl', 'link', '--', '/srv/x.service']);
    assert.deepEqual(copyArgv('/srv/x.service', '/etc/systemd/system/x.service'), ['install', '-D', '-m', '0644', '-T', '--', '/srv/x.service', '/etc/systemd/system/x.service']);
    assert.throws(() => verifyArgv('relative.service', 'system'));
    assert.throws(() => linkArgv('x.service', 'system'));
  });

  it('uses configured executables', () => {
    const exe = { systemctl: '/opt/bin/systemctl', journalctl: '/opt/bin/journalctl', systemdAnalyze: '/opt/bin/systemd-analyze' };
    assert.equal(unitActionArgv('start', 'x.service', 'system', exe)[0], '/opt/bin/systemctl');
    assert.equal(journalArgv('x.service', 'system', {}, exe)[0], '/opt/bin/journalctl');
    assert.equal(verifyArgv('/x.service', 'system', exe)[0], '/opt/bin/systemd-analyze');
  });

  it('quotes for display only', () => {
    assert.equal(displayArgv(['systemctl', 'start', '--', 'x.service']), 'systemctl start -- x.service');
    assert.equal(displayArgv(['install', '--', "/tmp/it's here"]), `install -- '/tmp/it'\\''s here'`);
  });
});
