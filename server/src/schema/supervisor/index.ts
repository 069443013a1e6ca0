// The supervisor schema: every section type and option of supervisord.conf (facts from
// data/supervisor/*.tsv via options.generated.ts), with value kinds, summaries and manual links.
import type { DialectSchema, DirectiveSpec } from '../types';
import { laxSpecFor, valueSpecFor } from './kinds';
import { RAW_OPTIONS, type RawOption } from './options.generated';
import { OPEN_SECTIONS, SECTIONS, manualFor } from './sections';
import { summaryFor } from './summaries';

export { OPEN_SECTIONS } from './sections';

/** Stands for the extra keys `[rpcinterface:x]` and `[ctlplugin:x]` pass to their factory. */
export const ANY_KEY = '<any other key>';

function recordFor(raw: RawOption): DirectiveSpec {
  const spec: DirectiveSpec = {
    name: raw.option,
    placements: [{ section: raw.section, since: raw.since, status: 'active' }],
    value: valueSpecFor(raw.section, raw.option, raw.datatype),
    repeatable: false,
    summary: summaryFor(raw.section, raw.option) ?? '',
    manual: manualFor(raw.section),
    required: raw.required === 'yes',
    expansions: raw.expansions,
  };
  if (raw.default !== undefined) spec.default = raw.default;
  if (raw.required === 'paired') spec.details = 'Set `username` and `password` together, or neither.';
  if (raw.default?.startsWith('=')) spec.default = `the value of \`${raw.default.slice(1)}\``;
  return spec;
}

/** Precise records, one per (section type, option): expansions, defaults and summaries differ by section. */
const PER_SECTION: readonly DirectiveSpec[] = RAW_OPTIONS.filter((raw) => raw.option !== ANY_KEY).map(recordFor);

function sectionLabel(type: string): string {
  return SECTIONS.find((s) => s.name === type)?.takesName ? `[${type}:x]` : `[${type}]`;
}

/**
 * One record per option name, as name-keyed lookups expect: placements from every section type
 * that reads the option; where sections differ (summary, default), the details say how.
 */
function merge(records: DirectiveSpec[]): DirectiveSpec {
  const [first, ...rest] = records;
  const kinds = new Set(records.map((r) => JSON.stringify(r.value)));
  const value = kinds.size > 1 ? laxSpecFor(first.name) ?? first.value : first.value;
  const merged: DirectiveSpec = { ...first, value, placements: records.flatMap((r) => r.placements),
    expansions: [...new Set(records.flatMap((r) => r.expansions ?? []))] };
  const notes: string[] = first.details ? [first.details] : [];
  const summaries = new Map<string, string[]>();
  const defaults = new Map<string, string[]>();
  for (const other of rest) {
    const where = other.placements.map((p) => sectionLabel(p.section));
    if (other.summary !== first.summary) summaries.set(other.summary, [...(summaries.get(other.summary) ?? []), ...where]);
    if (other.default !== first.default) {
      const text = other.default === undefined ? 'none' : `\`${other.default}\``;
      defaults.set(text, [...(defaults.get(text) ?? []), ...where]);
    }
  }
  for (const [summary, where] of summaries) notes.push(`In ${where.join(', ')}: ${summary}`);
  for (const [text, where] of defaults) notes.push(`Default in ${where.join(', ')}: ${text}.`);
  if (notes.length) merged.details = [...new Set(notes)].join('\n\n');
  return merged;
}

function build(): DirectiveSpec[] {
  const byName = new Map<string, DirectiveSpec[]>();
  for (const record of PER_SECTION) byName.set(record.name, [...(byName.get(record.name) ?? []), record]);
  return [...byName.values()].map(merge);
}

export const supervisorDirectives: readonly DirectiveSpec[] = build();

export const supervisorSchema: DialectSchema = {
  dialect: 'supervisor',
  sections: [...SECTIONS],
  directives: [...supervisorDirectives],
  latestVersion: '4.3.0',
};

/**
 * The precise record for `option` in a section type: its own expansions, default and summary (the
 * schema's records merge every section that reads a name).
 */
export function findSupervisorOption(sectionType: string, option: string): DirectiveSpec | undefined {
  const key = option.toLowerCase();
  return PER_SECTION.find((d) => d.name === key && d.placements[0].section === sectionType);
}

/** Section types that accept any key (passed to a factory as keyword arguments). */
export function acceptsAnyKey(sectionType: string): boolean {
  return OPEN_SECTIONS.includes(sectionType);
}
