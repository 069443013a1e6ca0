// Selection ranges: the word under the cursor in a value, then the value, the entry (with its
// continuation lines), the section and the whole file.
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse/model';
import { offsetAt, positionAt } from '../parse/positions';
import { contains } from './cursor';

const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character
  && a.end.line === b.end.line && a.end.character === b.end.character;

/** Ranges from the widest to the narrowest, each inside the one before, duplicates left out. */
function chain(ranges: Range[]): SelectionRange {
  let parent: SelectionRange | undefined;
  for (const range of ranges) {
    if (parent && sameRange(parent.range, range)) continue;
    parent = parent ? { range, parent } : { range };
  }
  return parent as SelectionRange;
}

function fileRange(doc: ParsedDocument): Range {
  const last = doc.lines.length - 1;
  return { start: { line: 0, character: 0 }, end: { line: Math.max(last, 0), character: doc.lines[last]?.text.length ?? 0 } };
}

export function selectionRange(doc: ParsedDocument, position: Position): SelectionRange {
  const ranges: Range[] = [fileRange(doc)];
  const section = doc.sections.find((s) => contains(s.range, position));
  if (section) ranges.push(section.range);
  const entries = section ? section.entries : doc.orphanEntries;
  const entry = entries.find((e) => contains(e.range, position));
  if (entry) {
    ranges.push(entry.range);
    if (contains(entry.valueRange, position) && entry.value !== '') {
      ranges.push(entry.valueRange);
      const offset = offsetAt(entry.pieces, position);
      if (offset !== undefined) {
        let start = offset;
        let end = offset;
        while (start > 0 && !/\s/.test(entry.value[start - 1])) start--;
        while (end < entry.value.length && !/\s/.test(entry.value[end])) end++;
        if (end > start) ranges.push({ start: positionAt(entry.pieces, start), end: positionAt(entry.pieces, end) });
      }
    }
  }
  return chain(ranges);
}

export function selectionRanges(doc: ParsedDocument, positions: Position[]): SelectionRange[] {
  return positions.map((p) => selectionRange(doc, p));
}
