// The systemd schema: generated records (data/systemd/*.tsv) merged with hand-written summaries,
// enum value explanations and replacements.
import type { DialectSchema, DirectiveSpec } from '../types';
import { findDirective } from '../lookup';
import { generatedDirectives, type GeneratedDirective } from './directives.generated';
import { replacementFor } from './replacements';
import { systemdSections } from './sections';
import { directiveSummaries } from './summaries';
import { emptyAssignment } from './emptyAssignment';
import { directiveExample } from './examples';
import { valueDocFor } from './values';

export const SYSTEMD_LATEST = 261;

const PAGE_TITLE = /systemd\.([a-z-]+)\.html/;

/** Fallback for directives without a hand-written line: the value type and where to read more. */
function typeLine(d: GeneratedDirective): string {
  const page = PAGE_TITLE.exec(d.manual)?.[1] ?? 'unit';
  const label = d.value.label ?? d.value.kind;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}; see systemd.${page}(5).`;
}

function build(d: GeneratedDirective): DirectiveSpec {
  const section = d.placements[0].section;
  const summary = directiveSummaries[`${section}.${d.name}`] ?? directiveSummaries[d.name] ?? typeLine(d);
  const value = d.value.values
    ? { ...d.value, values: d.value.values.map((v) => {
      const doc = valueDocFor(d.name, v.name);
      return doc ? { ...v, summary: doc } : v;
    }) }
    : d.value;
  const spec: DirectiveSpec = { ...d, value, summary, emptyAssignment: emptyAssignment(d.name, d.repeatable) };
  const example = directiveExample(d.name);
  if (example !== undefined) spec.example = example;
  const retired = d.placements.find((p) => p.status !== 'active');
  const replacement = retired && replacementFor(retired.section, d.name);
  if (replacement) spec.replacement = replacement.replacement;
  if (replacement && replacement.section) spec.replacementSection = replacement.section;
  return spec;
}

export const systemdSchema: DialectSchema = {
  dialect: 'systemd',
  sections: systemdSections,
  directives: generatedDirectives.map(build),
  latestVersion: SYSTEMD_LATEST,
};

/** The record for `name` as used in `section`: differs from a name-only lookup for Type= in [Mount]. */
export function systemdDirective(section: string, name: string): DirectiveSpec | undefined {
  return findDirective(systemdSchema, name, section);
}

export { noopSince, directiveNotes } from './directives.generated';
export { replacementFor } from './replacements';
