// The entries that start on a span of lines, with their sections: what an edit replaced or wrote.
import type { Entry, ParsedDocument, Section } from '../parse/model';

export interface PlacedEntry {
  /** Undefined for an assignment above every section header. */
  section: Section | undefined;
  entry: Entry;
}

/** Entries starting on lines [from, to), in the order of the file. */
export function entriesStartingIn(doc: ParsedDocument, from: number, to: number): PlacedEntry[] {
  const found: PlacedEntry[] = [];
  if (from >= to) return found;
  for (const entry of doc.orphanEntries) if (startsIn(entry, from, to)) found.push({ section: undefined, entry });
  // The first section that may hold such an entry: the last one whose header is above `from`.
  let s = Math.max(0, firstAtOrAfter(doc.sections, from) - 1);
  for (; s < doc.sections.length && doc.sections[s].headerRange.start.line < to; s++) {
    const section = doc.sections[s];
    const entries = section.entries;
    for (let i = firstEntryAtOrAfter(entries, from); i < entries.length && entries[i].range.start.line < to; i++) {
      found.push({ section, entry: entries[i] });
    }
  }
  return found;
}

/** Indexes of the sections whose last entry starts on lines [from, to): their ranges end inside them. */
export function sectionsEndingIn(doc: ParsedDocument, from: number, to: number): number[] {
  const found: number[] = [];
  let s = Math.max(0, firstAtOrAfter(doc.sections, from) - 1);
  for (; s < doc.sections.length && doc.sections[s].headerRange.start.line < to; s++) {
    const last = doc.sections[s].entries.at(-1);
    if (last && startsIn(last, from, to)) found.push(s);
  }
  return found;
}

/**
 * Whether an edit that kept the section headers changed where a section ends: a section's last entry
 * starts on the edited lines before the edit and not after it, or the other way round, or is written
 * otherwise. The same entry on another edited line is no change: what points at it lies on the edited lines.
 */
export function sectionEndChanged(old: ParsedDocument, doc: ParsedDocument, from: number, oldEnd: number, newEnd: number): boolean {
  const ending = sectionsEndingIn(old, from, oldEnd);
  const endingNow = sectionsEndingIn(doc, from, newEnd);
  if (ending.length !== endingNow.length) return true;
  return ending.some((i, n) => i !== endingNow[n]
    || shapeOfEntry(old.sections[i].entries.at(-1) as Entry) !== shapeOfEntry(doc.sections[i].entries.at(-1) as Entry));
}

/** An entry with its line numbers counted from its first line. */
function shapeOfEntry(entry: Entry): string {
  const first = entry.range.start.line;
  return JSON.stringify(entry, (key, value: unknown) => (key === 'line' && typeof value === 'number' ? value - first : value));
}

const startsIn = (entry: Entry, from: number, to: number) => entry.range.start.line >= from && entry.range.start.line < to;

function firstAtOrAfter(sections: Section[], line: number): number {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sections[mid].headerRange.start.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

function firstEntryAtOrAfter(entries: Entry[], line: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (entries[mid].range.start.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}
