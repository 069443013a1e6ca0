// "Where is the cursor?": the one lookup that completion, hover, code actions and definitions share.
import type { Position, Range } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument, Section } from '../parse/model';
import { offsetAt } from '../parse/positions';

export type CursorPart = 'header' | 'key' | 'value' | 'blank' | 'comment' | 'other';

export interface CursorContext {
  part: CursorPart;
  /** The section the cursor is in (the last header above it). */
  section: Section | undefined;
  entry: Entry | undefined;
  /** For `value`: the offset in `entry.value`. */
  valueOffset: number;
  /** The text of the line before the cursor. */
  linePrefix: string;
}

export function contains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line ||
    (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

function sectionAt(doc: ParsedDocument, line: number): Section | undefined {
  let found: Section | undefined;
  for (const section of doc.sections) {
    if (section.headerRange.start.line <= line) found = section;
    else break;
  }
  return found;
}

/** The entry whose lines hold `line`: entries are in document order and do not overlap, so a binary search finds it. */
function entryAt(entries: readonly Entry[], line: number): Entry | undefined {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (entries[mid].range.start.line <= line) low = mid + 1;
    else high = mid;
  }
  const entry = low > 0 ? entries[low - 1] : undefined;
  return entry && entry.range.end.line >= line ? entry : undefined;
}

export function locate(doc: ParsedDocument, position: Position): CursorContext {
  const lineText = doc.lines[position.line]?.text ?? '';
  const linePrefix = lineText.slice(0, position.character);
  const section = sectionAt(doc, position.line);
  const base: CursorContext = { part: 'other', section, entry: undefined, valueOffset: 0, linePrefix };
  const kind = doc.lines[position.line]?.kind;
  if (kind === 'comment') return { ...base, part: 'comment' };
  if (section && section.headerRange.start.line === position.line) {
    return { ...base, part: 'header', section: position.character > section.headerRange.start.character ? section : base.section };
  }
  const entry = entryAt(section ? section.entries : doc.orphanEntries, position.line);
  if (entry) {
    if (contains(entry.keyRange, position) && position.line === entry.keyRange.start.line) {
      return { ...base, part: 'key', entry };
    }
    const offset = offsetAt(entry.pieces, position);
    if (offset !== undefined) return { ...base, part: 'value', entry, valueOffset: offset };
    if (position.line === entry.keyRange.start.line && position.character < entry.keyRange.start.character) {
      return { ...base, part: 'blank' };
    }
    return { ...base, part: 'other', entry };
  }
  if (/^\s*\[/.test(linePrefix)) return { ...base, part: 'header' };
  return { ...base, part: /^\s*[\w.-]*$/.test(linePrefix) ? 'blank' : 'other' };
}

/**
 * A position moved inside the document the way TextDocument.offsetAt reads it: past the end of a line
 * means its end, past the last line means the end of the text. Clients do send such positions.
 */
export function clampPosition(doc: ParsedDocument, position: Position): Position {
  const last = doc.lines.length - 1;
  if (position.line > last) return { line: last, character: doc.lines[last].text.length };
  const line = Math.max(position.line, 0);
  return { line, character: Math.min(Math.max(position.character, 0), doc.lines[line].text.length) };
}

/** The word around an offset in a value: letters, digits and `-_.:@%+`. */
export function wordAt(text: string, offset: number): { start: number; end: number } {
  const isWord = (c: string | undefined) => c !== undefined && /[\w\-.:@%+]/.test(c);
  let start = offset;
  let end = offset;
  while (start > 0 && isWord(text[start - 1])) start--;
  while (end < text.length && isWord(text[end])) end++;
  return { start, end };
}
