// The outline: one symbol per section, its directives as children. At most MAX_LIST_ITEMS symbols
// in all, sections and directives counted alike, in document order.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse/model';
import { MAX_LIST_ITEMS } from '../limits';

export function documentSymbols(doc: ParsedDocument, max = MAX_LIST_ITEMS): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  let budget = max;
  for (const section of doc.sections) {
    if (budget-- <= 0) break;
    const entries = section.entries.length > budget ? section.entries.slice(0, budget) : section.entries;
    budget -= entries.length;
    symbols.push({
      name: `[${section.name}]`,
      kind: SymbolKind.Module,
      range: section.range,
      selectionRange: section.headerRange,
      children: entries.map((entry) => ({
        name: entry.key || '(empty)',
        detail: entry.value.length > 60 ? entry.value.slice(0, 57) + '…' : entry.value,
        kind: SymbolKind.Property,
        range: entry.range,
        selectionRange: entry.keyRange,
      })),
    });
  }
  return symbols;
}
