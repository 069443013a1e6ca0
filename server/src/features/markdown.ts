// Markdown for hover and completion documentation, built from schema records. Every piece of
// schema text goes through inlineMarkdown and every value through codeSpan, so that what the
// reader sees is exactly what the schema and the user wrote.
import type { DirectiveSpec, EnumValue, SectionSpec, ValueSpec, Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { releaseManualUrl } from './manual/manualMarkdown';
import { codeSpan, escapeMarkdown, inlineMarkdown, plainText } from './inlineText';
import { english, type Translator } from '../l10n/translator';

/** The oldest releases the data covers (systemd 219, supervisor 3.0): "since" them says nothing. */
function isOldestKnown(version: Version): boolean {
  return version === 219 || version === '3.0';
}

/** A table cell: GitHub tables split on `|` even inside code spans, and a cell is one line. */
function escapeCell(markdown: string): string {
  return markdown.replace(/(?<!\\)\|/g, '\\|').replace(/\n/g, ' ');
}

/** The value type in plain text, as completion details show it. */
export function valueLabel(spec: ValueSpec, t: Translator = english): string {
  return plainText(valueLabelSource(spec, t));
}

function valueLabelSource(spec: ValueSpec, t: Translator): string {
  if (spec.label) return t.schema(spec.label);
  return spec.list ? t.format('list of {kind:msg}', { kind: spec.kind }) : t.schema(spec.kind);
}

/** A table with one row per value, marking the ones the target release lacks. */
export function valueTable(values: EnumValue[], version?: Version, t: Translator = english): string {
  // Words with nothing to say about any of them (a family's enum read from systemd's string tables): one line, not an empty column.
  if (values.every((v) => !v.summary && v.since === undefined && v.until === undefined)) {
    return t.format('Values: {values}', { values: values.map((v) => codeSpan(v.name)).join(', ') });
  }
  const rows = values.map((v) => {
    const absent = version !== undefined && !versionWithin(version, v.since, v.until);
    const since = v.since !== undefined && !isOldestKnown(v.since) ? ` *(${t.format('since {version}', { version: escapeMarkdown(String(v.since)) })})*` : '';
    const note = absent ? t.format(' — not in the target release') : '';
    return `| ${escapeCell(codeSpan(v.name))} | ${escapeCell(inlineMarkdown(t.schema(v.summary ?? '')))}${since}${note} |`;
  });
  return [`| ${t.format('Value')} | ${t.format('Meaning')} |`, '| --- | --- |', ...rows].join('\n');
}

/** What an empty assignment does, said only where it is worth knowing (not for the plain "back to the default"). */
const EMPTY_ASSIGNMENT: Readonly<Record<NonNullable<DirectiveSpec['emptyAssignment']>, string | undefined>> = {
  'clears-list': 'An empty {name} clears the values set before it, in this file or an earlier one (a drop-in starts over this way).',
  ignored: 'An empty {name} does nothing: values set before it cannot be cleared.',
  'empty-set': 'An empty {name} leaves the set empty.',
  refused: 'An empty {name} is refused: systemd ignores the line.',
  default: undefined,
};

/** `section`: the section type the key is written in, for what applies there (deprecation, replacement). */
/** Rendered directive texts, per translator, by directive and then separator, release and section; dropped all at once past a bound. */
const rendered = new WeakMap<Translator, Map<DirectiveSpec, Map<string, string>>>();
const MAX_RENDERED = 512;
let renderedCount = 0;

/**
 * A directive's documentation as Markdown, the same for every hover and resolve that asks with the same
 * separator, release, section and translator: rendered once (the schema does not change).
 */
export function directiveMarkdown(directive: DirectiveSpec, separator: string, version?: Version, section?: string, t: Translator = english): string {
  let byDirective = rendered.get(t);
  if (!byDirective || renderedCount >= MAX_RENDERED) {
    if (renderedCount >= MAX_RENDERED) renderedCount = 0;
    rendered.set(t, (byDirective = new Map()));
  }
  const key = `${separator}\0${version ?? ''}\0${section ?? '\u0001'}`;
  let texts = byDirective.get(directive);
  const known = texts?.get(key);
  if (known !== undefined) return known;
  if (!texts) byDirective.set(directive, (texts = new Map()));
  const text = renderDirectiveMarkdown(directive, separator, version, section, t);
  texts.set(key, text);
  renderedCount++;
  return text;
}

function renderDirectiveMarkdown(directive: DirectiveSpec, separator: string, version: Version | undefined, section: string | undefined, t: Translator): string {
  const summary = (section !== undefined && directive.placements.find((p) => p.section === section)?.summary) || directive.summary;
  const parts: string[] = [`**${escapeMarkdown(directive.name + separator)}**`, inlineMarkdown(t.schema(summary))];
  if (directive.details) parts.push(inlineMarkdown(t.schema(directive.details)));
  const facts = [t.format('Type: {type}', { type: inlineMarkdown(valueLabelSource(directive.value, t)) })];
  if (directive.default !== undefined && directive.default !== '') facts.push(t.format('Default: {value}', { value: codeSpan(directive.default) }));
  if (directive.defaultFrom) facts.push(t.format('Default: the value of {name}', { name: codeSpan(directive.defaultFrom) }));
  if (directive.repeatable) facts.push(t.format('May be repeated'));
  if (directive.required) facts.push(t.format('Required'));
  const since = directive.placements.map((p) => p.since).find((s) => s !== undefined);
  if (since !== undefined && !isOldestKnown(since)) facts.push(t.format('Since {version}', { version: escapeMarkdown(String(since)) }));
  // Supervisor has no manual on Debian: say plainly that the option is as old as the releases we know.
  if (since === '3.0') facts.push(t.format('In every release since {version}', { version: '3.0' }));
  // Deprecation belongs to a placement: FailureAction= is deprecated in [Service] only.
  const placement = (section !== undefined && directive.placements.find((p) => p.section === section))
    || directive.placements.find((p) => p.status !== 'active');
  const status = placement && placement.status !== 'active' ? placement.status : undefined;
  if (status) facts.push(`**${t.format(status === 'removed' ? 'Removed' : 'Deprecated')}**`);
  if (status && directive.replacement) {
    const elsewhere = directive.replacementSection && directive.replacementSection !== section;
    const where = escapeMarkdown(`[${directive.replacementSection}]`);
    facts.push(directive.replacement === directive.name && elsewhere ? t.format('Move it to {section}', { section: where })
      : elsewhere ? t.format('Use {name} in {section} instead', { name: codeSpan(directive.replacement), section: where })
        : t.format('Use {name} instead', { name: codeSpan(directive.replacement) }));
  }
  parts.push(facts.join(' · '));
  const empty = directive.emptyAssignment && EMPTY_ASSIGNMENT[directive.emptyAssignment];
  if (empty) parts.push(t.format(empty, { name: codeSpan(`${directive.name}=`) }));
  if (directive.example !== undefined) parts.push(t.format('Example: {line}', { line: codeSpan(`${directive.name}${separator}${directive.example}`) }));
  if (directive.value.values?.length) parts.push(valueTable(directive.value.values, version, t));
  if (directive.expansions?.length) parts.push(t.format('Expansions: {names}', { names: directive.expansions.map((e) => codeSpan(`%(${e})s`)).join(', ') }));
  parts.push(`[${t.format('Manual')}](${releaseManualUrl(directive.manual, version)})`);
  return parts.filter(Boolean).join('\n\n');
}

export function sectionMarkdown(section: SectionSpec, t: Translator = english): string {
  // Section names are the schema's own words; brackets with no link after them stay literal.
  return [`**[${escapeMarkdown(section.name)}${section.takesName ? ':name' : ''}]**`, inlineMarkdown(t.schema(section.summary)),
    `[${t.format('Manual')}](${section.manual})`].join('\n\n');
}

export function enumValueMarkdown(directive: DirectiveSpec, value: EnumValue, t: Translator = english): string {
  const since = value.since !== undefined && !isOldestKnown(value.since) ? `\n\n${t.format('Since {version}', { version: escapeMarkdown(String(value.since)) })}` : '';
  return `**${escapeMarkdown(`${directive.name}=${value.name}`)}**\n\n${inlineMarkdown(t.schema(value.summary ?? ''))}${since}\n\n[${t.format('Manual')}](${directive.manual})`;
}
