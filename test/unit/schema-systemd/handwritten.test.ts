// The hand-written parts name real directives and values, and the generated file matches the tables.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { systemdSchema } from '../../../server/src/schema/systemd';
import { replacements } from '../../../server/src/schema/systemd/replacements';
import { directiveSummaries } from '../../../server/src/schema/systemd/summaries';
import { enumValueDocs } from '../../../server/src/schema/systemd/values';

const byName = (name: string) => systemdSchema.directives.filter((d) => d.name === name);

describe('hand-written systemd docs', () => {
  it('summaries name directives that exist (Section.Name keys in that section)', () => {
    for (const key of Object.keys(directiveSummaries)) {
      const [section, name] = key.includes('.') ? key.split('.') : [undefined, key];
      const found = byName(name).filter((d) => !section || d.placements.some((p) => p.section === section));
      assert.ok(found.length > 0, key);
    }
  });
  it('enum value docs name values the directive takes', () => {
    for (const [name, docs] of Object.entries(enumValueDocs)) {
      const values = new Set(byName(name).flatMap((d) => d.value.values ?? []).map((v) => v.name));
      assert.ok(values.size > 0, name);
      for (const value of Object.keys(docs)) assert.ok(values.has(value), `${name}=${value}`);
    }
  });
  it('every enum value of every directive has an explanation', () => {
    for (const d of systemdSchema.directives.filter((x) => x.value.kind === 'enum')) {
      for (const v of d.value.values ?? []) assert.ok(v.summary, `${d.name}=${v.name}`);
    }
  });
  it('the user\'s example directives have real summaries', () => {
    const examples = ['Description', 'After', 'Before', 'Type', 'User', 'Group', 'KillMode', 'PIDFile', 'Restart', 'ExecStart',
      'ExecReload', 'ExecStop', 'ExecStartPre', 'ExecStartPost', 'ExecStopPost', 'PrivateTmp', 'WantedBy'];
    for (const name of examples) assert.ok(directiveSummaries[name], name);
    assert.ok(Object.keys(directiveSummaries).length >= 150);
  });
  it('replacements point at directives that exist', () => {
    for (const [key, r] of Object.entries(replacements)) assert.ok(byName(r.replacement).length > 0, `${key} -> ${r.replacement}`);
  });
  it('the generated schema is up to date with data/systemd/*.tsv', () => {
    execFileSync('node', [join(__dirname, '../../../scripts/gen-systemd-schema.mjs'), '--check'], { stdio: 'pipe' });
  });
});
