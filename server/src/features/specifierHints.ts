// Inlay hints that spell out what a systemd `%x` specifier or a supervisor `%(name)s` expansion
// stands for in this file: `%n` shows `= web.service`, `%(program_name)s` `= web`. Only values the
// file itself decides are shown (its name, path, section); the system manager's folders and user,
// the same in every unit, are left to hover.
import { isUnitKind } from '../classify/fileKind';
import { InlayHintKind, MarkupKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import type { Entry } from '../parse/model';
import { pathOf } from '../classify/classify';
import { positionAt } from '../parse/positions';
import { specifierDirectives } from '../schema/systemd/directives.generated';
import { findDirective } from '../schema/lookup';
import type { Version } from '../schema/types';
import type { WorkspaceView } from '../rules/types';
import { expansionValues } from './expansionValues';
import { codeSpan, escapeMarkdown, inlineMarkdown } from './inlineText';
import { findSpecifier } from './specifiers';
import { FILE_SPECIFIERS, NAME_CONTEXT_SPECIFIERS, specifierOccurrences, specifierValue } from './specifierValues';
import { UNIT_KINDS } from './unitValues';
import { english, type Translator } from '../l10n/translator';

/** Longer values are cut (a hint is a glance; hover has the whole of it). */
const MAX_LABEL = 48;

function label(value: string): string {
  const shown = value === '' ? '""' : value.length > MAX_LABEL ? `${value.slice(0, MAX_LABEL - 1)}…` : value;
  return `= ${shown}`;
}

function hint(position: InlayHint['position'], value: string, tooltip: string): InlayHint {
  return { position, label: label(value), kind: InlayHintKind.Parameter, paddingLeft: true, paddingRight: true,
    tooltip: { kind: MarkupKind.Markdown, value: tooltip } };
}

/** Whether `a` has a line in `range` (editors ask for the lines on screen). */
const overlaps = (a: Range, range: Range) => a.end.line >= range.start.line && a.start.line <= range.end.line;
const within = (entry: Entry, range: Range) => overlaps(entry.range, range);

/** The hints of the entries on the lines of `range`. */
export function specifierHints(a: AnalyzedDocument, range: Range, version: Version, workspace: WorkspaceView | undefined, t: Translator = english): InlayHint[] {
  return a.kind.dialect === 'systemd' ? systemdHints(a, range, version, t) : supervisorHints(a, range, workspace, t);
}

function systemdHints(a: AnalyzedDocument, range: Range, version: Version, t: Translator): InlayHint[] {
  const kind = a.kind;
  if (!isUnitKind(kind)) return [];
  const filePath = a.uri.startsWith('file:') ? pathOf(a.uri) : undefined;
  const hints: InlayHint[] = [];
  for (const section of a.doc.sections) {
    if (!overlaps(section.range, range)) continue;
    for (const entry of section.entries) {
      if (!entry.value.includes('%') || !specifierDirectives.has(entry.key) || !within(entry, range)) continue;
      // In unit names systemd expands fewer letters; the others are an error there, not a value.
      const unitNames = UNIT_KINDS.has(findDirective(a.support.schema, entry.key, section.name)?.value.kind ?? '');
      for (const { letter, start } of specifierOccurrences(entry.value)) {
        if (!FILE_SPECIFIERS.has(letter) || (unitNames && !NAME_CONTEXT_SPECIFIERS.has(letter))) continue;
        const found = specifierValue(kind, filePath, letter, version);
        const fact = findSpecifier(letter);
        if (!found || !fact) continue;
        hints.push(hint(positionAt(entry.pieces, start + 2), found.value, `${codeSpan(`%${letter}`)}: ${inlineMarkdown(t.schema(fact.meaning))}`));
      }
    }
  }
  return hints;
}

function supervisorHints(a: AnalyzedDocument, range: Range, workspace: WorkspaceView | undefined, t: Translator): InlayHint[] {
  const valueOf = expansionValues(a, workspace);
  const hints: InlayHint[] = [];
  for (const section of a.doc.sections) {
    if (!overlaps(section.range, range)) continue;
    for (const entry of section.entries) {
      if (entry.expansions.length === 0 || !within(entry, range)) continue;
      for (const expansion of entry.expansions) {
        const value = valueOf(section, entry, expansion);
        if (value !== undefined) hints.push(hint(expansion.range.end, value, t.format('{expansion} in {section}', { expansion: codeSpan(`%(${expansion.name})${expansion.conversion}`), section: escapeMarkdown(`[${section.name}]`) })));
      }
    }
  }
  return hints;
}
