import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  assertRunnableUnitName, escapeInstance, instantiate, isRunnableUnitName, isValidUnitName, parseUnitName, unitNameProblem, UnitNameError,
} from '../../../client/src/systemd/unitName';

describe('unit names by systemd rules', () => {
  it('accepts plain, template and instance names of every type', () => {
    for (const n of ['nginx.service', 'a.socket', 'dev-sda1.device', '-.mount', '-.slice', 'x.automount', 'swapfile.swap',
      'multi-user.target', 'p.path', 't.timer', 'user-1000.slice', 'session-1.scope', 'a:b_c.d\\x2d.service']) {
      assert.equal(unitNameProblem(n), undefined, n);
    }
    assert.equal(parseUnitName('getty@.service')?.kind, 'template');
    assert.deepEqual(parseUnitName('getty@tty1.service'), { name: 'getty@tty1.service', prefix: 'getty', instance: 'tty1', type: 'service', kind: 'instance' });
    assert.equal(parseUnitName('a@b@c.service')?.instance, 'b@c', 'instances may contain "@"');
  });

  it('refuses names systemd refuses, with a reason', () => {
    const bad = ['', 'nginx', 'nginx.conf', 'nginx.Service', '.service', '@foo.service', '@.service', 'a b.service', 'a;b.service',
      'a$(x).service', 'a`x`.service', 'a"b.service', "a'b.service", 'a\nb.service', 'a/b.service', 'ä.service', 'a@b c.service',
      'a*.service', 'x'.repeat(248) + '.service'];
    for (const n of bad) {
      assert.equal(typeof unitNameProblem(n), 'string', JSON.stringify(n));
      assert.equal(isValidUnitName(n), false, JSON.stringify(n));
    }
  });

  it('limits the length to 255 characters', () => {
    assert.equal(unitNameProblem('x'.repeat(247) + '.service'), undefined);
    assert.match(unitNameProblem('x'.repeat(248) + '.service') ?? '', /255/);
  });

  it('runnable means plain or instance, not a template', () => {
    assert.equal(isRunnableUnitName('getty@tty1.service'), true);
    assert.equal(isRunnableUnitName('getty@.service'), false);
    assert.throws(() => assertRunnableUnitName('getty@.service'), UnitNameError);
    assert.throws(() => assertRunnableUnitName('x;rm.service'), /Invalid unit name/);
  });

  it('instantiates templates and validates the instance', () => {
    assert.equal(instantiate('getty@.service', 'tty1'), 'getty@tty1.service');
    assert.throws(() => instantiate('getty.service', 'tty1'), UnitNameError);
    assert.throws(() => instantiate('getty@.service', 'a b'), UnitNameError);
    assert.throws(() => instantiate('getty@.service', ''), UnitNameError);
    assert.equal(instantiate('w@.service', escapeInstance('/srv/my site')), 'w@-srv-my\\x20site.service');
  });

  it('escapes instances like systemd-escape', () => {
    assert.equal(escapeInstance('tty1'), 'tty1');
    assert.equal(escapeInstance('a-b'), 'a\\x2db');
    assert.equal(escapeInstance('.hidden'), '\\x2ehidden');
    assert.equal(escapeInstance('a.b'), 'a.b');
    assert.equal(escapeInstance('ä'), '\\xc3\\xa4');
    assert.equal(escapeInstance('$(id);`x`'), '\\x24\\x28id\\x29\\x3b\\x60x\\x60');
  });

  it('agrees with the real systemd-escape', { skip: existsSync('/usr/bin/systemd-escape') ? false : 'systemd-escape not installed' }, () => {
    for (const s of ['tty1', 'a-b c', '/srv/www', '.x', 'ä/ö', 'x:y_z.w', '$(a) `b` "c" \'d\' ;e', 'back\\slash']) {
      const real = execFileSync('/usr/bin/systemd-escape', ['--', s], { encoding: 'utf8' }).trimEnd();
      assert.equal(escapeInstance(s), real, JSON.stringify(s));
    }
  });
});
