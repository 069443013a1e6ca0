import { strict as assert } from 'node:assert';
import { lstatSync } from 'node:fs';
import { describe, it } from 'node:test';
import { unitIdentityFromPath, type UnitIdentity } from '../../../client/src/systemd/identity';
import { detectShadowing, parseShowOutput, planInstall, queryUnitState, resolvePath, stateLabel } from '../../../client/src/systemd/operations';
import type { RunRecord, Runner } from '../../../client/src/systemd/runner';

function id(file: string): UnitIdentity {
  const r = unitIdentityFromPath(file);
  if (!r.ok) throw new Error(r.reason);
  return r.identity;
}

function fakeRunner(stdout: string, code = 0): Runner & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async run(argv: string[]): Promise<RunRecord> {
      calls.push(argv);
      return { argv, spawned: argv, code, signal: null, durationMs: 1, stdout, stderr: '' };
    },
  };
}

describe('systemd operations', () => {
  it('parses show output and labels the state', () => {
    const p = parseShowOutput('Id=x.service\nActiveState=active\nSubState=running\nMainPID=42\nExecMainStatus=0\nEnvironment=A=B C=D\n');
    assert.equal(p.Environment, 'A=B C=D');
    assert.equal(stateLabel(p), 'active (running)');
    assert.equal(stateLabel({ LoadState: 'not-found', ActiveState: 'inactive', SubState: 'dead' }), 'not-found');
    assert.equal(stateLabel({}), 'unknown');
  });

  it('queries the state with show', async () => {
    const r = fakeRunner('LoadState=loaded\nActiveState=failed\nSubState=failed\nMainPID=0\nNeedDaemonReload=yes\n');
    const s = await queryUnitState(r, 'x.service', 'user');
    assert.equal(s.label, 'failed (failed)');
    assert.equal(s.needDaemonReload, true);
    assert.equal(s.mainPid, 0);
    assert.deepEqual(r.calls[0].slice(0, 3), ['systemctl', '--user', 'show']);
  });

  it('plans install by link or copy, drop-ins by copy, then daemon-reload', () => {
    const link = planInstall(id('/srv/app/x.service'), { mode: 'link', home: '/home/u' });
    assert.deepEqual(link.steps, [['systemctl', 'link', '--', '/srv/app/x.service'], ['systemctl', 'daemon-reload']]);
    assert.equal(link.destination, '/etc/systemd/system/x.service');
    const copy = planInstall(id('/home/u/.config/systemd/user/y.service'), { mode: 'copy', home: '/home/u', unitDirectory: '/tmp/units' });
    assert.deepEqual(copy.steps, [['install', '-D', '-m', '0644', '-T', '--', '/home/u/.config/systemd/user/y.service', '/tmp/units/y.service'], ['systemctl', '--user', 'daemon-reload']]);
    const drop = planInstall(id('/srv/app/x.service.d/limits.conf'), { mode: 'link', home: '/home/u' });
    assert.equal(drop.destination, '/etc/systemd/system/x.service.d/limits.conf');
    assert.equal(drop.steps[0][0], 'install');
    assert.throws(() => planInstall(id('/etc/systemd/system/.#x.service0123456789abcdef'), { mode: 'copy', home: '/h' }));
    const inPlace = planInstall(id('/etc/systemd/system/x.service'), { mode: 'link', home: '/h' });
    assert.deepEqual(inPlace, { destination: '/etc/systemd/system/x.service', steps: [['systemctl', 'daemon-reload']] });
    const dropInPlace = planInstall(id('/home/u/.config/systemd/user/y.service.d/a.conf'), { mode: 'copy', home: '/home/u' });
    assert.deepEqual(dropInPlace.steps, [['systemctl', '--user', 'daemon-reload']]);
  });

  it('detects a unit file shadowed by a higher-priority one', () => {
    const same = (p: string) => p;
    const lib = id('/usr/lib/systemd/system/x.service');
    assert.equal(detectShadowing(lib, { LoadState: 'loaded', FragmentPath: '/usr/lib/systemd/system/x.service' }, same), undefined);
    const s = detectShadowing(lib, { LoadState: 'loaded', FragmentPath: '/etc/systemd/system/x.service' }, same);
    assert.equal(s?.by, '/etc/systemd/system/x.service');
    assert.match(detectShadowing(lib, { LoadState: 'masked', Id: 'x.service', FragmentPath: '/etc/systemd/system/x.service' }, same)?.reason ?? '', /masked/);
    assert.match(detectShadowing(lib, { LoadState: 'not-found', FragmentPath: '' }, same)?.reason ?? '', /no unit file/);
  });

  it('detects a drop-in shadowed by one of the same name', () => {
    const same = (p: string) => p;
    const d = id('/usr/lib/systemd/system/x.service.d/10-a.conf');
    assert.equal(detectShadowing(d, { DropInPaths: '/usr/lib/systemd/system/x.service.d/10-a.conf /etc/systemd/system/x.service.d/b.conf' }, same), undefined);
    assert.equal(detectShadowing(d, { DropInPaths: '/etc/systemd/system/x.service.d/10-a.conf' }, same)?.by, '/etc/systemd/system/x.service.d/10-a.conf');
    assert.match(detectShadowing(d, { DropInPaths: '' }, same)?.reason ?? '', /does not use/);
  });

  it('compares paths through symlinked folders (merged /usr) even for missing files', {
    skip: (() => { try { return lstatSync('/lib').isSymbolicLink() ? false : '/lib is not a symlink here'; } catch { return 'no /lib'; } })(),
  }, () => {
    assert.equal(resolvePath('/lib/systemd/system/dc-no-such-unit.service'), resolvePath('/usr/lib/systemd/system/dc-no-such-unit.service'));
    assert.equal(resolvePath('/no/such/dir/../x.service'), '/no/such/x.service');
    const vendor = id('/usr/lib/systemd/system/dc-no-such-unit.service');
    assert.equal(detectShadowing(vendor, { LoadState: 'loaded', FragmentPath: '/lib/systemd/system/dc-no-such-unit.service' }), undefined);
  });
});
