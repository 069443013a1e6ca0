// Folding: each section, each multi-line value, and each run of comment lines; at most
// MAX_LIST_ITEMS ranges (editors fold no more than a few thousand regions anyway).
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse/model';
import { capped, MAX_LIST_ITEMS } from '../limits';

export function foldingRanges(doc: ParsedDocument, max = MAX_LIST_ITEMS): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of doc.sections) {
    if (ranges.length >= max) break;
    if (section.range.end.line > section.range.start.line) {
      ranges.push({ startLine: section.range.start.line, endLine: section.range.end.line });
    }
    for (const entry of section.entries) {
      if (entry.range.end.line > entry.range.start.line) {
        ranges.push({ startLine: entry.range.start.line, endLine: entry.range.end.line });
      }
    }
  }
  let runStart = -1;
  for (let n = 0; n < doc.lines.length && ranges.length < max; n++) {
    const isComment = doc.lines[n].kind === 'comment';
    if (isComment && runStart < 0) runStart = n;
    if (!isComment && runStart >= 0) {
      if (n - 1 > runStart) ranges.push({ startLine: runStart, endLine: n - 1, kind: FoldingRangeKind.Comment });
      runStart = -1;
    }
  }
  return capped(ranges, max);
}
