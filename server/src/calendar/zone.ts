// Time-zone arithmetic through Intl.DateTimeFormat, which Node and browsers both have: the UTC
// offset of an instant in a zone, and whether a name is a zone systemd would find.
import { MAX_YEAR } from './types';

export interface Zone {
  /** The zone's name: `UTC` or an IANA name. */
  readonly name: string;
  /** Seconds east of UTC in force at the instant `t` (seconds since the epoch). */
  offsetAt(t: number): number;
}

export const utcZone: Zone = { name: 'UTC', offsetAt: () => 0 };

const FIELDS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
};
const CACHE_MAX = 50_000;

/** A zone Intl knows; offsets are remembered per minute (transitions fall on whole minutes since 1970). */
class IntlZone implements Zone {
  private readonly format: Intl.DateTimeFormat;
  private readonly cache = new Map<number, number>();

  constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat('en-US', { ...FIELDS, timeZone: name });
  }

  offsetAt(t: number): number {
    const minute = Math.floor(t / 60);
    const known = this.cache.get(minute);
    if (known !== undefined) return known;
    const fields: Record<string, number> = {};
    for (const part of this.format.formatToParts(new Date(minute * 60_000))) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const local = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) / 1000;
    const offset = local - minute * 60;
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(minute, offset);
    return offset;
  }
}

const zones = new Map<string, Zone | null>();

/**
 * The zone called `name`, or undefined when there is none. Like systemd, which looks for the file
 * /usr/share/zoneinfo/NAME, the spelling must be exact: Intl also takes `europe/berlin`, systemd does not.
 */
export function findZone(name: string): Zone | undefined {
  if (name === 'UTC') return utcZone;
  const known = zones.get(name);
  if (known !== undefined) return known ?? undefined;
  let zone: Zone | null = null;
  if (/^[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name) && name.length <= 100) {
    try {
      const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
      // An alias (US/Eastern → America/New_York) is fine; the canonical name in other letter case is not.
      const exact = resolved === name || resolved.toLowerCase() !== name.toLowerCase();
      if (exact) zone = resolved === 'UTC' || resolved === 'Etc/UTC' ? { name, offsetAt: () => 0 } : new IntlZone(name);
    } catch {
      zone = null;
    }
  }
  if (zones.size < 1000) zones.set(name, zone);
  return zone ?? undefined;
}

/** The zone this process (Node) or this browser tab runs in. */
export function localZone(): Zone {
  const name = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (name && findZone(name)) || utcZone;
}

/** The last instant systemd computes with: the end of MAX_YEAR. */
export const LAST_INSTANT = Date.UTC(MAX_YEAR + 1, 0, 1) / 1000;
