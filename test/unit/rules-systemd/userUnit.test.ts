import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { diagnose, expectAt } from './helpers';

const USER = '/home/ann/.config/systemd/user/sync.service';
const SYSTEM = '/etc/systemd/system/sync.service';
type Fixes = { fixes: { title: string; edits: { range: unknown; newText: string }[] }[] };

describe('systemd/system-target-in-user-unit', () => {
  it('warns about WantedBy=multi-user.target in a user unit and offers default.target', () => {
    const [d] = expectAt('systemd/system-target-in-user-unit',
      '[Service]\nExecStart=/usr/bin/sync\n[Install]\nWantedBy=<<multi-user.target>>\n', USER);
    assert.equal(d.severity, 2);
    assert.match(String(d.message), /user manager has no multi-user\.target/);
    assert.doesNotMatch(String(d.message), /`/);
    const fix = (d.data as Fixes).fixes[0];
    assert.equal(fix.title, 'Change to default.target');
    assert.deepEqual(fix.edits, [{ range: d.range, newText: 'default.target' }]);
  });

  it('flags every system-only target of the install hooks and hard dependencies, nothing the user manager has', () => {
    expectAt('systemd/system-target-in-user-unit',
      '[Unit]\nRequires=<<network-online.target>> dbus.socket\nAfter=network-online.target\nWants=network-online.target\n'
      + '[Service]\nExecStart=/usr/bin/sync\n[Install]\nWantedBy=default.target <<graphical.target>> timers.target\n'
      + 'RequiredBy=<<sysinit.target>> graphical-session.target\n', USER);
  });

  it('says nothing for system units, units in project folders, or a user unit hooked into default.target', () => {
    const text = '[Service]\nExecStart=/usr/bin/sync\n[Install]\nWantedBy=multi-user.target\n';
    for (const path of [SYSTEM, '/srv/project/sync.service']) expectAt('systemd/system-target-in-user-unit', text, path);
    expectAt('systemd/system-target-in-user-unit', text.replace('multi-user', 'default'), USER);
  });
});

describe('systemd/system-only-setting', () => {
  it('warns about User=, Group= and SupplementaryGroups= in a user unit, naming the 216/GROUP failure', () => {
    const found = expectAt('systemd/system-only-setting',
      '[Service]\n<<User>>=ann\n<<Group>>=staff\n<<SupplementaryGroups>>=audio video\nExecStart=/usr/bin/sync\n', USER);
    assert.ok(found.every((d) => d.severity === 2 && /216\/GROUP/.test(String(d.message))), JSON.stringify(found));
    assert.match(String(found[0].message), /even when it names your own user/);
  });

  it('warns about DynamicUser=yes (217/USER), not DynamicUser=no', () => {
    const [d] = expectAt('systemd/system-only-setting', '[Service]\n<<DynamicUser>>=yes\nExecStart=/usr/bin/sync\n', USER);
    assert.match(String(d.message), /217\/USER/);
    expectAt('systemd/system-only-setting', '[Service]\nDynamicUser=no\nExecStart=/usr/bin/sync\n', USER);
  });

  it('offers to remove the line', () => {
    const [d] = expectAt('systemd/system-only-setting', '[Service]\n<<User>>=ann\nExecStart=/usr/bin/sync\n', USER);
    const fix = (d.data as Fixes).fixes[0];
    assert.equal(fix.title, 'Remove User=');
    assert.deepEqual(fix.edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }]);
  });

  it('says nothing in system units, for an empty reset, or for the scope the user chose', () => {
    expectAt('systemd/system-only-setting', '[Service]\nUser=ann\nExecStart=/usr/bin/sync\n', SYSTEM);
    expectAt('systemd/system-only-setting', '[Service]\nUser=\nExecStart=/usr/bin/sync\n', USER);
    const chosen = (scope: 'system' | 'user') => {
      const analyzed = analyze('file:///srv/project/sync.service', 1, '[Service]\nUser=ann\nExecStart=/usr/bin/sync\n', 'systemd-unit', scope)!;
      return computeDiagnostics(analyzed, { systemdVersion: 252 }).map((d) => d.code);
    };
    assert.ok(chosen('user').includes('systemd/system-only-setting'));
    assert.ok(!chosen('system').includes('systemd/system-only-setting'));
  });
});

describe('systemd/no-install-section in a user unit', () => {
  it('offers WantedBy=default.target', () => {
    const d = diagnose('[Service]\nExecStart=/usr/bin/sync\n', USER).find((x) => x.code === 'systemd/no-install-section');
    assert.match(JSON.stringify(d?.data), /WantedBy=default\.target/);
  });
});
