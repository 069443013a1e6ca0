// Reading a unit the way systemd does: sections with the same name merge, the last assignment wins,
// an empty assignment resets a list, and (when the target release is given) a line whose value
// systemd cannot parse is ignored, as if it were not there.
import type { Entry, ParsedDocument } from '../../parse/model';
import { systemdDirective } from '../../schema/systemd';
import { systemdValidators } from '../../values/systemd';

/** Whether systemd `version` ignores this assignment for a value its parser rejects. */
export function ignoredBySystemd(section: string, entry: Entry, version: number): boolean {
  if (entry.value === '') return false;
  const directive = systemdDirective(section, entry.key);
  if (!directive?.placements.some((p) => p.section === section)) return false;
  const validate = systemdValidators[directive.value.kind];
  return Boolean(validate?.(entry.value, directive.value, { version, key: directive.name }).some((i) => i.severity !== 'warning'));
}

/** The assignments of `key` in every `[section]`; with `version`, without those systemd ignores. */
export function entriesOf(doc: ParsedDocument, section: string, key: string, version?: number): Entry[] {
  const all = doc.sections.filter((s) => s.name === section).flatMap((s) => s.entries.filter((e) => e.key === key));
  return version === undefined ? all : all.filter((e) => !ignoredBySystemd(section, e, version));
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
