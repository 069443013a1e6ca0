// A section's directive completion items, the same wherever they are asked: built once per section,
// separator, target release and language, frozen, and shared by every list that offers them. Where
// the text goes (the edit range) and the resolve data are the list's (LSP 3.17 item defaults).
import { CompletionItemKind, CompletionItemTag, type Command, type CompletionItem } from 'vscode-languageserver-types';
import type { Translator } from '../l10n/translator';
import type { DirectiveSpec, Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { directiveRanks } from './directiveRank';
import { valueLabel } from './markdown';
import type { Dialect } from '../parse/model';

const DEPRECATED: CompletionItemTag[] = Object.freeze([CompletionItemTag.Deprecated]) as CompletionItemTag[];
const SUGGEST_VALUES: Command = Object.freeze({ title: 'Suggest values', command: 'editor.action.triggerSuggest' });

/** The directive's placement in `section`, and whether the target release lacks it there. */
function placementIn(d: DirectiveSpec, section: string, version: Version) {
  const placement = d.placements.find((p) => p.section === section);
  return { placement, inactive: placement !== undefined && !versionWithin(version, placement.since, placement.until) };
}

function detailText(d: DirectiveSpec, inactive: boolean, version: Version, t: Translator, releaseName: string): string {
  return valueLabel(d.value, t) + (!inactive ? '' : releaseName === 'systemd' ? t.format(' (not in systemd {version})', { version })
    : t.format(' (not in {product} {version})', { product: releaseName, version }));
}

/** The detail of a directive item: its value's kind and, when the target release lacks it there, a note saying so. */
export function directiveDetail(d: DirectiveSpec, section: string, version: Version, t: Translator, releaseName = 'systemd'): string {
  return detailText(d, placementIn(d, section, version).inactive, version, t, releaseName);
}

function itemOf(d: DirectiveSpec, section: string, separator: string, version: Version, rank: string, t: Translator, releaseName: string): CompletionItem {
  const { placement, inactive } = placementIn(d, section, version);
  const deprecated = placement?.status === 'deprecated' || placement?.status === 'removed';
  const item: CompletionItem = {
    label: d.name,
    kind: CompletionItemKind.Property,
    detail: detailText(d, inactive, version, t, releaseName),
    // Deprecated names and names the target release lacks go last.
    sortText: (deprecated || inactive ? '1' : '0') + rank,
  };
  if (deprecated) item.tags = DEPRECATED;
  // Offer the value list right after the name is inserted.
  if (separator !== '' && (d.value.values?.length ?? 0) > 0) item.command = SUGGEST_VALUES;
  if (separator !== '') item.textEditText = d.name + separator;
  return Object.freeze(item);
}

/** A few releases and separators per section at most in one session; more are dropped rather than kept. */
const MAX_VARIANTS = 32;
const cache = new WeakMap<Translator, WeakMap<DirectiveSpec[], Map<string, Map<string, CompletionItem>>>>();

/**
 * The item of each directive of `directives` (the schema's cached list for one section type), by name:
 * frozen, to be shared. `section` is the schema section whose placement counts (deprecation, release);
 * `separator` follows the name when it is inserted on a line of its own.
 */
export function directiveItems(directives: DirectiveSpec[], dialect: Dialect, type: string, section: string, separator: string,
  version: Version, t: Translator, releaseName = 'systemd'): Map<string, CompletionItem> {
  let bySection = cache.get(t);
  if (!bySection) cache.set(t, (bySection = new WeakMap()));
  let variants = bySection.get(directives);
  if (!variants) bySection.set(directives, (variants = new Map()));
  const key = `${section}\0${separator}\0${version}\0${releaseName}`;
  let parts = variants.get(key);
  if (!parts) {
    if (variants.size >= MAX_VARIANTS) variants.clear();
    const ranks = directiveRanks(directives, dialect, type);
    parts = new Map(directives.map((d) => [d.name, itemOf(d, section, separator, version, ranks.get(d.name) ?? 'zz', t, releaseName)]));
    variants.set(key, parts);
  }
  return parts;
}

/** The lists offered with nothing typed, per item table and the names already taken: a few per section. */
const MAX_LISTS = 8;
const lists = new WeakMap<Map<string, CompletionItem>, Map<string, CompletionItem[]>>();

/**
 * Every item of `items` (from `directiveItems`) but the `taken` names, in the schema's order of
 * `directives`: the list for a blank line, the same on every blank line of such a section, so kept
 * (frozen) and handed out again.
 */
export function untakenItems(items: Map<string, CompletionItem>, directives: DirectiveSpec[], taken: ReadonlySet<string>): CompletionItem[] {
  let byTaken = lists.get(items);
  if (!byTaken) lists.set(items, (byTaken = new Map()));
  const key = [...taken].sort().join('\0');
  let list = byTaken.get(key);
  if (!list) {
    if (byTaken.size >= MAX_LISTS) byTaken.clear();
    list = Object.freeze(directives.filter((d) => !taken.has(d.name)).map((d) => items.get(d.name)!)) as CompletionItem[];
    byTaken.set(key, list);
  }
  return list;
}
