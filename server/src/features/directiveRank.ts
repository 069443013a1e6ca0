// The order in which a section's directive names are offered, as short sort keys: the names real
// units use most first (counted over a corpus of real units, data/systemd/directive-usage.tsv),
// then by name. supervisor has no such corpus, so its options go by name.
import type { Dialect } from '../parse/model';
import { directiveUsage } from '../schema/systemd/usage.generated';
import type { DirectiveSpec } from '../schema/types';

const ranks = new WeakMap<DirectiveSpec[], Map<string, string>>();

/** A place in a list of `count` as base-36 digits of one width: two up to 1,296 places, short on the wire. */
export const sortKey = (place: number, count = 0) =>
  place.toString(36).padStart(Math.max(2, Math.ceil(Math.log(count + 1) / Math.log(36))), '0');

/** How many corpus units set the directive in the section (0 when unseen, or for supervisor). */
export function usageCount(dialect: Dialect, section: string, name: string): number {
  // Own keys only: a section typed `[constructor]` must not find Object's.
  const counts = dialect === 'systemd' && Object.hasOwn(directiveUsage, section) ? directiveUsage[section] : undefined;
  return counts && Object.hasOwn(counts, name) ? counts[name] : 0;
}

/** Sort key of each directive of one section's list (`directives` is the schema's cached list for it). */
export function directiveRanks(directives: DirectiveSpec[], dialect: Dialect, section: string): Map<string, string> {
  let rank = ranks.get(directives);
  if (!rank) {
    const uses = (d: DirectiveSpec) => usageCount(dialect, section, d.name);
    const order = [...directives].sort((a, b) => uses(b) - uses(a) || a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    rank = new Map(order.map((d, i) => [d.name, sortKey(i, order.length)]));
    ranks.set(directives, rank);
  }
  return rank;
}
