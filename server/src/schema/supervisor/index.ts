// The supervisor schema: every section type and option of supervisord.conf (facts from
// data/supervisor/*.tsv via options.generated.ts), with value kinds, summaries and manual links.
import type { DialectSchema, DirectiveSpec } from '../types';
import { recordsNamed } from '../lookup';
import { valueSpecFor } from './kinds';
import { RAW_OPTIONS, type RawOption } from './options.generated';
import { OPEN_SECTIONS, SECTIONS, manualFor } from './sections';
import { optionExample } from './examples';
import { summaryFor } from './summaries';

export { OPEN_SECTIONS } from './sections';
export { EXPANSION_SUMMARIES, expansionSummary } from './expansions';

/** Stands for the extra keys `[rpcinterface:x]` and `[ctlplugin:x]` pass to their factory. */
export const ANY_KEY = '<any other key>';

function recordFor(raw: RawOption): DirectiveSpec {
  const spec: DirectiveSpec = {
    name: raw.option,
    // No first release in the data means every release scanned, from 3.0 on.
    placements: [{ section: raw.section, since: raw.since ?? '3.0', status: 'active' }],
    value: valueSpecFor(raw.section, raw.option, raw.datatype),
    repeatable: false,
    summary: summaryFor(raw.section, raw.option) ?? '',
    manual: manualFor(raw.section),
    required: raw.required === 'yes',
    expansions: raw.expansions,
  };
  if (raw.default?.startsWith('=')) spec.defaultFrom = raw.default.slice(1);
  else if (raw.default !== undefined) spec.default = raw.default;
  const example = optionExample(raw.section, raw.option, raw.datatype);
  if (example !== undefined) spec.example = example;
  if (raw.required === 'paired') spec.details = 'Set `username` and `password` together, or neither.';
  return spec;
}

/** Precise records, one per (section type, option): expansions, defaults and summaries differ by section. */
const PER_SECTION: readonly DirectiveSpec[] = RAW_OPTIONS.filter((raw) => raw.option !== ANY_KEY).map(recordFor);

/** Records equal but for their placement merge into one: `autostart` is one record for three section types. */
function sameBut(a: DirectiveSpec, b: DirectiveSpec): boolean {
  const strip = (d: DirectiveSpec): string => JSON.stringify({ ...d, placements: [], manual: '' });
  return strip(a) === strip(b);
}

/**
 * One record per option name and meaning. A name read differently by different sections (`user`
 * is any text in [supervisord] and an account in [program:x]; `priority` defaults to -1 in
 * [eventlistener:x]) has one record per meaning, told apart by the section-aware lookup.
 */
function build(): DirectiveSpec[] {
  const out: DirectiveSpec[] = [];
  for (const record of PER_SECTION) {
    const twin = out.find((d) => d.name === record.name && sameBut(d, record));
    if (twin) twin.placements = [...twin.placements, ...record.placements];
    else out.push({ ...record, placements: [...record.placements] });
  }
  return out;
}

export const supervisorDirectives: readonly DirectiveSpec[] = build();

export const supervisorSchema: DialectSchema = {
  dialect: 'supervisor',
  sections: [...SECTIONS],
  directives: [...supervisorDirectives],
  latestVersion: '4.3.0',
  openSections: OPEN_SECTIONS,
};

/** The record for `option` in a section type: its own kind, expansions, default and summary. */
export function findSupervisorOption(sectionType: string, option: string): DirectiveSpec | undefined {
  const key = option.toLowerCase();
  // Through the name index: rules ask this once per line, and a scan of every option was most of their time.
  return recordsNamed(supervisorSchema, key).find((d) => d.name === key && d.placements.some((p) => p.section === sectionType));
}

/** Section types that accept any key (passed to a factory as keyword arguments). */
export function acceptsAnyKey(sectionType: string): boolean {
  return OPEN_SECTIONS.includes(sectionType);
}
