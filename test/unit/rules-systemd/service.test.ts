import { describe, it } from 'node:test';
import { expectAt } from './helpers';

describe('systemd/restart-with-oneshot', () => {
  it('refuses Restart=always and on-success with Type=oneshot', () => {
    expectAt('systemd/restart-with-oneshot', '[Service]\nType=oneshot\nRestart=<<always>>\nExecStart=/bin/true\n');
    expectAt('systemd/restart-with-oneshot', '[Service]\nType=oneshot\nRestart=on-failure\nExecStart=/bin/true\n');
  });
  it('uses the older, stricter check before systemd 244', () => {
    expectAt('systemd/restart-with-oneshot', '[Service]\nType=oneshot\nRestart=<<on-failure>>\nExecStart=/bin/true\n', undefined, 240);
  });
});

describe('systemd/several-execstart', () => {
  it('refuses several ExecStart= outside oneshot', () => {
    expectAt('systemd/several-execstart', '[Service]\nExecStart=/bin/a\n<<ExecStart>>=/bin/b\n');
    expectAt('systemd/several-execstart', '[Service]\nType=oneshot\nExecStart=/bin/a\nExecStart=/bin/b\n');
  });
  it('counts only the commands after an empty ExecStart=', () => {
    expectAt('systemd/several-execstart', '[Service]\nExecStart=/bin/a\nExecStart=\nExecStart=/bin/b\n');
  });
  it('leaves drop-ins alone', () => {
    expectAt('systemd/several-execstart', '[Service]\nExecStart=/bin/a\nExecStart=/bin/b\n', '/etc/systemd/system/app.service.d/o.conf');
  });
});

describe('systemd/missing-execstart', () => {
  it('refuses a service with nothing to run', () => {
    expectAt('systemd/missing-execstart', '[<<Service>>]\nUser=x\n');
  });
  it('refuses a non-oneshot type without ExecStart=', () => {
    expectAt('systemd/missing-execstart', '[Service]\nType=<<simple>>\nExecStop=/bin/true\n');
  });
  it('needs RemainAfterExit=yes for a oneshot with only ExecStop=', () => {
    expectAt('systemd/missing-execstart', '[<<Service>>]\nExecStop=/bin/true\n');
    expectAt('systemd/missing-execstart', '[Service]\nExecStop=/bin/true\nRemainAfterExit=yes\n');
  });
  it('accepts SuccessAction= instead of commands', () => {
    expectAt('systemd/missing-execstart', '[Unit]\nSuccessAction=exit\n[Service]\nType=oneshot\nRemainAfterExit=no\n');
  });
});

describe('systemd/dbus-without-busname and exit-type-with-oneshot', () => {
  it('refuses Type=dbus without BusName=', () => {
    expectAt('systemd/dbus-without-busname', '[Service]\nType=<<dbus>>\nExecStart=/bin/true\n');
  });
  it('refuses ExitType=cgroup with oneshot', () => {
    expectAt('systemd/exit-type-with-oneshot', '[Service]\nType=oneshot\nExitType=<<cgroup>>\nExecStart=/bin/true\n');
  });
});
