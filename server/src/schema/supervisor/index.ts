// The supervisor schema: every section type and option of supervisord.conf (facts from
// data/supervisor/*.tsv via options.generated.ts), with value kinds, summaries and manual links.
import type { DialectSchema, DirectiveSpec } from '../types';
import { valueSpecFor } from './kinds';
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

/** Records equal but for their placement merge into one, so one name usually has one record. */
function sameBut(a: DirectiveSpec, b: DirectiveSpec): boolean {
  const strip = (d: DirectiveSpec): string => JSON.stringify({ ...d, placements: [], manual: '' });
  return strip(a) === strip(b);
}

function build(): DirectiveSpec[] {
  const out: DirectiveSpec[] = [];
  for (const raw of RAW_OPTIONS) {
    if (raw.option === ANY_KEY) continue;
    const record = recordFor(raw);
    const twin = out.find((d) => d.name === record.name && sameBut(d, record));
    if (twin) twin.placements.push(...record.placements);
    else out.push(record);
  }
  return out;
}

export const supervisorDirectives: readonly DirectiveSpec[] = build();

export const supervisorSchema: DialectSchema = {
  dialect: 'supervisor',
  sections: [...SECTIONS],
  directives: [...supervisorDirectives],
  latestVersion: '4.3.0',
};

/**
 * The record for `option` in a section type. One name can have several records (`user` is a plain
 * string in [supervisord] and an account in [program:x]), so prefer this over a name-only lookup.
 */
export function findSupervisorOption(sectionType: string, option: string): DirectiveSpec | undefined {
  const key = option.toLowerCase();
  return supervisorDirectives.find((d) => d.name === key && d.placements.some((p) => p.section === sectionType));
}

/** Section types that accept any key (passed to a factory as keyword arguments). */
export function acceptsAnyKey(sectionType: string): boolean {
  return OPEN_SECTIONS.includes(sectionType);
}
