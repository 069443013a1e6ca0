// Markdown for hover and completion documentation, built from schema records.
import type { DirectiveSpec, EnumValue, SectionSpec, ValueSpec, Version } from '../schema/types';
import { versionWithin } from '../schema/version';

/** The oldest releases the data covers (systemd 219, supervisor 3.0): "since" them says nothing. */
function isOldestKnown(version: Version): boolean {
  return version === 219 || version === '3.0';
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function valueLabel(spec: ValueSpec): string {
  if (spec.label) return spec.label;
  return spec.list ? `list of ${spec.kind}` : spec.kind;
}

/** A table with one row per value, marking the ones the target release lacks. */
export function valueTable(values: EnumValue[], version?: Version): string {
  const rows = values.map((v) => {
    const absent = version !== undefined && !versionWithin(version, v.since, v.until);
    const since = v.since !== undefined && !isOldestKnown(v.since) ? ` *(since ${v.since})*` : '';
    const note = absent ? ' — not in the target release' : '';
    return `| \`${escapeCell(v.name)}\` | ${escapeCell(v.summary ?? '')}${since}${note} |`;
  });
  return ['| Value | Meaning |', '| --- | --- |', ...rows].join('\n');
}

export function directiveMarkdown(directive: DirectiveSpec, separator: string, version?: Version): string {
  const parts: string[] = [`**${directive.name}${separator}**`, directive.summary];
  if (directive.details) parts.push(directive.details);
  const facts = [`Type: ${valueLabel(directive.value)}`];
  if (directive.default !== undefined && directive.default !== '') facts.push(`Default: \`${directive.default}\``);
  if (directive.repeatable) facts.push('May be repeated');
  if (directive.required) facts.push('Required');
  const since = directive.placements.map((p) => p.since).find((s) => s !== undefined);
  if (since !== undefined && !isOldestKnown(since)) facts.push(`Since ${since}`);
  const status = directive.placements.find((p) => p.status !== 'active')?.status;
  if (status) facts.push(status === 'removed' ? '**Removed**' : '**Deprecated**');
  if (directive.replacement) facts.push(`Use \`${directive.replacement}\` instead`);
  parts.push(facts.join(' · '));
  if (directive.value.values?.length) parts.push(valueTable(directive.value.values, version));
  if (directive.expansions?.length) parts.push(`Expansions: ${directive.expansions.map((e) => `\`%(${e})s\``).join(', ')}`);
  parts.push(`[Manual](${directive.manual})`);
  return parts.filter(Boolean).join('\n\n');
}

export function sectionMarkdown(section: SectionSpec): string {
  return [`**[${section.name}${section.takesName ? ':name' : ''}]**`, section.summary, `[Manual](${section.manual})`].join('\n\n');
}

export function enumValueMarkdown(directive: DirectiveSpec, value: EnumValue): string {
  const since = value.since !== undefined && !isOldestKnown(value.since) ? `\n\nSince ${value.since}` : '';
  return `**${directive.name}=${value.name}**\n\n${value.summary ?? ''}${since}\n\n[Manual](${directive.manual})`;
}
