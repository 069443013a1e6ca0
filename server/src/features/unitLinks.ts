// Go to definition and document links for unit names in dependency values. Names resolve among the
// unit files of the document's own manager (the user folders for a user unit), and an instance
// with no file of its own resolves to its template.
import type { DocumentLink, Location, Position } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import type { AnalyzedDocument } from '../analysis';
import type { UnitCatalog } from '../host/unitCatalog';
import { positionAt } from '../parse/positions';
import { findDirective } from '../schema/lookup';
import { locate } from './cursor';
import { UNIT_KINDS, unitFileFor, unitTokens } from './unitValues';

export function unitDefinition(analyzed: AnalyzedDocument, position: Position, catalog: UnitCatalog): Location | null {
  if (analyzed.kind.dialect !== 'systemd') return null;
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
  return { uri: pathToFileURL(file.path).href, range: { start, end: start } };
}

export function unitLinks(analyzed: AnalyzedDocument, catalog: UnitCatalog): DocumentLink[] {
  if (analyzed.kind.dialect !== 'systemd') return [];
  const scope = analyzed.kind.scope;
  const links: DocumentLink[] = [];
  for (const section of analyzed.doc.sections) {
    for (const entry of section.entries) {
      const directive = findDirective(analyzed.support.schema, entry.key, section.name);
      if (!directive || !UNIT_KINDS.has(directive.value.kind)) continue;
      for (const token of unitTokens(entry.value)) {
        const file = unitFileFor(catalog, token.name, scope);
        if (!file) continue;
        links.push({
          range: { start: positionAt(entry.pieces, token.start), end: positionAt(entry.pieces, token.end) },
          target: pathToFileURL(file.path).href,
          tooltip: file.path,
        });
      }
    }
  }
  return links;
}
