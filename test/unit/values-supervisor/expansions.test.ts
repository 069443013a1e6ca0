import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkExpansions, scanFormat } from '../../../server/src/values/supervisor';

const PROGRAM = ['here', 'program_name', 'process_num', 'numprocs', 'group_name', 'host_node_name', 'ENV_*'];
const codes = (value: string, allowed = PROGRAM, hereEverywhere = false): string[] =>
  checkExpansions(value, { allowed, key: 'command', hereEverywhere }).map((i) => `${i.severity}:${i.code}`);

describe('supervisor %(name)s expansions', () => {
  it('finds names, conversions and literal percent signs', () => {
    const specs = scanFormat('%(program_name)s_%(process_num)02d 100%%');
    assert.deepEqual(specs.map((s) => [s.name, s.conversion]), [['program_name', 's'], ['process_num', 'd']]);
  });

  it('accepts the names the option expands and any ENV_ name', () => {
    assert.deepEqual(codes('%(here)s/bin/app --n %(process_num)d %(ENV_HOME)s'), []);
  });

  it('refuses names the option does not expand and points at the name', () => {
    assert.deepEqual(codes('%(program)s'), ['error:supervisor/unknown-expansion']);
    const [issue] = checkExpansions('x %(nope)s', { allowed: PROGRAM, key: 'command' });
    assert.deepEqual([issue.start, issue.end], [4, 8]);
    assert.deepEqual(codes('%(process_num)s', ['here', 'ENV_*']), ['error:supervisor/unknown-expansion']);
    assert.deepEqual(codes('%(ENV_X)s', ['here']), ['error:supervisor/unknown-expansion']);
  });

  it('allows here everywhere once the configuration has an [include]', () => {
    assert.deepEqual(codes('%(here)s', ['ENV_*'], true), []);
  });

  it('refuses what Python formatting refuses', () => {
    assert.deepEqual(codes('echo 50%'), ['error:supervisor/bad-format']);
    assert.deepEqual(codes('date +%Y'), ['error:supervisor/bad-format']);
    assert.deepEqual(codes('%(program_name)'), ['error:supervisor/bad-format']);
    assert.deepEqual(codes('%(program_name)d'), ['error:supervisor/bad-format']);
    assert.deepEqual(codes('%(program_name'), ['error:supervisor/bad-format']);
  });

  it('warns on a single bare %s, which Python fills with the whole table', () => {
    assert.deepEqual(codes('date +%s'), ['warning:supervisor/bad-format']);
    assert.deepEqual(codes('%s %s'), ['warning:supervisor/bad-format', 'error:supervisor/bad-format']);
  });
});
