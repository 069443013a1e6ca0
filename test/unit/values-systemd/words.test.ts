import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemdSchema } from '../../../server/src/schema/systemd';
import { check, ok } from './helpers';

const spec = (name: string) => {
  const d = systemdSchema.directives.find((x) => x.name === name && x.value.kind === 'enum');
  if (!d) throw new Error(name);
  return d.value;
};

describe('enums', () => {
  it('accepts listed words, case-sensitively', () => {
    assert.ok(ok('enum', 'simple', 'Type', 261, spec('Type')));
    assert.ok(!ok('enum', 'Simple', 'Type', 261, spec('Type')));
  });
  it('knows when a word appeared', () => {
    const issues = check('enum', 'notify-reload', 'Type', 252, spec('Type'));
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'systemd/value-newer-than-target');
    assert.ok(ok('enum', 'notify-reload', 'Type', 253, spec('Type')));
  });
  it('PrivateTmp=disconnected is fine at 257 and newer than 252', () => {
    assert.ok(ok('enum', 'disconnected', 'PrivateTmp', 257, spec('PrivateTmp')));
    assert.ok(ok('enum', 'yes', 'PrivateTmp', 252, spec('PrivateTmp')));
    assert.equal(check('enum', 'disconnected', 'PrivateTmp', 252, spec('PrivateTmp'))[0].code, 'systemd/value-newer-than-target');
  });
  it('names the words even when the target predates them all', () => {
    const [issue] = check('enum', 'bogus', 'MemoryPressureWatch', 252, spec('MemoryPressureWatch'));
    assert.doesNotMatch(issue.message, /one of: ,/);
    assert.match(issue.message, /expected one of: .*auto.*, or a boolean\./);
  });
  it('takes booleans where the enum does', () => {
    assert.ok(ok('enum', 'true', 'ProtectSystem', 261, spec('ProtectSystem')));
    assert.ok(ok('enum', 'strict', 'ProtectSystem', 261, spec('ProtectSystem')));
    assert.ok(!ok('enum', 'strict', 'Type', 261, spec('Type')));
  });
  it('takes prefix forms such as file:PATH', () => {
    assert.ok(ok('enum', 'append:/var/log/x.log', 'StandardOutput', 261, spec('StandardOutput')));
    assert.ok(ok('enum', 'journal+console', 'StandardOutput', 261, spec('StandardOutput')));
    assert.ok(!ok('enum', 'logfile', 'StandardOutput', 261, spec('StandardOutput')));
  });
  it('marks the bad word in a list', () => {
    const issues = check('enum', 'cpu bogus', 'DisableControllers', 261, spec('DisableControllers'));
    assert.deepEqual(issues.map((i) => [i.start, i.end]), [[4, 9]]);
  });
  it('takes ProtectHostname=private:NAME from systemd 258', () => {
    assert.ok(ok('enum', 'private:box', 'ProtectHostname', 258, spec('ProtectHostname')));
    assert.equal(check('enum', 'private:box', 'ProtectHostname', 257, spec('ProtectHostname'))[0].code, 'systemd/value-newer-than-target');
    assert.ok(!ok('enum', 'no:box', 'ProtectHostname', 261, spec('ProtectHostname')));
  });
  it('takes a number where the enum also reads one', () => {
    assert.ok(ok('enum', '3', 'SyslogLevel', 261, spec('SyslogLevel')));
  });
});

describe('paths', () => {
  it('needs absolute paths; specifiers that expand to one count', () => {
    assert.ok(ok('path', '/run/x.pid', 'PIDFile'));
    assert.ok(ok('path', '%t/x.pid', 'PIDFile'));
    assert.ok(!ok('path', 'run/x.pid', 'PIDFile'));
  });
  it('allows - in front of EnvironmentFile= and ~ for WorkingDirectory=', () => {
    assert.ok(ok('path', '-/etc/default/x', 'EnvironmentFile'));
    assert.ok(ok('path', '~', 'WorkingDirectory'));
    assert.ok(ok('path', '-/srv', 'WorkingDirectory'));
  });
  it('checks every path of a list', () => {
    const issues = check('path', '/a x /b', 'RequiresMountsFor', 261, { list: true });
    assert.deepEqual(issues.map((i) => [i.start, i.end]), [[3, 4]]);
  });
  it('condition paths take | and !', () => {
    assert.ok(ok('condition-path', '|!/etc/x', 'ConditionPathExists'));
    assert.ok(!ok('condition-path', '!etc/x', 'ConditionPathExists'));
  });
});

describe('specifiers', () => {
  it('refuses unknown letters where the directive expands specifiers', () => {
    const issues = check('path', '/run/%Z', 'PIDFile');
    assert.equal(issues[0].code, 'systemd/unknown-specifier');
    assert.deepEqual([issues[0].start, issues[0].end], [5, 7]);
    assert.ok(ok('path', '/run/%n/%%', 'PIDFile'));
  });
  it('knows when a specifier appeared', () => {
    assert.ok(!ok('text', 'on %q', 'Description', 250));
    assert.ok(ok('text', 'on %q', 'Description', 251));
  });
});

describe('command lines', () => {
  it('takes prefixes in the combinations systemd reads', () => {
    for (const v of ['/bin/true', '@-/bin/true x', '!!/bin/true', '+/bin/true', ':-/bin/echo $X', 'true', '/bin/a ; /bin/b']) {
      assert.ok(ok('command', v, 'ExecStart'), v);
    }
  });
  it('refuses relative paths, +! and unbalanced quotes', () => {
    for (const v of ['bin/foo', './x', '+!/bin/true', '/bin/echo "open', '-']) assert.ok(!ok('command', v, 'ExecStart'), v);
  });
  it('needs an absolute path before systemd 239', () => {
    assert.ok(!ok('command', 'true', 'ExecStart', 238));
  });
  it('checks specifiers in the command, and keeps % before a non-alphanumeric as systemd 252 does', () => {
    assert.ok(!ok('command', '/bin/date +%Z', 'ExecStart'));
    assert.ok(ok('command', '/bin/date +%-d', 'ExecStart'));
  });
});

describe('unit names', () => {
  it('takes lists of unit names with instances and templates', () => {
    assert.ok(ok('units', 'network-online.target getty@tty1.service foo@.service', 'After'));
    assert.ok(ok('units', '%i.service', 'Wants'));
  });
  it('refuses names without a unit type', () => {
    const issues = check('units', 'network.target network', 'After');
    assert.deepEqual(issues.map((i) => [i.start, i.end]), [[15, 22]]);
    assert.ok(!ok('units', 'foo.bar', 'After'));
  });
  it('checks the type a key demands', () => {
    assert.ok(!ok('unit', 'foo.socket', 'Service'));
    assert.ok(!ok('unit', 'foo', 'Unit'));
  });
});

describe('environment assignments', () => {
  it('takes quoted assignments', () => {
    assert.ok(ok('environment', 'A=1 "B=two words" \'C=x\' D=', 'Environment'));
  });
  it('marks the bad word', () => {
    const issues = check('environment', 'A=1 9B=2 noequals', 'Environment');
    assert.deepEqual(issues.map((i) => [i.start, i.end]), [[4, 8], [9, 17]]);
  });
});
