// Completion of section headers, directive names and values, from the schema.
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind,
  type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { directivesIn, findDirective, findSection, sectionType, sectionsFor } from '../schema/lookup';
import type { DirectiveSpec, Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { positionAt } from '../parse/positions';
import { clampPosition, locate, wordAt } from './cursor';
import { directiveMarkdown, enumValueMarkdown, sectionMarkdown, valueLabel } from './markdown';
import type { UnitCatalog } from '../host/unitCatalog';
import { expansionCompletions } from './expansions';
import { specifierCompletions } from './specifiers';
import { UNIT_KINDS, unitNameCandidates } from './unitValues';
import { valueCompletions } from './valueCompletion';

export interface CompletionSettings {
  version: Version;
  /** Unit files known in the workspace and on the host, for unit-name values. */
  units?: UnitCatalog;
}

export function complete(analyzed: AnalyzedDocument, requested: Position, settings: CompletionSettings): CompletionItem[] {
  const { doc, support, kind } = analyzed;
  // Edit ranges are built from the position, so they must not point past the text.
  const position = clampPosition(doc, requested);
  const cursor = locate(doc, position);
  const line = position.line;
  switch (cursor.part) {
    case 'header': {
      const open = cursor.linePrefix.indexOf('[');
      // Before the bracket the cursor is not in the header: nothing to replace around it.
      if (open < 0) return [];
      const lineText = doc.lines[line]?.text ?? '';
      const close = lineText.indexOf(']', open);
      // The edit must cover the cursor, also when it stands after the closing bracket.
      const end = Math.max(close < 0 ? lineText.length : close + 1, position.character);
      const replace: Range = { start: { line, character: open }, end: { line, character: end } };
      const unitType = kind.dialect === 'systemd' ? kind.unitType : undefined;
      return sectionsFor(support.schema, unitType).map((section, i) => ({
        label: `[${section.name}${section.takesName ? ':…' : ''}]`,
        kind: CompletionItemKind.Module,
        documentation: { kind: MarkupKind.Markdown, value: sectionMarkdown(section) },
        insertTextFormat: section.takesName ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: replace, newText: section.takesName ? `[${section.name}:\${1:name}]` : `[${section.name}]` },
        filterText: `[${section.name}`,
        sortText: String(i).padStart(3, '0'),
      }));
    }
    case 'blank':
    case 'key': {
      if (!cursor.section) return [];
      const spec = findSection(support.schema, cursor.section.name);
      if (!spec) return [];
      const start = cursor.entry ? cursor.entry.keyRange.start : { line, character: cursor.linePrefix.length - cursor.linePrefix.trimStart().length };
      const end = cursor.entry ? cursor.entry.keyRange.end : position;
      const separator = doc.dialect === 'systemd' ? '=' : ' = ';
      const withSeparator = !cursor.entry;
      return directivesIn(support.schema, sectionType(doc.dialect, cursor.section.name)).map((d) =>
        directiveItem(d, spec.name, { start, end }, withSeparator ? separator : '', settings.version));
    }
    case 'value': {
      const entry = cursor.entry;
      if (!entry || !cursor.section) return [];
      const directive = findDirective(support.schema, entry.key, sectionType(doc.dialect, cursor.section.name));
      if (!directive) return [];
      const before = entry.value.slice(0, cursor.valueOffset);
      // The `%` must be on the cursor's line: a trailing continuation line lies past the trimmed value.
      if (doc.dialect === 'systemd' && /(^|[^%])(%%)*%$/.test(before) && cursor.linePrefix.endsWith('%')) {
        const range: Range = { start: positionAt(entry.pieces, cursor.valueOffset - 1), end: position };
        return specifierCompletions(range, settings.version);
      }
      const expansion = /%\((\w*)$/.exec(before);
      if (doc.dialect === 'supervisor' && expansion) {
        const start = positionAt(entry.pieces, cursor.valueOffset - expansion[0].length);
        return expansionCompletions(directive.expansions ?? [], { start, end: position });
      }
      const word = wordAt(entry.value, cursor.valueOffset);
      const range: Range = { start: positionAt(entry.pieces, word.start), end: positionAt(entry.pieces, word.end) };
      const candidates = UNIT_KINDS.has(directive.value.kind)
        ? unitNameCandidates(settings.version, settings.units, kind.dialect === 'systemd' ? kind.unitName : undefined)
        : valueCompletions(directive, settings.version);
      return candidates.map((v, i) => ({
        label: v.name,
        kind: CompletionItemKind.EnumMember,
        detail: v.summary,
        documentation: { kind: MarkupKind.Markdown, value: enumValueMarkdown(directive, v) },
        textEdit: { range, newText: v.name },
        sortText: String(i).padStart(3, '0'),
      }));
    }
    default:
      return [];
  }
}

const docsCache = new WeakMap<DirectiveSpec, Map<string, string>>();

/**
 * A directive's markdown, built once per separator and target version: a section lists hundreds
 * of directives, and rebuilding all their documentation was most of a completion request's time.
 */
function directiveDocs(d: DirectiveSpec, separator: string, version: Version): string {
  let byTarget = docsCache.get(d);
  if (!byTarget) docsCache.set(d, (byTarget = new Map()));
  const key = `${separator} ${version}`;
  let markdown = byTarget.get(key);
  if (markdown === undefined) byTarget.set(key, (markdown = directiveMarkdown(d, separator, version)));
  return markdown;
}

function directiveItem(d: DirectiveSpec, section: string, range: Range, separator: string, version: Version): CompletionItem {
  const placement = d.placements.find((p) => p.section === section);
  const inactive = placement !== undefined && !versionWithin(version, placement.since, placement.until);
  const deprecated = placement?.status === 'deprecated' || placement?.status === 'removed';
  const item: CompletionItem = {
    label: d.name,
    kind: CompletionItemKind.Property,
    detail: valueLabel(d.value) + (inactive ? ` (not in systemd ${version})` : ''),
    documentation: { kind: MarkupKind.Markdown, value: directiveDocs(d, separator.trim() || '=', version) },
    textEdit: { range, newText: d.name + separator },
    sortText: (deprecated || inactive ? '1' : '0') + d.name.toLowerCase(),
  };
  if (deprecated) item.tags = [CompletionItemTag.Deprecated];
  // Offer the value list right after the name is inserted.
  if (separator && d.value.values?.length) item.command = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };
  return item;
}
