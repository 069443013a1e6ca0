// Reading a unit the way systemd does: sections with the same name merge, the last assignment wins,
// and an empty assignment resets a list.
import type { Entry, ParsedDocument } from '../../parse/model';

export function entriesOf(doc: ParsedDocument, section: string, key: string): Entry[] {
  return doc.sections.filter((s) => s.name === section).flatMap((s) => s.entries.filter((e) => e.key === key));
}

/** The value in effect, or undefined when unset or reset. */
export function effective(doc: ParsedDocument, section: string, key: string): Entry | undefined {
  const all = entriesOf(doc, section, key);
  const last = all[all.length - 1];
  return last && last.value !== '' ? last : undefined;
}

/** The entries a list directive ends up with: everything after the last empty assignment. */
export function listEntries(doc: ParsedDocument, section: string, key: string): Entry[] {
  const all = entriesOf(doc, section, key);
  let start = 0;
  all.forEach((e, i) => { if (e.value === '') start = i + 1; });
  return all.slice(start);
}
