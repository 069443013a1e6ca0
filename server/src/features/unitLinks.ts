// Go to definition and document links for unit names in dependency values. Names resolve among the
// unit files of the document's own manager (the user folders for a user unit), and an instance
// with no file of its own resolves to its template.
import { isUnitKind } from '../classify/fileKind';
import type { DocumentLink, Location, Position } from 'vscode-languageserver-types';
import { fileUriOf } from '../util/fileUri';
import type { AnalyzedDocument } from '../analysis';
import type { UnitCatalog, UnitFile } from '../host/unitCatalog';
import { MAX_LIST_ITEMS } from '../limits';
import { positionAt } from '../parse/positions';
import { findDirective } from '../schema/lookup';
import { locate } from './cursor';
import { templateOf, UNIT_KINDS, unitFileFor, unitTokens } from './unitValues';

export function unitDefinition(analyzed: AnalyzedDocument, position: Position, catalog: UnitCatalog): Location | null {
  if (!isUnitKind(analyzed.kind)) return null;
  const scope = analyzed.kind.scope;
  const cursor = locate(analyzed.doc, position);
  const entry = cursor.entry;
  if (cursor.part !== 'value' || !entry || !cursor.section) return null;
  const directive = findDirective(analyzed.support.schema, entry.key, cursor.section.name);
  if (!directive || !UNIT_KINDS.has(directive.value.kind)) return null;
  const token = unitTokens(entry.value).find((t) => t.start <= cursor.valueOffset && cursor.valueOffset <= t.end);
  const file = token && unitFileFor(catalog, token.name, scope);
  if (!file) return null;
  const start = { line: 0, character: 0 };
  return { uri: file.uri ?? fileUriOf(file.path), range: { start, end: start } };
}

/** At most `max` links, in document order. */
export function unitLinks(analyzed: AnalyzedDocument, catalog: UnitCatalog, max = MAX_LIST_ITEMS): DocumentLink[] {
  if (!isUnitKind(analyzed.kind)) return [];
  const links: DocumentLink[] = [];
  // One lookup table per answer: the catalog's find walks its whole list, once per unit name here;
  // and one URI per file, not per link.
  const files = new Map<string, { file: UnitFile; href?: string }>();
  for (const file of catalog.all(analyzed.kind.scope)) if (!files.has(file.name)) files.set(file.name, { file });
  for (const section of analyzed.doc.sections) {
    for (const entry of section.entries) {
      if (links.length >= max) return links;
      const directive = findDirective(analyzed.support.schema, entry.key, section.name);
      if (!directive || !UNIT_KINDS.has(directive.value.kind)) continue;
      for (const token of unitTokens(entry.value)) {
        const template = templateOf(token.name);
        const found = files.get(token.name) ?? (template === undefined ? undefined : files.get(template));
        if (!found || links.length >= max) continue;
        found.href ??= found.file.uri ?? fileUriOf(found.file.path);
        links.push({
          range: { start: positionAt(entry.pieces, token.start), end: positionAt(entry.pieces, token.end) },
          target: found.href,
          tooltip: found.file.path,
        });
      }
    }
  }
  return links;
}
