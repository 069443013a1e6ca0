// The grammars colour a value as a boolean (or another fixed word) only for the directives whose
// schema takes that word; the rules are generated from the schemas and must not drift from them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { supervisorValueRules, systemdBooleanRule } from '../../scripts/grammar/valueRules';

const grammar = (file: string) => JSON.parse(readFileSync(join(__dirname, '../../syntaxes', file), 'utf8')) as
  { patterns: { include: string }[]; repository: Record<string, unknown> };

describe('schema-driven grammar rules', () => {
  it('systemd: the boolean rule matches the schema (run scripts/grammar/gen-grammar.ts after a schema change)', () => {
    const systemd = grammar('systemd-unit.tmLanguage.json');
    assert.deepEqual(systemd.repository.booleanAssignment, JSON.parse(JSON.stringify(systemdBooleanRule())));
    const order = systemd.patterns.map((p) => p.include);
    assert.ok(order.indexOf('#booleanAssignment') < order.indexOf('#assignment'), 'tried before the general assignment');
  });

  it('supervisor: the boolean, autorestart and log file rules match the schema', () => {
    const supervisor = grammar('supervisor-conf.tmLanguage.json');
    const rules = supervisorValueRules();
    for (const [name, rule] of Object.entries(rules)) {
      assert.deepEqual(supervisor.repository[name], JSON.parse(JSON.stringify(rule)), name);
      const order = supervisor.patterns.map((p) => p.include);
      assert.ok(order.includes(`#${name}`) && order.indexOf(`#${name}`) < order.indexOf('#assignment'), name);
    }
  });

  it('names boolean directives and leaves free-text ones out', () => {
    const names = /\^\\s\*\((.*)\)\\s\*\(=\)/.exec(systemdBooleanRule().begin)![1].split('|');
    for (const name of ['PrivateTmp', 'RemainAfterExit', 'NoNewPrivileges', 'ProtectHome', 'Restart', 'ConditionFirstBoot']) assert.ok(names.includes(name), name);
    for (const name of ['Description', 'ExecStart', 'Environment', 'User']) assert.ok(!names.includes(name), name);
  });
});
