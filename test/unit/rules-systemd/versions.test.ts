import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAt } from './helpers';

describe('systemd/newer-than-target', () => {
  it('flags a directive added after the target release', () => {
    expectAt('systemd/newer-than-target', '[Service]\nExecStart=/bin/true\n<<RestartMode>>=direct\n', undefined, 252);
    expectAt('systemd/newer-than-target', '[Service]\nExecStart=/bin/true\nRestartMode=direct\n', undefined, 254);
  });
  it('flags a directive gone before the target release', () => {
    expectAt('systemd/gone-at-target', '[Unit]\n<<ConditionNull>>=true\n[Service]\nExecStart=/bin/true\n', undefined, 252);
  });
});

describe('systemd/deprecated-directive and removed-directive', () => {
  it('offers the renamed key as a fix', () => {
    const [d] = expectAt('systemd/deprecated-directive', '[Unit]\n<<StartLimitInterval>>=10s\n[Service]\nExecStart=/bin/true\n');
    const fixes = (d.data as { fixes: { title: string; edits: { newText: string }[] }[] }).fixes;
    assert.equal(fixes[0].edits[0].newText, 'StartLimitIntervalSec');
  });
  it('moves a [Service] compat copy to [Unit]', () => {
    const [d] = expectAt('systemd/deprecated-directive', '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n<<StartLimitBurst>>=3\n');
    const fixes = (d.data as { fixes: { title: string }[] }).fixes;
    assert.match(fixes[0].title, /\[Unit\]/);
  });
  it('warns about legacy settings and says which release stops honouring them', () => {
    const [d] = expectAt('systemd/deprecated-directive', '[Service]\nExecStart=/bin/true\n<<MemoryLimit>>=1G\n', undefined, 252);
    assert.match(String(d.message), /MemoryMax/);
    expectAt('systemd/removed-directive', '[Service]\nExecStart=/bin/true\n<<MemoryLimit>>=1G\n', undefined, 258);
  });
});

describe('systemd/deprecated-value', () => {
  it('flags KillMode=none and StandardOutput=syslog', () => {
    expectAt('systemd/deprecated-value', '[Service]\nExecStart=/bin/true\nKillMode=<<none>>\nStandardOutput=<<syslog>>\n');
  });
});

describe('systemd/empty-value', () => {
  it('flags empty values where systemd refuses them, not where they reset', () => {
    expectAt('systemd/empty-value', '[Service]\nExecStart=/bin/true\n<<RestartSec>>=\nEnvironment=\nExecStartPre=\n<<Type>>=\n');
  });
});

describe('systemd/ignored-in-section', () => {
  it('flags Delegate= in a socket', () => {
    expectAt('systemd/ignored-in-section', '[Socket]\nListenStream=80\n<<Delegate>>=yes\n', '/etc/systemd/system/a.socket');
  });
});
