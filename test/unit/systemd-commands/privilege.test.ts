import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { chainSteps, planInvocation } from '../../../client/src/systemd/privilege';

const root = { isRoot: true, helper: 'sudo' as const };
const user = { isRoot: false, helper: 'sudo' as const };

describe('privileges', () => {
  it('root runs directly', () => {
    assert.deepEqual(planInvocation([['systemctl', 'restart', '--', 'x.service']], 'system', true, root), { kind: 'direct', argv: ['systemctl', 'restart', '--', 'x.service'] });
  });

  it('user scope and read-only queries need nothing', () => {
    assert.equal(planInvocation([['systemctl', '--user', 'restart', '--', 'x.service']], 'user', true, user).kind, 'direct');
    assert.equal(planInvocation([['systemctl', 'status', '--', 'x.service']], 'system', false, user).kind, 'direct');
  });

  it('a normal user changing system units goes to a terminal through sudo or pkexec', () => {
    const s = planInvocation([['systemctl', 'restart', '--', 'x.service']], 'system', true, user);
    assert.deepEqual(s, { kind: 'terminal', shellPath: 'sudo', shellArgs: ['--', 'systemctl', 'restart', '--', 'x.service'], reason: s.kind === 'terminal' ? s.reason : '' });
    const p = planInvocation([['systemctl', 'restart', '--', 'x.service']], 'system', true, { isRoot: false, helper: 'pkexec' });
    assert.equal(p.kind, 'terminal');
    if (p.kind === 'terminal') assert.deepEqual([p.shellPath, ...p.shellArgs], ['pkexec', 'systemctl', 'restart', '--', 'x.service']);
  });

  it('chains several steps with values only as positional parameters', () => {
    const evil = "/tmp/x'; touch /tmp/pwned; echo '$(id)`id`\n.service";
    const argv = chainSteps([['printf', '%s|', evil], ['printf', '%s\\n', 'done']]);
    assert.equal(argv[0], '/bin/sh');
    assert.equal(argv[2], '"${1}" "${2}" "${3}" && "${4}" "${5}" "${6}"');
    assert.ok(!argv[2].includes('pwned'));
    const out = execFileSync(argv[0], argv.slice(1), { encoding: 'utf8' });
    assert.equal(out, `${evil}|done\n`);
  });
});
