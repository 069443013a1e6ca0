// Reading a unit the way systemd does: sections with the same name merge, the last assignment wins,
// an empty assignment resets a list, and (when the target release is given) a line whose value
// systemd cannot parse is ignored, as if it were not there.
import type { Entry, ParsedDocument } from '../../parse/model';
import { systemdDirective } from '../../schema/systemd';
import { systemdValidators } from '../../values/systemd';
import { validated } from '../../values/verdicts';

/** Whether systemd `version` ignores this assignment for a value its parser rejects (verdicts are kept per value, values/verdicts.ts). */
export function ignoredBySystemd(section: string, entry: Entry, version: number): boolean {
  if (entry.value === '') return false;
  const directive = systemdDirective(section, entry.key);
  if (!directive?.placements.some((p) => p.section === section)) return false;
  const validate = systemdValidators[directive.value.kind];
  return Boolean(validate && validated(validate, directive, entry.value, version).some((i) => i.severity !== 'warning'));
}

/** The assignments of `key` in every `[section]`; with `version`, without those systemd ignores. */
export function entriesOf(doc: ParsedDocument, section: string, key: string, version?: number): Entry[] {
  const all = assignmentsOf(doc).get(`${section}\0${key}`) ?? [];
  return version === undefined ? all.slice() : all.filter((e) => !ignoredBySystemd(section, e, version));
}

/** Each document's assignments by section and key, in file order, made once: the rules ask for dozens of keys. */
const assignments = new WeakMap<ParsedDocument, Map<string, Entry[]>>();

function assignmentsOf(doc: ParsedDocument): Map<string, Entry[]> {
  let index = assignments.get(doc);
  if (index) return index;
  index = new Map();
  for (const s of doc.sections) {
    for (const e of s.entries) {
      const at = `${s.name}\0${e.key}`;
      const list = index.get(at);
      if (list) list.push(e);
      else index.set(at, [e]);
    }
  }
  assignments.set(doc, index);
  return index;
}

/** The value in effect, or undefined when unset or reset. */
export function effective(doc: ParsedDocument, section: string, key: string, version?: number): Entry | undefined {
  const all = entriesOf(doc, section, key, version);
  const last = all[all.length - 1];
  return last && last.value !== '' ? last : undefined;
}

/** The entries a list directive ends up with: everything after the last empty assignment. */
export function listEntries(doc: ParsedDocument, section: string, key: string, version?: number): Entry[] {
  const all = entriesOf(doc, section, key, version);
  let start = 0;
  all.forEach((e, i) => { if (e.value === '') start = i + 1; });
  return all.slice(start);
}
