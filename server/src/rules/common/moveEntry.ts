// Quick fixes that move a misplaced line to the section where it belongs. A single-valued key that
// the target section already sets is not copied there a second time (the later copy would silently
// win): the fixes then replace the value there, or drop the misplaced line.
import type { Entry, ParsedDocument, Section } from '../../parse/model';
import { findDirective } from '../../schema/lookup';
import type { DialectSchema } from '../../schema/types';
import type { QuickFix } from '../types';
import { appendSection, appendToSection, entryLines, replace } from './diagnostic';

export interface MoveTarget {
  /** The section header to move to, e.g. `Unit`. */
  section: string;
  /** The key to write there: the same key, or the name that replaces a deprecated one. */
  key: string;
  /** Title of the plain move, when nothing in the target conflicts. */
  title: string;
  preferred?: boolean;
}

/** The last assignment of `key` in the sections named `target` (other than `from`), if any. */
function assignedIn(doc: ParsedDocument, target: string, key: string, from: Section): Entry | undefined {
  const found = doc.sections.filter((s) => s.name === target && s !== from).flatMap((s) => s.entries.filter((e) => e.key === key));
  return found[found.length - 1];
}

export function moveFixes(doc: ParsedDocument, schema: DialectSchema, from: Section, entry: Entry, target: MoveTarget): QuickFix[] {
  const lines = entryLines(doc, entry);
  const drop = { range: lines.range, newText: '' };
  const existing = assignedIn(doc, target.section, target.key, from);
  const single = existing !== undefined && !findDirective(schema, target.key, target.section)?.repeatable;
  if (existing && single) {
    const there = `${target.key}=${existing.value}`;
    const dropLine: QuickFix = { title: `Remove this line: [${target.section}] already sets ${there}`, edits: [drop] };
    if (existing.value === entry.value) return [{ ...dropLine, preferred: target.preferred }];
    return [
      { title: `Move to [${target.section}], replacing ${there}`, preferred: target.preferred, edits: [drop, replace(existing.valueRange, entry.value)] },
      dropLine,
    ];
  }
  // The same key moves as written (continuation lines and all); a renamed one is written anew.
  const moved = target.key === entry.key ? lines.text.replace(/\r?\n$/, '') : `${target.key}=${entry.value}`;
  const section = doc.sections.find((s) => s.name === target.section && s !== from);
  const insert = section ? appendToSection(doc, section, moved) : appendSection(doc, target.section, moved);
  return [{ title: target.title, preferred: target.preferred, edits: [drop, insert] }];
}
