// Whether an edit only moved lines: blank lines typed or deleted (Enter at the end of a line, an
// empty line removed), every other line of the edited span the same text, parsed the same way.
// Then no rule can find anything else (rules read entries, headers and the text of lines, not how
// many blank lines lie between them): their findings only move with the lines (findings.ts).
import type { ParsedDocument } from '../parse/model';
import type { LineEdit } from './reparse';
import { entriesStartingIn } from './regionEntries';

export function onlyBlankLinesChanged(old: ParsedDocument, doc: ParsedDocument, edit: LineEdit): boolean {
  const { from, oldEnd, newEnd } = edit;
  // A file of one line has no line break to copy (eolOf), and an empty file is a case of its own.
  if (edit.headersChanged || old.lines.length < 2 || doc.lines.length < 2) return false;
  return shapeOf(old, from, oldEnd) === shapeOf(doc, from, newEnd);
}

/**
 * The span [from, to) as the comparison sees it: its non-blank lines, and the entries, comments and
 * syntax problems on them, with each line number written relative to the lines that stay (the n-th
 * non-blank line of the span; a line below it by its distance from the span's end).
 */
function shapeOf(doc: ParsedDocument, from: number, to: number): string {
  const names = new Map<number, string>();
  const kept: string[] = [];
  for (let line = from; line < to; line++) {
    const { kind, text, eol } = doc.lines[line];
    // A position on a blank line is named by where that line is, so that one that moved differs.
    if (kind === 'blank') {
      names.set(line, `blank ${line - from}`);
      continue;
    }
    names.set(line, `line ${kept.length}`);
    kept.push(`${kind} ${eol.length} ${text}`);
  }
  const lineName = (line: number) => (line < from ? line : line >= to ? `below ${line - to}` : names.get(line));
  const entries = entriesStartingIn(doc, from, to).map(({ section, entry }) => [section?.name, entry]);
  const onSpan = (line: number) => line >= from && line < to;
  const comments = doc.comments.filter((c) => onSpan(c.start.line));
  const problems = doc.problems.filter((p) => onSpan(p.range.start.line));
  return JSON.stringify([kept, entries, comments, problems], (key, value: unknown) => (key === 'line' && typeof value === 'number' ? lineName(value) : value));
}
