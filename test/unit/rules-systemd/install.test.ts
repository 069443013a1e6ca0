import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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

describe('systemd/wantedby-non-target', () => {
  it('warns about each non-target name', () => {
    expectAt('systemd/wantedby-non-target',
      '[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target <<nginx.service>>\nRequiredBy=<<x.socket>>\n');
  });
});
