// The order in which a section's directive names are offered, as short sort keys.
import type { DirectiveSpec } from '../schema/types';

const ranks = new WeakMap<DirectiveSpec[], Map<string, string>>();

/** A place in a list of `count` as base-36 digits of one width: two up to 1,296 places, short on the wire. */
const key = (place: number, count = 0) => place.toString(36).padStart(Math.max(2, Math.ceil(Math.log(count + 1) / Math.log(36))), '0');

/** Sort key of each directive of a section's list, by name. */
export function directiveRanks(directives: DirectiveSpec[]): Map<string, string> {
  let rank = ranks.get(directives);
  if (!rank) {
    const order = [...directives].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    rank = new Map(order.map((d, i) => [d.name, key(i)]));
    ranks.set(directives, rank);
  }
  return rank;
}

export { key as sortKey };
