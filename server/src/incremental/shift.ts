// Moving parsed things and diagnostics down or up by whole lines: what an edit does to everything
// after it. A shift of zero lines hands the same objects back (the common one-character edit).
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { Entry, Expansion, Section, SyntaxProblem, ValuePiece } from '../parse/model';

export const shiftPosition = (p: Position, lines: number): Position => ({ line: p.line + lines, character: p.character });

export const shiftRange = (r: Range, lines: number): Range => ({ start: shiftPosition(r.start, lines), end: shiftPosition(r.end, lines) });

export function shiftEntry(entry: Entry, lines: number): Entry {
  if (lines === 0) return entry;
  // The parser shares equal ranges and positions; the copy shares them the same way. Written out
  // field by field in the parsers' order (a spread costs more, and a large file moves thousands).
  const { keyRange, valueRange, range } = entry;
  const keyStart = shiftPosition(keyRange.start, lines);
  const movedKey: Range = { start: keyStart, end: shiftPosition(keyRange.end, lines) };
  const movedValue: Range = { start: shiftPosition(valueRange.start, lines), end: shiftPosition(valueRange.end, lines) };
  const pieces: ValuePiece[] = entry.pieces.length === 1 && entry.pieces[0].range === valueRange
    ? [{ text: entry.pieces[0].text, range: movedValue, offset: entry.pieces[0].offset }]
    : entry.pieces.map((piece) => ({
      text: piece.text, range: piece.range === valueRange ? movedValue : shiftRange(piece.range, lines), offset: piece.offset,
    }));
  const end = range.end === valueRange.end ? movedValue.end : shiftPosition(range.end, lines);
  const expansions: Expansion[] = entry.expansions.length === 0 ? entry.expansions
    : entry.expansions.map((e) => ({ ...e, range: shiftRange(e.range, lines), nameRange: shiftRange(e.nameRange, lines) }));
  return {
    key: entry.key, keyRange: movedKey, separator: entry.separator, value: entry.value, pieces, valueRange: movedValue,
    range: { start: keyStart, end }, expansions,
  };
}

/**
 * On a moved section (not enumerable: copies and JSON leave it out): its entries as last read, and
 * by how many lines they are still to move (0 once read: the old entries are then let go).
 */
const UNMOVED = Symbol('entries before the move');

interface Unmoved {
  entries: Entry[];
  lines: number;
}

type MovedSection = Section & { [UNMOVED]?: Unmoved };

/** The one getter of every moved section's entries (one function for all keeps the sections one shape). */
function movedEntries(this: MovedSection): Entry[] {
  const unmoved = this[UNMOVED] as Unmoved;
  if (unmoved.lines !== 0) {
    const lines = unmoved.lines;
    unmoved.entries = unmoved.entries.map((e) => shiftEntry(e, lines));
    unmoved.lines = 0;
  }
  return unmoved.entries;
}

const ENTRIES_WHEN_READ: PropertyDescriptor = { get: movedEntries, enumerable: true, configurable: true };

/**
 * The section moved by `lines`. Its entries are moved when first read: a line break near the top
 * of a 10,000-line file moves every section below it, and when the rules keep their findings
 * (findings.ts) nothing reads those entries before the next edit moves them again. Moving a section
 * that was never read moves its original entries once, by the lines of both moves.
 */
export function shiftSection(section: MovedSection, lines: number): Section {
  if (lines === 0) return section;
  const before = section[UNMOVED];
  const headerRange = shiftRange(section.headerRange, lines);
  const moved = {
    name: section.name, nameRange: shiftRange(section.nameRange, lines), headerRange,
    range: section.range === section.headerRange ? headerRange : shiftRange(section.range, lines),
  } as Section;
  Object.defineProperty(moved, 'entries', ENTRIES_WHEN_READ);
  const unmoved: Unmoved = before ? { entries: before.entries, lines: before.lines + lines } : { entries: section.entries, lines };
  Object.defineProperty(moved, UNMOVED, { value: unmoved });
  return moved;
}

export const shiftProblem = (p: SyntaxProblem, lines: number): SyntaxProblem => (lines === 0 ? p : { ...p, range: shiftRange(p.range, lines) });

/**
 * A diagnostic with every position of this document at or after line `from` moved by `lines`: its
 * range, its related information and the edits of its fixes. Locations in other files stay.
 */
export function shiftDiagnostic(d: Diagnostic, from: number, lines: number, uri: string | undefined): Diagnostic {
  if (lines === 0) return d;
  return shiftDeep(d, from, lines, uri) as Diagnostic;
}

function shiftDeep(value: unknown, from: number, lines: number, uri: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => shiftDeep(v, from, lines, uri));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.uri === 'string' && record.uri !== uri) return value;
  if (typeof record.line === 'number' && typeof record.character === 'number' && Object.keys(record).length === 2) {
    return record.line >= from ? { line: record.line + lines, character: record.character } : value;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) copy[key] = shiftDeep(record[key], from, lines, uri);
  return copy;
}

/** Every line any position of this document in `d` is on (related locations in other files left out). */
export function linesOf(d: Diagnostic, uri: string | undefined, found: number[] = []): number[] {
  collectLines(d, uri, found);
  return found;
}

function collectLines(value: unknown, uri: string | undefined, found: number[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collectLines(v, uri, found);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.uri === 'string' && record.uri !== uri) return;
  if (typeof record.line === 'number' && typeof record.character === 'number') {
    found.push(record.line);
    return;
  }
  for (const key of Object.keys(record)) collectLines(record[key], uri, found);
}
