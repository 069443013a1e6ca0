// What the exposure score reads of a unit: every assignment of a directive in the order systemd reads
// them (unit file, then drop-ins), the unit's name and its manager. Built from the drop-in merge.
import type { MergedUnit } from '../features/dropins/merge';

export interface UnitSettings {
  /** Every value assigned to `key` in `section`, in reading order; an empty one resets. */
  values(section: string, key: string): readonly string[];
  /** The unit's name, `web.service` or `web@blue.service`. */
  unitName: string;
  scope: 'system' | 'user';
}

/** The settings of a merged unit. */
export function settingsOfMerge(merged: MergedUnit, unitName: string, scope: UnitSettings['scope']): UnitSettings {
  const index = new Map<string, string[]>();
  for (const section of merged.sections) {
    for (const directive of section.directives) {
      const key = `${section.name}\u0000${directive.key}`;
      index.set(key, [...(index.get(key) ?? []), ...directive.assignments.map((a) => a.value)]);
    }
  }
  return { values: (section, key) => index.get(`${section}\u0000${key}`) ?? [], unitName, scope };
}

/** Words of a value the way extract_first_word() splits them, quotes removed. */
export function words(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** The few specifiers a unit name decides (%n %N %p %P %i %I %j %J %%); the others are kept as written. */
export function expandNameSpecifiers(value: string, unitName: string): string {
  if (!value.includes('%')) return value;
  const dot = unitName.lastIndexOf('.');
  const full = dot < 0 ? unitName : unitName.slice(0, dot);
  const at = full.indexOf('@');
  const prefix = at < 0 ? full : full.slice(0, at);
  const instance = at < 0 ? '' : full.slice(at + 1);
  const dash = prefix.lastIndexOf('-');
  const last = dash < 0 ? prefix : prefix.slice(dash + 1);
  const map: Record<string, string> = { n: unitName, N: full, p: prefix, P: prefix, i: instance, I: instance, j: last, J: last, '%': '%' };
  return value.replace(/%(.)/g, (whole, c: string) => map[c] ?? whole);
}
