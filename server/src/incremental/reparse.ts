// Re-parsing only the lines an edit touched. Both parsers read a file top to bottom with little
// state: the current section, and (supervisor) the entry an indented line would continue. At the
// first line of an entry or a header that state is known, so parsing can start there (with the
// section's header line written in front) and stop at the first such line after the edit that the
// new parse also reads as the start of an entry (in a section of the same name) or a header:
// from there on the old parse holds, moved by the lines the edit added or removed.
// The result equals a full parse of the new text (test/fuzz/incremental.test.ts checks it).
import type { Entry, ParsedDocument, Section, SourceLine, SyntaxProblem } from '../parse/model';
import { parse } from '../parse';
import { shiftEntry, shiftProblem, shiftRange, shiftSection } from './shift';

/** The lines an edit replaced: [from, oldEnd) of the old text became [from, newEnd) of the new. */
export interface LineEdit {
  from: number;
  oldEnd: number;
  newEnd: number;
  /** Section headers inside the edited lines differ (added, removed or renamed). */
  headersChanged: boolean;
}

export interface Reparsed {
  doc: ParsedDocument;
  edit: LineEdit;
}

const isAnchor = (line: SourceLine) => line.kind === 'entry' || line.kind === 'section';

/** systemd lists its "outside any section" warnings after all other syntax problems. */
const trailing = (doc: ParsedDocument, p: SyntaxProblem) => doc.dialect === 'systemd' && p.code === 'syntax/outside-section';

export function reparse(old: ParsedDocument, oldText: string, newText: string): Reparsed | undefined {
  const starts = startsOf(old.lines);
  const result = reparseFrom(old, starts, oldText, newText);
  if (result && result.doc !== old) {
    const { from, oldEnd, newEnd } = result.edit;
    knownStarts.set(result.doc.lines, startsAfter(starts, result.doc.lines, from, newEnd, newEnd - oldEnd, newText.length - oldText.length));
  }
  return result;
}

function reparseFrom(old: ParsedDocument, starts: number[], oldText: string, newText: string): Reparsed | undefined {
  const prefix = commonPrefix(oldText, newText);
  if (prefix === oldText.length && prefix === newText.length) {
    return { doc: old, edit: { from: 0, oldEnd: 0, newEnd: 0, headersChanged: false } };
  }
  const suffix = commonSuffix(oldText, newText, Math.min(oldText.length, newText.length) - prefix);
  const suffixStart = oldText.length - suffix;
  let first = lineAt(starts, prefix);
  // A `\n` typed after a line ending in `\r` makes one `\r\n` of them: that line changes too.
  if (first > 0 && prefix === starts[first] && old.lines[first - 1].eol === '\r') first--;
  const last = lineAt(starts, suffixStart);
  // supervisor: any line may turn into the continuation of the entry before it.
  let from = old.dialect === 'supervisor' ? first - 1 : first;
  while (from > 0 && !isAnchor(old.lines[from])) from--;
  from = Math.max(from, 0);
  // The section the parser is in when it reaches `from` (an edited header may stop being one).
  const containing = from > 0 ? sectionBefore(old.sections, from) : undefined;
  // The region starts on line 1 of what is parsed: after the header of the section it is in, or after
  // an empty line (line 0 is special: a byte-order mark there is skipped).
  const header = containing ? old.lines[containing.headerRange.start.line].text + '\n' : from > 0 ? '\n' : '';

  let minimum = last + 1;
  for (let end = minimum; end < old.lines.length; end++) {
    if (end < minimum || !isAnchor(old.lines[end])) continue;
    // The line break before the anchor must be untouched, so that the anchor starts a line in the new text too.
    if (starts[end] - old.lines[end - 1].eol.length < suffixStart) continue;
    const anchorEnd = starts[end] + old.lines[end].text.length + (newText.length - oldText.length);
    const region = parse(header + newText.slice(starts[from], anchorEnd), old.dialect);
    const result = stitch(old, region, { from, oldEnd: end, header: header !== '', containing });
    if (result) return result;
    // Not an anchor in the new text: look twice as far next time, so a long run costs a few parses, not one per line.
    minimum = from + 2 * (end - from);
  }
  const region = parse(header + newText.slice(starts[from]), old.dialect);
  return stitch(old, region, { from, oldEnd: old.lines.length, header: header !== '', containing });
}

interface Splice {
  from: number;
  /** The old line the region stops before: an anchor, or the line count (the region runs to the end). */
  oldEnd: number;
  header: boolean;
  containing: Section | undefined;
}

function stitch(old: ParsedDocument, region: ParsedDocument, splice: Splice): Reparsed | undefined {
  const { from, oldEnd, containing } = splice;
  const toEnd = oldEnd === old.lines.length;
  const skip = splice.header ? 1 : 0;
  // Region lines in the region's own numbering: [skip, stop); `stop` is the anchor line when there is one.
  const stop = toEnd ? region.lines.length : region.lines.length - 1;
  const newEnd = from + stop - skip;
  // The text from the anchor on is the old text: its lines move by what the region gained or lost.
  const lineDelta = newEnd - oldEnd;
  const move = from - skip;
  const inRegion = (line: number) => line >= skip && line < stop;
  let anchorSection: string | undefined;
  if (!toEnd) {
    const anchor = region.lines[stop];
    if (anchor.kind !== old.lines[oldEnd].kind) return undefined;
    if (anchor.kind === 'entry') {
      // The entries after the region must stay in a section of the same name (or outside any).
      const newOpen = region.sections.length ? region.sections[region.sections.length - 1] : undefined;
      anchorSection = sectionBefore(old.sections, oldEnd)?.name;
      if (newOpen?.name !== anchorSection) return undefined;
    }
  }
  const tailKind = toEnd ? 'end' : old.lines[oldEnd].kind;

  const lines = old.lines.slice(0, from).concat(region.lines.slice(skip, stop), old.lines.slice(oldEnd));
  const regionEntries = (s: Section) => s.entries.filter((e) => inRegion(e.range.start.line)).map((e) => shiftEntry(e, move));

  const sectionsBefore = countBefore(old.sections, from, (s) => s.headerRange.start.line);
  const sections: Section[] = old.sections.slice(0, sectionsBefore);
  const rebuilt = new Set<Section>();
  const regionSections = region.sections.filter((s) => s.headerRange.start.line < stop);
  for (const [i, s] of regionSections.entries()) {
    if (i === 0 && containing) {
      const kept = containing.entries.slice(0, countBefore(containing.entries, from, (e) => e.range.start.line));
      const merged = { ...containing, entries: [...kept, ...regionEntries(s)] };
      sections[sections.length - 1] = merged;
      rebuilt.add(merged);
      continue;
    }
    const moved = { ...shiftSection({ ...s, entries: [] }, move), entries: regionEntries(s) };
    sections.push(moved);
    rebuilt.add(moved);
  }
  const afterSections = old.sections.slice(countBefore(old.sections, oldEnd, (s) => s.headerRange.start.line));
  let orphanTail: Entry[] = [];
  if (tailKind === 'entry') {
    const open = sectionBefore(old.sections, oldEnd);
    const list = open ? open.entries : old.orphanEntries;
    const tail = moved(list.slice(countBefore(list, oldEnd, (e) => e.range.start.line)), (e) => shiftEntry(e, lineDelta), lineDelta);
    if (open) {
      const target = sections[sections.length - 1];
      const grown = { ...target, entries: [...target.entries, ...tail] };
      sections[sections.length - 1] = grown;
      rebuilt.delete(target);
      rebuilt.add(grown);
    } else {
      orphanTail = tail;
    }
  }
  for (const s of afterSections) sections.push(lineDelta === 0 ? s : shiftSection(s, lineDelta));
  for (const [i, s] of sections.entries()) if (rebuilt.has(s)) sections[i] = closed(s);

  const orphanEntries = [
    ...old.orphanEntries.filter((e) => e.range.start.line < from),
    ...region.orphanEntries.filter((e) => inRegion(e.range.start.line)).map((e) => shiftEntry(e, move)),
    ...(tailKind === 'entry' ? orphanTail : old.orphanEntries.filter((e) => e.range.start.line >= oldEnd).map((e) => shiftEntry(e, lineDelta))),
  ];
  const comments = [
    ...old.comments.slice(0, countBefore(old.comments, from, (c) => c.start.line)),
    ...region.comments.filter((c) => inRegion(c.start.line)).map((c) => shiftRange(c, move)),
    ...moved(old.comments.slice(countBefore(old.comments, oldEnd, (c) => c.start.line)), (c) => shiftRange(c, lineDelta), lineDelta),
  ];
  const problemsOf = (late: boolean) => [
    ...old.problems.filter((p) => trailing(old, p) === late && p.range.start.line < from),
    ...region.problems.filter((p) => trailing(old, p) === late && inRegion(p.range.start.line)).map((p) => shiftProblem(p, move)),
    ...old.problems.filter((p) => trailing(old, p) === late && p.range.start.line >= oldEnd).map((p) => shiftProblem(p, lineDelta)),
  ];
  const doc: ParsedDocument = { dialect: old.dialect, lines, sections, orphanEntries, comments, problems: [...problemsOf(false), ...problemsOf(true)] };
  const headersChanged = headerNames(old.lines, from, oldEnd) !== headerNames(lines, from, newEnd);
  return { doc, edit: { from, oldEnd, newEnd, headersChanged } };
}

/** A section's range as the parsers close it: from the header to the end of its last entry. */
function closed(section: Section): Section {
  const last = section.entries[section.entries.length - 1];
  return { ...section, range: last ? { start: section.headerRange.start, end: last.range.end } : section.headerRange };
}

function headerNames(lines: SourceLine[], from: number, to: number): string {
  let names = '';
  for (let n = from; n < to; n++) if (lines[n].kind === 'section') names += lines[n].text.trim() + '\n';
  return names;
}

/** The last section whose header is above `line`. */
function sectionBefore(sections: Section[], line: number): Section | undefined {
  const count = countBefore(sections, line, (s) => s.headerRange.start.line);
  return count > 0 ? sections[count - 1] : undefined;
}

/** How many items of a list sorted by line lie above `line` (binary search). */
function countBefore<T>(items: readonly T[], line: number, lineOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (lineOf(items[mid]) < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Line start offsets by the lines of a parse: worked out once for the version an edit is made to, carried over by the edit. */
const knownStarts = new WeakMap<SourceLine[], number[]>();

function startsOf(lines: SourceLine[]): number[] {
  let starts = knownStarts.get(lines);
  if (!starts) knownStarts.set(lines, (starts = lineStarts(lines)));
  return starts;
}

/** The line starts after an edit: the same above it, counted over the edited lines, moved below them. */
function startsAfter(before: number[], lines: SourceLine[], from: number, newEnd: number, lineDelta: number, textDelta: number): number[] {
  // Built by push, slice and map: an array given its length up front may be kept as a slow dictionary by V8.
  const starts = before.slice(0, from + 1);
  for (let n = from; n < newEnd; n++) starts.push(starts[n] + lines[n].text.length + lines[n].eol.length);
  return starts.concat(before.slice(newEnd + 1 - lineDelta).map((offset) => offset + textDelta));
}

function lineStarts(lines: SourceLine[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length + line.eol.length;
  }
  starts.push(offset);
  return starts;
}

/** The line holding `offset` (the last line for the end of the text). */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The items moved by `lines`: the same list when they do not move. */
function moved<T>(items: T[], move: (item: T) => T, lines: number): T[] {
  return lines === 0 ? items : items.map(move);
}

const BLOCK = 1024;

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  // Whole blocks first: comparing two slices is one fast native comparison.
  while (at + BLOCK <= limit && a.slice(at, at + BLOCK) === b.slice(at, at + BLOCK)) at += BLOCK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let at = 0;
  while (at + BLOCK <= limit && a.slice(a.length - at - BLOCK, a.length - at) === b.slice(b.length - at - BLOCK, b.length - at)) at += BLOCK;
  while (at < limit && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  return at;
}
