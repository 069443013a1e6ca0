// Writes the schema-driven value rules into the TextMate grammars.
//   node --import tsx scripts/grammar/gen-grammar.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatJson } from './formatJson';
import { supervisorValueRules, systemdBooleanRule } from './valueRules';

const SYNTAXES = join(__dirname, '../../syntaxes');

function update(file: string, rules: Record<string, unknown>): void {
  const path = join(SYNTAXES, file);
  const grammar = JSON.parse(readFileSync(path, 'utf8')) as { repository: Record<string, unknown> };
  Object.assign(grammar.repository, rules);
  writeFileSync(path, formatJson(grammar) + '\n');
  console.log(`wrote ${Object.keys(rules).join(', ')} to ${path}`);
}

update('systemd-unit.tmLanguage.json', { booleanAssignment: systemdBooleanRule() });
update('supervisor-conf.tmLanguage.json', supervisorValueRules());
