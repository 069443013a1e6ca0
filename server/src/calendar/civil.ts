// Broken-down time as C's `struct tm`, with mktime/localtime over a Zone that behave as glibc's do
// where it matters to systemd: out-of-range fields carry over, a wall time skipped by a DST change
// is read with the offset before the change (it moves forward), and a wall time that happens twice
// is read with the offset the previous conversion used, and a wall time read with a DST flag keeps
// that flag's offset (glibc reads 00:00 in January "with DST" as 23:00 the day before).
import type { Zone } from './zone';

export interface Tm {
  /** Full year (2026), not years since 1900. */
  year: number;
  /** 0..11 */
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  /** The UTC offset this wall time was read with (tm_isdst ≥ 0); undefined = let mktime choose (-1). */
  offset?: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date; the month may be out of range. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y0 = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  const y = m < 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 10) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + (day - 1);
}

/** The wall time as if it were UTC: seconds since the epoch with every field carried over. */
function wallSeconds(tm: Tm): number {
  return daysFromCivil(tm.year, tm.mon, 1) * 86400 + (tm.mday - 1) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
}

/** Fields of `t` seconds read in UTC. */
function fieldsOf(t: number): Tm {
  const date = new Date(t * 1000);
  return {
    year: date.getUTCFullYear(), mon: date.getUTCMonth(), mday: date.getUTCDate(),
    hour: date.getUTCHours(), min: date.getUTCMinutes(), sec: date.getUTCSeconds(),
  };
}

/** 0 Monday .. 6 Sunday, of a (normalized) date. */
export function weekdayOf(tm: Tm): number {
  return (new Date(daysFromCivil(tm.year, tm.mon, tm.mday) * 86_400_000).getUTCDay() + 6) % 7;
}

/** The conversion state glibc keeps between mktime calls (its cached offset). */
export interface Clock {
  readonly zone: Zone;
  readonly utc: boolean;
  lastOffset: number;
}

export function localtime(clock: Clock, t: number): Tm {
  if (clock.utc) return { ...fieldsOf(t), offset: 0 };
  const offset = clock.zone.offsetAt(t);
  return { ...fieldsOf(t + offset), offset };
}

/** The instant a wall time names in the clock's zone (see the file comment for gaps and repeats). */
function resolve(clock: Clock, wall: number, wanted: number | undefined): number {
  const zone = clock.zone;
  const before = zone.offsetAt(wall - 86400);
  const after = zone.offsetAt(wall + 86400);
  const fits = (offset: number): boolean => zone.offsetAt(wall - offset) === offset;
  const candidates = before === after ? [before] : [before, after];
  const valid = candidates.filter(fits);
  let offset: number;
  if (wanted !== undefined && !valid.includes(wanted)) {
    // glibc keeps the asked-for DST flag and reads the wall time with that offset, even in January.
    offset = wanted;
  } else if (valid.length === 0) {
    // A wall time that was skipped, or a zone that changes twice within a day: look nearby.
    const near = zone.offsetAt(wall - before);
    offset = fits(near) ? near : before;
  } else if (valid.length === 1) {
    offset = valid[0];
  } else if (wanted !== undefined) {
    offset = wanted;
  } else {
    offset = valid.includes(clock.lastOffset) ? clock.lastOffset : valid[0];
  }
  clock.lastOffset = offset;
  return wall - offset;
}

/** C's mktime (or timegm when the clock is UTC): normalizes `tm` in place, returns seconds. */
export function mktime(clock: Clock, tm: Tm): number {
  const wall = wallSeconds(tm);
  const t = clock.utc ? wall : resolve(clock, wall, tm.offset);
  Object.assign(tm, localtime(clock, t));
  return t;
}
