// Walks data/supervisor/supervisor-options.tsv: every (section, option) pair is in the schema with
// its facts, completes in its section and hovers with its summary. Every section type completes
// and hovers too.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { complete } from '../../../server/src/features/completion';
import { hover } from '../../../server/src/features/hover';
import { inlineMarkdown } from '../../../server/src/features/inlineText';
import { ANY_KEY, acceptsAnyKey, expansionSummary, findSupervisorOption, supervisorSchema } from '../../../server/src/schema/supervisor';
import { analyzeMarked } from '../../helpers/analyzeText';

const ROOT = join(__dirname, '..', '..', '..');
const URI = 'file:///srv/app/supervisord.conf';
const VERSION = supervisorSchema.latestVersion;

interface Row { section: string; option: string; datatype: string; default: string; required: string; expansions: string; first_version: string }

function rows(): Row[] {
  const [header, ...lines] = readFileSync(join(ROOT, 'data', 'supervisor', 'supervisor-options.tsv'), 'utf8').split('\n').filter(Boolean);
  const cols = header.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((c, i) => [cols[i], c])) as unknown as Row);
}

const typeOf = (section: string): string => section.replace(/:x$/, '');
const headerOf = (section: string): string => (section.endsWith(':x') ? `[${typeOf(section)}:demo]` : `[${section}]`);
const text = (h: Hover | null): string => (h ? (h.contents as MarkupContent).value : '');

describe('supervisor schema walk', () => {
  const all = rows();

  const sharedTable = join(ROOT, '..', 'shared', 'data', 'supervisor-options.tsv');
  it('matches the shared fact table it was copied from', { skip: !existsSync(sharedTable) && 'the shared data folder is not here' }, () => {
    const shared = readFileSync(sharedTable, 'utf8');
    assert.equal(readFileSync(join(ROOT, 'data', 'supervisor', 'supervisor-options.tsv'), 'utf8'), shared);
  });

  it('holds every section/option pair with its facts', () => {
    assert.equal(all.length, 140);
    for (const row of all) {
      const type = typeOf(row.section);
      if (row.option === ANY_KEY) { assert.ok(acceptsAnyKey(type), row.section); continue; }
      const spec = findSupervisorOption(type, row.option);
      assert.ok(spec, `${row.section} ${row.option}`);
      assert.equal(spec.required, row.required === 'yes', `${row.section} ${row.option} required`);
      assert.deepEqual(spec.expansions, row.expansions ? row.expansions.split(',') : [], `${row.section} ${row.option} expansions`);
      const since = spec.placements.find((p) => p.section === type)?.since;
      // `<=3.0`: in every release scanned, which the schema records as 3.0.
      assert.equal(since, row.first_version.startsWith('<=') ? row.first_version.slice(2) : row.first_version, `${row.option} since`);
      if (row.default === '-') assert.equal(spec.default, undefined);
      else if (row.default === '(empty)') assert.equal(spec.default, '');
      else if (!row.default.startsWith('=')) assert.equal(spec.default, row.default, `${row.option} default`);
      assert.ok(spec.summary.length > 15, `${row.option} summary`);
      assert.match(spec.manual, /^http:\/\/supervisord\.org\/configuration\.html#[a-z-]+-settings$/);
      // The schema's own record (what features use) agrees with the per-section one.
      assert.ok(supervisorSchema.directives.includes(spec), `${row.option} in schema.directives`);
    }
  });

  it('completes every option in its section', () => {
    const bySection = new Map<string, Set<string>>();
    for (const row of all) {
      if (row.option === ANY_KEY) continue;
      if (!bySection.has(row.section)) {
        const { analyzed, marked } = analyzeMarked(URI, `${headerOf(row.section)}\n$0\n`);
        bySection.set(row.section, new Set(complete(analyzed, marked.cursor, { version: VERSION }).map((i) => i.label)));
      }
      assert.ok(bySection.get(row.section)?.has(row.option), `${row.option} completes in ${row.section}`);
    }
  });

  it('hovers every option with its summary and type', () => {
    for (const row of all) {
      if (row.option === ANY_KEY) continue;
      const spec = findSupervisorOption(typeOf(row.section), row.option);
      const { analyzed, marked } = analyzeMarked(URI, `${headerOf(row.section)}\n${row.option.slice(0, 1)}$0${row.option.slice(1)} = x\n`);
      const shown = text(hover(analyzed, marked.cursor, VERSION));
      assert.ok(spec && shown.includes(inlineMarkdown(spec.summary).slice(0, 30)), `${row.section} ${row.option} hover: ${shown.slice(0, 200)}`);
    }
  });

  it('completes and hovers every section type', () => {
    const { analyzed, marked } = analyzeMarked(URI, '[$0\n');
    const labels = complete(analyzed, marked.cursor, { version: VERSION }).map((i) => i.label);
    for (const section of supervisorSchema.sections) {
      assert.ok(labels.some((l) => l.startsWith(`[${section.name}`)), `${section.name} completes`);
      const header = section.takesName ? `[${section.name}:demo]` : `[${section.name}]`;
      const hovered = analyzeMarked(URI, `[$0${header.slice(1)}\n`);
      assert.ok(text(hover(hovered.analyzed, hovered.marked.cursor, VERSION)).includes(section.summary.slice(0, 30)), `${section.name} hovers`);
    }
  });
});

describe('supervisor expansion summaries', () => {
  it('describe every expansion name the fact table lists', () => {
    const names = new Set(rows().flatMap((r) => (r.expansions ? r.expansions.split(',') : [])));
    for (const name of names) assert.ok(expansionSummary(name === 'ENV_*' ? 'ENV_HOME' : name), name);
  });
});
