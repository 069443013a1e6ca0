// The outline: one symbol per section, its directives as children.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse/model';

export function documentSymbols(doc: ParsedDocument): DocumentSymbol[] {
  return doc.sections.map((section) => ({
    name: `[${section.name}]`,
    kind: SymbolKind.Module,
    range: section.range,
    selectionRange: section.headerRange,
    children: section.entries.map((entry) => ({
      name: entry.key || '(empty)',
      detail: entry.value.length > 60 ? entry.value.slice(0, 57) + '…' : entry.value,
      kind: SymbolKind.Property,
      range: entry.range,
      selectionRange: entry.keyRange,
    })),
  }));
}
