import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { expectAt } from './helpers';

describe('systemd/no-install-section', () => {
  it('tells that the unit cannot be enabled and offers WantedBy=multi-user.target', () => {
    const [d] = expectAt('systemd/no-install-section', '[<<Unit>>]\nDescription=x\n[Service]\nExecStart=/bin/true\n');
    assert.equal(d.severity, 3);
    const fix = (d.data as { fixes: { title: string; edits: { newText: string }[] }[] }).fixes[0];
    assert.match(fix.edits[0].newText, /\[Install\]\nWantedBy=multi-user\.target\n/);
  });
  it('writes the added section with the line breaks the file already uses', () => {
    const [d] = expectAt('systemd/no-install-section', '[<<Unit>>]\r\nDescription=x\r\n[Service]\r\nExecStart=/bin/true\r\n');
    const fix = (d.data as { fixes: { edits: { newText: string }[] }[] }).fixes[0];
    assert.equal(fix.edits[0].newText, '\r\n[Install]\r\nWantedBy=multi-user.target\r\n');
  });
  it('picks timers.target for a timer, and says nothing for drop-ins or units with [Install]', () => {
    const [d] = expectAt('systemd/no-install-section', '[<<Timer>>]\nOnCalendar=daily\n', '/etc/systemd/system/a.timer');
    assert.match(JSON.stringify(d.data), /timers\.target/);
    expectAt('systemd/no-install-section', '[Service]\nExecStart=/bin/true\n', '/etc/systemd/system/app.service.d/o.conf');
    expectAt('systemd/no-install-section', '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n');
  });
});

describe('systemd/no-install-section beside a trigger', () => {
  const codesFor = (files: Record<string, string>) => {
    const analyzed = analyze('file:///srv/units/backup.service', 1, '[Service]\nType=oneshot\nExecStart=/bin/true\n', 'systemd-unit')!;
    const workspace = { readFile: (path: string) => files[path], glob: () => [] };
    return computeDiagnostics(analyzed, { systemdVersion: 252 }, workspace).map((d) => d.code);
  };
  it('stays quiet for a service that a timer, socket or path unit of its name starts', () => {
    for (const type of ['timer', 'socket', 'path']) {
      assert.ok(!codesFor({ [`/srv/units/backup.${type}`]: '[Install]\nWantedBy=timers.target\n' }).includes('systemd/no-install-section'), type);
    }
  });
  it('still speaks when the trigger belongs to another unit', () => {
    assert.ok(codesFor({ '/srv/units/other.timer': '' }).includes('systemd/no-install-section'));
  });
});

describe('systemd/wantedby-non-target', () => {
  it('warns about each non-target name', () => {
    expectAt('systemd/wantedby-non-target',
      '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target <<nginx.service>>\nRequiredBy=<<x.socket>>\n');
  });
});
