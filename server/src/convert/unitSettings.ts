// The settings of one unit file as systemd ends up with them: the last assignment of a single-valued
// directive wins, and an empty assignment clears a list (ExecStart=, Environment=, ...).
import type { Entry, ParsedDocument } from '../parse/model';

const LISTS = new Set(['ExecStart', 'ExecStartPre', 'ExecStartPost', 'ExecStop', 'ExecStopPost', 'ExecReload', 'ExecCondition',
  'Environment', 'EnvironmentFile', 'SuccessExitStatus', 'RestartPreventExitStatus', 'RestartForceExitStatus', 'WantedBy', 'RequiredBy',
  'After', 'Before', 'Wants', 'Requires', 'BindsTo', 'PartOf', 'Conflicts']);

export interface UnitSettings {
  /** `Service.ExecStart` → the values in effect (one for a single-valued directive). */
  get(section: string, key: string): string[];
  last(section: string, key: string): string | undefined;
  /** Every `section.key` set (to something non-empty), in order of first appearance. */
  keys(): { section: string; key: string; entry: Entry }[];
}

export function unitSettings(doc: ParsedDocument): UnitSettings {
  const values = new Map<string, string[]>();
  const firsts = new Map<string, { section: string; key: string; entry: Entry }>();
  for (const section of doc.sections) {
    for (const entry of section.entries) {
      const id = `${section.name}.${entry.key}`;
      if (entry.value === '') { values.delete(id); firsts.delete(id); continue; }
      const list = LISTS.has(entry.key) ? values.get(id) ?? [] : [];
      list.push(entry.value);
      values.set(id, list);
      if (!firsts.has(id)) firsts.set(id, { section: section.name, key: entry.key, entry });
    }
  }
  return {
    get: (section, key) => values.get(`${section}.${key}`) ?? [],
    last: (section, key) => values.get(`${section}.${key}`)?.at(-1),
    keys: () => [...firsts.values()],
  };
}
