// Completion of section headers, directive names and values, from the schema.
// Items go out without documentation (a section's directives with their docs were ~190 KB per
// request); completionItem/resolve adds it from the item's small `data` (see completionDocs.ts).
import { isUnitKind } from '../classify/fileKind';
import { CompletionItemKind, InsertTextFormat,
  type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { directivesIn, findDirective, findSection, sectionType, sectionsFor } from '../schema/lookup';
import type { DirectiveSpec, Version } from '../schema/types';
import { positionAt } from '../parse/positions';
import { clampPosition, locate, wordAt } from './cursor';
import { matchesSubsequence, type ResolveData, type SchemaRef } from './completionDocs';
import { sortKey } from './directiveRank';
import { directiveItems, untakenItems } from './directiveItems';
import { withoutDefaults } from './completionPacking';
import type { UnitCatalog } from '../host/unitCatalog';
import { expansionCompletions } from './expansions';
import { specifierCompletions } from './specifiers';
import { takenDirectives } from './takenDirectives';
import { UNIT_KINDS, unitNameCandidates } from './unitValues';
import { withTemplateForms, type UnitNameCandidate } from './unitTemplates';
import { valueCompletions } from './valueCompletion';
import { english, type Translator } from '../l10n/translator';

export interface CompletionSettings {
  version: Version;
  /** Unit files known in the workspace and on the host, for unit-name values. */
  units?: UnitCatalog;
  /** The language of details and documentation; English when left out. */
  t?: Translator;
}

/** The items at a position, already narrowed to the typed prefix (see `completion`). */
export function complete(analyzed: AnalyzedDocument, requested: Position, settings: CompletionSettings): CompletionItem[] {
  return completion(analyzed, requested, settings).items;
}

/** A completion list, and whether completionItem/resolve rebuilds every item's detail from its data. */
export interface CompletionAnswer extends CompletionList {
  detailsOnResolve?: boolean;
}

/**
 * The completion list at a position. With a partly typed word only the items matching it are sent,
 * marked incomplete so that the client asks again as the word changes; with nothing typed, all of them.
 * Directive and value lists come in LSP 3.17 form: the edit range and resolve data are list defaults and
 * the items are shared between requests (frozen); `completionPacking.ts` makes what each client reads.
 */
export function completionList(analyzed: AnalyzedDocument, requested: Position, settings: CompletionSettings): CompletionAnswer {
  const { doc } = analyzed;
  // Edit ranges are built from the position, so they must not point past the text.
  const position = clampPosition(doc, requested);
  return candidates(analyzed, position, settings);
}

/** The same list with every item whole (its own edit and data), as a client without item defaults reads it. */
export function completion(analyzed: AnalyzedDocument, requested: Position, settings: CompletionSettings): CompletionAnswer {
  const list = completionList(analyzed, requested, settings);
  return { ...withoutDefaults(list), ...(list.detailsOnResolve ? { detailsOnResolve: true } : {}) };
}

/** What is left once `prefix` (the typed part of the word) rules out names: all of them when it is empty. */
function narrowed<T extends { name: string }>(all: T[], prefix: string): T[] {
  return prefix ? all.filter((x) => matchesSubsequence(x.name, prefix)) : all;
}

function candidates(analyzed: AnalyzedDocument, position: Position, settings: CompletionSettings): CompletionAnswer {
  const { doc, support, kind } = analyzed;
  // The schema's name for resolve: a family file's is its family's, not the dialect's.
  const schemaRef: SchemaRef = kind.dialect === 'systemd' && kind.family !== undefined
    ? { dialect: doc.dialect, family: kind.family, familyType: kind.familyType ?? '' } : { dialect: doc.dialect };
  const t = settings.t ?? english;
  const none: CompletionList = { isIncomplete: false, items: [] };
  const cursor = locate(doc, position);
  const line = position.line;
  switch (cursor.part) {
    case 'header': {
      const open = cursor.linePrefix.indexOf('[');
      // Before the bracket the cursor is not in the header: nothing to replace around it.
      if (open < 0) return none;
      const lineText = doc.lines[line]?.text ?? '';
      const close = lineText.indexOf(']', open);
      // The edit must cover the cursor, also when it stands after the closing bracket.
      const end = Math.max(close < 0 ? lineText.length : close + 1, position.character);
      const replace: Range = { start: { line, character: open }, end: { line, character: end } };
      const unitType = kind.dialect === 'systemd' ? kind.unitType : undefined;
      // A dozen sections at most: not worth filtering, so the list stays complete.
      // The label starts with what is typed (`[Ser`), so it filters as it is: no filterText.
      const items = sectionsFor(support.schema, unitType).map((section, i): CompletionItem => ({
        label: `[${section.name}${section.takesName ? ':…' : ''}]`,
        kind: CompletionItemKind.Module,
        data: { ...schemaRef, kind: 'section', name: section.name } satisfies ResolveData,
        ...(section.takesName ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
        textEdit: { range: replace, newText: section.takesName ? `[${section.name}:\${1:name}]` : `[${section.name}]` },
        sortText: sortKey(i),
      }));
      return { isIncomplete: false, items };
    }
    case 'blank':
    case 'key': {
      if (!cursor.section) return none;
      const spec = findSection(support.schema, cursor.section.name);
      if (!spec) return none;
      const start = cursor.entry ? cursor.entry.keyRange.start : { line, character: cursor.linePrefix.length - cursor.linePrefix.trimStart().length };
      const end = cursor.entry ? cursor.entry.keyRange.end : position;
      const separator = doc.dialect === 'systemd' ? '=' : ' = ';
      const withSeparator = !cursor.entry;
      const type = sectionType(doc.dialect, cursor.section.name);
      const prefix = (doc.lines[line]?.text ?? '').slice(start.character, position.character);
      const all = directivesIn(support.schema, type);
      const shared = directiveItems(all, doc.dialect, type, spec.name, withSeparator ? separator : '', settings.version, t, support.schema.releaseName);
      // One data object for every item (the name is the label): a client that takes item defaults gets it once.
      const data: ResolveData = { ...schemaRef, kind: 'directive', section: type, version: settings.version };
      // Matching names before building items: building all of a section's items was most of the time.
      const taken = takenDirectives(doc, cursor.section, support.schema, type, line);
      const items = prefix === '' ? untakenItems(shared, all, taken)
        : narrowed(taken.size > 0 ? all.filter((d) => !taken.has(d.name)) : all, prefix).map((d) => shared.get(d.name)!);
      return { isIncomplete: prefix !== '', itemDefaults: { editRange: { start, end }, data }, items, detailsOnResolve: true };
    }
    case 'value': {
      const entry = cursor.entry;
      if (!entry || !cursor.section) return none;
      const type = sectionType(doc.dialect, cursor.section.name);
      const directive = findDirective(support.schema, entry.key, type);
      if (!directive) return none;
      const before = entry.value.slice(0, cursor.valueOffset);
      // The `%` must be on the cursor's line: a trailing continuation line lies past the trimmed value.
      if (isUnitKind(kind) && /(^|[^%])(%%)*%$/.test(before) && cursor.linePrefix.endsWith('%')) {
        const range: Range = { start: positionAt(entry.pieces, cursor.valueOffset - 1), end: position };
        return { isIncomplete: false, items: specifierCompletions(range, settings.version, t) };
      }
      const expansion = /%\((\w*)$/.exec(before);
      if (doc.dialect === 'supervisor' && expansion) {
        const start = positionAt(entry.pieces, cursor.valueOffset - expansion[0].length);
        return { isIncomplete: false, items: expansionCompletions(directive.expansions ?? [], { start, end: position }, t) };
      }
      const word = wordAt(entry.value, cursor.valueOffset);
      const range: Range = { start: positionAt(entry.pieces, word.start), end: positionAt(entry.pieces, word.end) };
      const prefix = entry.value.slice(word.start, cursor.valueOffset);
      const ownUnit = kind.dialect === 'systemd' ? kind.unitName : undefined;
      // A unit's detail says where it was found ("in the workspace: PATH"): our words, matched by the catalog.
      const unitNames = UNIT_KINDS.has(directive.value.kind);
      const all = unitNames
        ? valueItems(withTemplateForms(unitNameCandidates(settings.version, settings.units, kind.dialect === 'systemd' ? kind : undefined), directive.name, ownUnit)
          .map((v) => (t === english || v.summary === undefined ? v : { ...v, summary: t.message(v.summary) })))
        : schemaValueItems(directive, settings.version, t);
      const data: ResolveData = { ...schemaRef, kind: 'value', section: type, name: directive.name };
      const items = prefix ? all.filter((item) => matchesSubsequence(item.label, prefix)) : all;
      // A unit's detail comes from the catalog, which resolve does not ask; a schema value's it finds again.
      return { isIncomplete: prefix !== '', itemDefaults: { editRange: range, data }, items, detailsOnResolve: !unitNames };
    }
    default:
      return none;
  }
}

/** Value items without where they go; sortText keeps the given order (counted before narrowing, so it does not depend on the prefix). */
function valueItems(values: UnitNameCandidate[]): CompletionItem[] {
  return values.map((v, i): CompletionItem => {
    const item: CompletionItem = v.summary === undefined ? { label: v.name, kind: CompletionItemKind.EnumMember, sortText: sortKey(i, values.length) }
      : { label: v.name, kind: CompletionItemKind.EnumMember, detail: v.summary, sortText: sortKey(i, values.length) };
    if (v.snippet) {
      item.insertTextFormat = InsertTextFormat.Snippet;
      item.textEditText = v.snippet;
    }
    return item;
  });
}

/** Cached per directive, release and language: a schema's values do not change. Frozen, to be shared. */
const schemaValues = new WeakMap<Translator, WeakMap<DirectiveSpec, Map<Version, CompletionItem[]>>>();

function schemaValueItems(directive: DirectiveSpec, version: Version, t: Translator): CompletionItem[] {
  let byDirective = schemaValues.get(t);
  if (!byDirective) schemaValues.set(t, (byDirective = new WeakMap()));
  let byVersion = byDirective.get(directive);
  if (!byVersion) byDirective.set(directive, (byVersion = new Map()));
  let items = byVersion.get(version);
  if (!items) byVersion.set(version, (items = Object.freeze(valueItems(valueCompletions(directive, version, t)).map((i) => Object.freeze(i))) as CompletionItem[]));
  return items;
}
