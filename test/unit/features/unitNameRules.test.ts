// systemd's unit-name rules as the rename applies them, and the fuzzy match of workspace symbols.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renamedUnitName, unitNameProblem, withNewPrefix } from '../../../server/src/features/unitNameRules';
import { fuzzyScore } from '../../../server/src/features/workspaceSymbols';

describe('unit name rules', () => {
  it('accepts what systemd accepts and says why not otherwise', () => {
    for (const ok of ['a.service', 'getty@tty1.service', 'getty@.service', 'dev-sda1.device', 'x\\x2d.mount', 'a:b_c.d.target', 'job@a@b.service']) assert.equal(unitNameProblem(ok), undefined, ok);
    assert.match(unitNameProblem('a b.service') ?? '', /' ' is not allowed/);
    assert.match(unitNameProblem('a.conf') ?? '', /does not end in a unit type/);
    assert.match(unitNameProblem('.service') ?? '', /does not end in a unit type|nothing before/);
    assert.match(unitNameProblem('@x.service') ?? '', /nothing before/);
    assert.match(unitNameProblem(`${'a'.repeat(250)}.service`) ?? '', /at most 255/);
    assert.match(unitNameProblem('a@b/c.service') ?? '', /'\/' is not allowed in an instance/);
  });

  it('completes the type, keeps it, and keeps a template a template', () => {
    assert.deepEqual(renamedUnitName('db.service', 'store'), { name: 'store.service' });
    assert.deepEqual(renamedUnitName('db.service', ' store.service '), { name: 'store.service' });
    assert.deepEqual(renamedUnitName('job@.service', 'task@'), { name: 'task@.service' });
    assert.match((renamedUnitName('db.service', 'db.socket') as { problem: string }).problem, /keeps the type/);
    assert.match((renamedUnitName('job@.service', 'task') as { problem: string }).problem, /must be one too/);
    assert.match((renamedUnitName('db.service', 'a@b') as { problem: string }).problem, /may not hold '@'/);
    assert.match((renamedUnitName('db.service', '') as { problem: string }).problem, /empty/);
    assert.equal(withNewPrefix('job@daily.service', 'task@.service'), 'task@daily.service');
    assert.equal(withNewPrefix('job@.service', 'task@.service'), 'task@.service');
  });

  it('fuzzy: characters in order, tighter and earlier first', () => {
    assert.equal(fuzzyScore('xyz', 'db.service'), undefined);
    assert.equal(fuzzyScore('', 'anything'), 0);
    const order = ['db.service', 'dcb.service', 'web-db.service'].sort((a, b) => (fuzzyScore('db', a) as number) - (fuzzyScore('db', b) as number));
    assert.deepEqual(order, ['db.service', 'web-db.service', 'dcb.service']);
  });
});
