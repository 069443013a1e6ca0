// What completion items leave out until asked: their documentation, rebuilt on completionItem/resolve
// from the item's `data`; and the server-side narrowing of a long list to what matches the typed word.
import { MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { supportNamed } from '../dialects';
import type { Dialect } from '../parse/model';
import { findDirective } from '../schema/lookup';
import type { Version } from '../schema/types';
import { isObject } from '../util/isObject';
import { directiveMarkdown, enumValueMarkdown, sectionMarkdown } from './markdown';
import { directiveDetail } from './directiveItems';
import { valueDetail } from './valueCompletion';
import { english, type Translator } from '../l10n/translator';

/** Which schema: a dialect's own, or (for a networkd, nspawn, Quadlet or daemon config file) its family's for the file's type. */
export interface SchemaRef { dialect: Dialect; family?: string; familyType?: string }

/**
 * Enough to find an item's schema record again. A directive item's name is its label, so all the
 * items of a list share one object (sent once as a list default to clients that take it).
 */
export type ResolveData = SchemaRef & (
  | { kind: 'section'; name: string }
  | { kind: 'directive'; section: string; version: Version }
  | { kind: 'value'; section: string; name: string });

/** What resolve works from: the data, with a directive's name read from the item. */
type ResolveTarget = SchemaRef & (
  | { kind: 'section'; name: string }
  | { kind: 'directive'; section: string; name: string; version: Version }
  | { kind: 'value'; section: string; name: string });

const isVersion = (value: unknown): value is Version =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^\d+(\.\d+)*$/.test(value));

/** The item's `data` as completion made it, or undefined for anything else a client might send back. */
function readData(item: CompletionItem): ResolveTarget | undefined {
  const data: unknown = item.data;
  if (!isObject(data) || (data.dialect !== 'systemd' && data.dialect !== 'supervisor')) return undefined;
  if ((data.family !== undefined && typeof data.family !== 'string') || (data.familyType !== undefined && typeof data.familyType !== 'string')) return undefined;
  const schema: SchemaRef = data.family === undefined ? { dialect: data.dialect }
    : { dialect: data.dialect, family: data.family, familyType: data.familyType as string | undefined };
  if (data.kind === 'directive') {
    if (typeof data.section !== 'string' || !isVersion(data.version) || typeof item.label !== 'string') return undefined;
    return { ...schema, kind: 'directive', section: data.section, name: item.label, version: data.version };
  }
  if (typeof data.name !== 'string') return undefined;
  if (data.kind === 'section') return { ...schema, kind: 'section', name: data.name };
  if (typeof data.section !== 'string') return undefined;
  if (data.kind === 'value') return { ...schema, kind: 'value', section: data.section, name: data.name };
  return undefined;
}

/** The item's detail and documentation, from its section's or directive's record. */
function resolved(item: CompletionItem, data: ResolveTarget, t: Translator): { detail?: string; markdown?: string } {
  const schema = supportNamed(data.dialect, data.family, data.familyType)?.schema;
  if (!schema) return {};
  if (data.kind === 'section') {
    const section = schema.sections.find((s) => s.name === data.name);
    return { markdown: section && sectionMarkdown(section, t) };
  }
  const directive = findDirective(schema, data.name, data.section);
  // findDirective also matches by normalized key; the record must be the one completion named.
  if (!directive || directive.name !== data.name) return {};
  if (data.kind === 'directive') {
    return { detail: directiveDetail(directive, data.section, data.version, t, schema.releaseName),
      markdown: directiveMarkdown(directive, '=', data.version, data.section, t) };
  }
  const detail = typeof item.detail === 'string' ? item.detail : valueDetail(directive, item.label, t);
  const value = directive.value.values?.find((v) => v.name === item.label) ?? { name: item.label, summary: detail };
  return { detail, markdown: enumValueMarkdown(directive, value, t) };
}

/**
 * The item with its documentation, and its detail when it came without one (a client that resolves
 * details gets lists without them). Items whose `data` this server did not make (or that already have
 * documentation) come back as they are: resolve may not fail over what a client echoes.
 */
export function resolveCompletion(item: CompletionItem, t: Translator = english): CompletionItem {
  if (item.documentation !== undefined) return item;
  const data = readData(item);
  if (!data) return item;
  const { detail, markdown } = resolved(item, data, t);
  if (markdown === undefined && (detail === undefined || item.detail !== undefined)) return item;
  return { ...item, ...(item.detail === undefined && detail !== undefined ? { detail } : {}),
    ...(markdown === undefined ? {} : { documentation: { kind: MarkupKind.Markdown, value: markdown } }) };
}

/**
 * True when the letters of `prefix` appear in `label` in order, ignoring case. Editors filter fuzzily
 * (VS Code needs the letters in order, with extra constraints), so this keeps a superset of theirs.
 */
export function matchesSubsequence(label: string, prefix: string): boolean {
  const text = label.toLowerCase();
  let at = 0;
  for (const c of prefix.toLowerCase()) {
    at = text.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
