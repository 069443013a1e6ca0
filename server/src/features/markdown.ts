// Markdown for hover and completion documentation, built from schema records. Every piece of
// schema text goes through inlineMarkdown and every value through codeSpan, so that what the
// reader sees is exactly what the schema and the user wrote.
import type { DirectiveSpec, EnumValue, SectionSpec, ValueSpec, Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { releaseManualUrl } from './manual/manualMarkdown';
import { codeSpan, escapeMarkdown, inlineMarkdown, plainText } from './inlineText';

/** The oldest releases the data covers (systemd 219, supervisor 3.0): "since" them says nothing. */
function isOldestKnown(version: Version): boolean {
  return version === 219 || version === '3.0';
}

/** A table cell: GitHub tables split on `|` even inside code spans, and a cell is one line. */
function escapeCell(markdown: string): string {
  return markdown.replace(/(?<!\\)\|/g, '\\|').replace(/\n/g, ' ');
}

/** The value type in plain text, as completion details show it. */
export function valueLabel(spec: ValueSpec): string {
  return plainText(valueLabelSource(spec));
}

function valueLabelSource(spec: ValueSpec): string {
  if (spec.label) return spec.label;
  return spec.list ? `list of ${spec.kind}` : spec.kind;
}

/** A table with one row per value, marking the ones the target release lacks. */
export function valueTable(values: EnumValue[], version?: Version): string {
  const rows = values.map((v) => {
    const absent = version !== undefined && !versionWithin(version, v.since, v.until);
    const since = v.since !== undefined && !isOldestKnown(v.since) ? ` *(since ${escapeMarkdown(String(v.since))})*` : '';
    const note = absent ? ' — not in the target release' : '';
    return `| ${escapeCell(codeSpan(v.name))} | ${escapeCell(inlineMarkdown(v.summary ?? ''))}${since}${note} |`;
  });
  return ['| Value | Meaning |', '| --- | --- |', ...rows].join('\n');
}

/** `section`: the section type the key is written in, for what applies there (deprecation, replacement). */
export function directiveMarkdown(directive: DirectiveSpec, separator: string, version?: Version, section?: string): string {
  const parts: string[] = [`**${escapeMarkdown(directive.name + separator)}**`, inlineMarkdown(directive.summary)];
  if (directive.details) parts.push(inlineMarkdown(directive.details));
  const facts = [`Type: ${inlineMarkdown(valueLabelSource(directive.value))}`];
  if (directive.default !== undefined && directive.default !== '') facts.push(`Default: ${codeSpan(directive.default)}`);
  if (directive.defaultFrom) facts.push(`Default: the value of ${codeSpan(directive.defaultFrom)}`);
  if (directive.repeatable) facts.push('May be repeated');
  if (directive.required) facts.push('Required');
  const since = directive.placements.map((p) => p.since).find((s) => s !== undefined);
  if (since !== undefined && !isOldestKnown(since)) facts.push(`Since ${escapeMarkdown(String(since))}`);
  // Deprecation belongs to a placement: FailureAction= is deprecated in [Service] only.
  const placement = (section !== undefined && directive.placements.find((p) => p.section === section))
    || directive.placements.find((p) => p.status !== 'active');
  const status = placement && placement.status !== 'active' ? placement.status : undefined;
  if (status) facts.push(status === 'removed' ? '**Removed**' : '**Deprecated**');
  if (status && directive.replacement) {
    const elsewhere = directive.replacementSection && directive.replacementSection !== section;
    const where = elsewhere ? ` in ${escapeMarkdown(`[${directive.replacementSection}]`)}` : '';
    facts.push(directive.replacement === directive.name && where ? `Move it to ${escapeMarkdown(`[${directive.replacementSection}]`)}`
      : `Use ${codeSpan(directive.replacement)}${where} instead`);
  }
  parts.push(facts.join(' · '));
  if (directive.value.values?.length) parts.push(valueTable(directive.value.values, version));
  if (directive.expansions?.length) parts.push(`Expansions: ${directive.expansions.map((e) => codeSpan(`%(${e})s`)).join(', ')}`);
  parts.push(`[Manual](${releaseManualUrl(directive.manual, version)})`);
  return parts.filter(Boolean).join('\n\n');
}

export function sectionMarkdown(section: SectionSpec): string {
  // Section names are the schema's own words; brackets with no link after them stay literal.
  return [`**[${escapeMarkdown(section.name)}${section.takesName ? ':name' : ''}]**`, inlineMarkdown(section.summary),
    `[Manual](${section.manual})`].join('\n\n');
}

export function enumValueMarkdown(directive: DirectiveSpec, value: EnumValue): string {
  const since = value.since !== undefined && !isOldestKnown(value.since) ? `\n\nSince ${escapeMarkdown(String(value.since))}` : '';
  return `**${escapeMarkdown(`${directive.name}=${value.name}`)}**\n\n${inlineMarkdown(value.summary ?? '')}${since}\n\n[Manual](${directive.manual})`;
}
