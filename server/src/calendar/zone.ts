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

/**
 * A zone Intl knows. Asking Intl is slow, so offsets are remembered per UTC day when the day starts
 * and ends with the same offset (no change within it), else per hour, else per minute (changes
 * fall on whole minutes since 1970).
 */
class IntlZone implements Zone {
  private readonly format: Intl.DateTimeFormat;
  private readonly cache = new Map<string, number>();

  constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat('en-US', { ...FIELDS, timeZone: name });
  }

  offsetAt(t: number): number {
    return this.steady('d', t, 86400) ?? this.steady('h', t, 3600) ?? this.exact(Math.floor(t / 60) * 60);
  }

  /** The offset of the `size`-second span holding `t`, when it is the same at both ends. */
  private steady(kind: string, t: number, size: number): number | undefined {
    const start = Math.floor(t / size) * size;
    const key = `${kind}${start}`;
    const known = this.cache.get(key);
    if (known !== undefined) return Number.isNaN(known) ? undefined : known;
    const first = this.exact(start);
    const same = first === this.exact(start + size - 60);
    this.remember(key, same ? first : NaN);
    return same ? first : undefined;
  }

  private exact(minute: number): number {
    const key = `m${minute}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const fields: Record<string, number> = {};
    for (const part of this.format.formatToParts(new Date(minute * 1000))) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const offset = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) / 1000 - minute;
    this.remember(key, offset);
    return offset;
  }

  private remember(key: string, offset: number): void {
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(key, offset);
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

let local: Zone | undefined;
let runsInUtc: (() => boolean) | undefined;

/**
 * A host that can tell cheaply and for sure that this process runs in UTC (the checker reads TZ and
 * /etc/localtime) spares the first calendar check ICU's date formatter, some 10 ms of a run.
 */
export function useLocalZoneHint(isUtc: () => boolean): void {
  runsInUtc = isUtc;
  local = undefined;
}

/** The zone this process (Node) or this browser tab runs in; asked once, as it does not change. */
export function localZone(): Zone {
  if (local) return local;
  if (runsInUtc?.()) return (local = utcZone);
  const name = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (local = (name && findZone(name)) || utcZone);
}

/** The last instant systemd computes with: the end of MAX_YEAR. */
export const LAST_INSTANT = Date.UTC(MAX_YEAR + 1, 0, 1) / 1000;
