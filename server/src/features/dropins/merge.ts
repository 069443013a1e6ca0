// Merges a unit file and its drop-ins as systemd loads them: the files are read in order as one
// stream of assignments; a single-valued directive keeps its last value, a list directive (the
// schema's `repeatable`) appends, and an empty assignment resets either. Every assignment remembers
// the file and the entry it was written in.
import type { Entry, ParsedDocument } from '../../parse/model';
import { dialectSupport } from '../../dialects';
import { findDirective } from '../../schema/lookup';

export interface SourceFile {
  path: string;
  role: 'unit' | 'drop-in';
  doc: ParsedDocument;
}

export interface Assignment {
  section: string;
  key: string;
  value: string;
  path: string;
  role: SourceFile['role'];
  entry: Entry;
}

export interface MergedDirective {
  section: string;
  key: string;
  /** A list directive: assignments add to it. */
  list: boolean;
  /** Every assignment of it, in the order systemd reads them (resets included). */
  assignments: Assignment[];
  /** The assignments in effect: the last one of a single-valued directive, a list's after its last reset; none when reset. */
  effective: Assignment[];
}

export interface MergedSection {
  name: string;
  /** In the order of their first assignment. */
  directives: MergedDirective[];
}

export interface MergedUnit {
  files: { path: string; role: SourceFile['role'] }[];
  sections: MergedSection[];
}

function inEffect(list: boolean, assignments: Assignment[]): Assignment[] {
  let start = 0;
  assignments.forEach((a, i) => { if (a.value === '') start = i + 1; });
  if (list) return assignments.slice(start);
  const last = assignments.at(-1);
  return last && last.value !== '' ? [last] : [];
}

export function mergeUnit(files: SourceFile[]): MergedUnit {
  const { schema } = dialectSupport('systemd');
  const sections = new Map<string, Map<string, MergedDirective>>();
  for (const file of files) {
    for (const section of file.doc.sections) {
      let directives = sections.get(section.name);
      if (!directives) sections.set(section.name, (directives = new Map()));
      for (const entry of section.entries) {
        let merged = directives.get(entry.key);
        if (!merged) {
          const list = findDirective(schema, entry.key, section.name)?.repeatable ?? false;
          directives.set(entry.key, (merged = { section: section.name, key: entry.key, list, assignments: [], effective: [] }));
        }
        merged.assignments.push({ section: section.name, key: entry.key, value: entry.value, path: file.path, role: file.role, entry });
      }
    }
  }
  const merged: MergedSection[] = [...sections].map(([name, directives]) => ({
    name,
    directives: [...directives.values()].map((d) => ({ ...d, effective: inEffect(d.list, d.assignments) })),
  }));
  return { files: files.map(({ path, role }) => ({ path, role })), sections: merged };
}

/** The merged directive `key` of `section`, if any file assigns it. */
export function mergedDirective(unit: MergedUnit, section: string, key: string): MergedDirective | undefined {
  return unit.sections.find((s) => s.name === section)?.directives.find((d) => d.key === key);
}

/** The value in effect of a single-valued directive. */
export function mergedValue(unit: MergedUnit, section: string, key: string): Assignment | undefined {
  return mergedDirective(unit, section, key)?.effective.at(-1);
}
