// When a calendar event elapses next: systemd 252's find_next, step for step. It walks the fields
// from the year down, lets mktime carry overflowing fields into the next unit, and starts over
// whenever that happened, so DST gaps, `*-02-31` and `~` days come out as systemd has them.
import { localtime, mktime, weekdayOf, type Clock, type Tm } from './civil';
import { MAX_YEAR, USEC_PER_SEC, type CalendarChain, type CalendarSpec } from './types';
import { utcZone, type Zone } from './zone';

const MAX_ITERATIONS = 1000;

/** The day of month that is `day` days before the start of the next month (1 = the last day); -1 if none. */
function fromMonthEnd(clock: Clock, tm: Tm, day: number): number {
  const t: Tm = { ...tm, mon: tm.mon + 1, mday: 1 - day };
  mktime(clock, t);
  return t.mon !== tm.mon ? -1 : t.mday;
}

/** The smallest value ≥ `value` the chain allows: [changed?, value], or undefined when none. */
function matchChain(clock: Clock, spec: CalendarSpec, chain: CalendarChain, tm: Tm, value: number): number | undefined {
  if (!chain) return value;
  const endOfMonth = spec.endOfMonth && chain === spec.day;
  let best: number | undefined;
  for (const c of chain) {
    let start = c.start;
    let stop = c.stop;
    if (endOfMonth) {
      start = fromMonthEnd(clock, tm, c.start);
      stop = fromMonthEnd(clock, tm, c.stop);
      if (stop > 0) [start, stop] = [stop, start];
    }
    if (start >= value) {
      if (best === undefined || start < best) best = start;
    } else if (c.repeat > 0) {
      const k = start + c.repeat * Math.ceil((value - start) / c.repeat);
      if ((best === undefined || k < best) && (stop < 0 || k <= stop)) best = k;
    }
  }
  return best;
}

const FIELDS = ['year', 'mon', 'mday', 'hour', 'min', 'sec'] as const;

/**
 * tm_within_bounds: 1 when mktime leaves `tm` as it is, 0 when it carried over (then `tm` takes
 * the carried value with the lower fields reset), -1 past MAX_YEAR or when it went backwards.
 */
function withinBounds(clock: Clock, tm: Tm): number {
  if (tm.year > MAX_YEAR) return -1;
  const t: Tm = { ...tm };
  mktime(clock, t);
  let cmp = 0;
  for (let i = 0; i < FIELDS.length && cmp === 0; i++) {
    const field = FIELDS[i];
    cmp = Math.sign(t[field] - tm[field]);
    if (cmp !== 0 && i + 1 < FIELDS.length) t[FIELDS[i + 1]] = field === 'year' ? 0 : field === 'mon' ? 1 : 0;
  }
  if (cmp < 0) return -1;
  if (cmp > 0) Object.assign(tm, t);
  return cmp === 0 ? 1 : 0;
}

interface Found { tm: Tm; usec: number }
/** `never`: the event will not elapse again; `loop`: systemd gives up after MAX_ITERATIONS steps. */
type NotFound = 'never' | 'loop';

function findNext(clock: Clock, spec: CalendarSpec, start: Tm, startUsec: number): Found | NotFound {
  const c: Tm = { ...start };
  let usec = startUsec;
  const resetBelow = (field: 'mon' | 'mday' | 'hour' | 'min' | 'sec'): void => {
    const from = FIELDS.indexOf(field);
    for (const f of FIELDS.slice(from)) c[f] = f === 'mday' ? 1 : 0;
    usec = 0;
  };
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    mktime(clock, c);
    c.offset = undefined;

    let v = matchChain(clock, spec, spec.year, c, c.year);
    if (v === undefined) return 'never';
    if (v !== c.year) { c.year = v; resetBelow('mon'); }
    if (withinBounds(clock, c) <= 0) return 'never';

    v = matchChain(clock, spec, spec.month, c, c.mon + 1);
    let r = v === undefined ? -1 : v !== c.mon + 1 ? 1 : 0;
    if (v !== undefined && r > 0) { c.mon = v - 1; resetBelow('mday'); }
    if (r < 0 || (r = withinBounds(clock, c)) < 0) { c.year++; resetBelow('mon'); continue; }
    if (r === 0) continue;

    v = matchChain(clock, spec, spec.day, c, c.mday);
    r = v === undefined ? -1 : v !== c.mday ? 1 : 0;
    if (v !== undefined && r > 0) { c.mday = v; resetBelow('hour'); }
    if (r < 0 || (r = withinBounds(clock, c)) < 0) { c.mon++; resetBelow('mday'); continue; }
    if (r === 0) continue;

    if (spec.weekdays > 0 && !(spec.weekdays & (1 << weekdayOf(c)))) { c.mday++; resetBelow('hour'); continue; }

    v = matchChain(clock, spec, spec.hour, c, c.hour);
    r = v === undefined ? -1 : v !== c.hour ? 1 : 0;
    if (v !== undefined && r > 0) { c.hour = v; resetBelow('min'); }
    if (r < 0 || (r = withinBounds(clock, c)) < 0) { c.mday++; resetBelow('hour'); continue; }
    if (r === 0) continue;

    v = matchChain(clock, spec, spec.minute, c, c.min);
    r = v === undefined ? -1 : v !== c.min ? 1 : 0;
    if (v !== undefined && r > 0) { c.min = v; resetBelow('sec'); }
    if (r < 0 || (r = withinBounds(clock, c)) < 0) { c.hour++; resetBelow('min'); continue; }
    if (r === 0) continue;

    v = matchChain(clock, spec, spec.microsecond, c, c.sec * USEC_PER_SEC + usec);
    if (v !== undefined) { usec = v % USEC_PER_SEC; c.sec = Math.floor(v / USEC_PER_SEC); }
    if (v === undefined || (r = withinBounds(clock, c)) < 0) { c.min++; resetBelow('sec'); continue; }
    if (r === 0) continue;

    return { tm: c, usec };
  }
  return 'loop';
}

/** The zone a spec is computed in: its own, UTC, or the user's. */
function clockFor(spec: CalendarSpec, local: Zone, zoneOf: (name: string) => Zone | undefined): Clock {
  if (spec.utc) return { zone: utcZone, utc: true, lastOffset: 0 };
  const zone = (spec.timezone && zoneOf(spec.timezone)) || local;
  return { zone, utc: zone === utcZone, lastOffset: 0 };
}

export interface Elapses {
  /** Microseconds since the epoch, each the next after the one before. */
  times: number[];
  /** systemd stops with "Infinite loop in calendar calculation" instead of listing them. */
  gaveUp: boolean;
}

/**
 * The next `count` elapses after `fromUsec` (microseconds since the epoch), as
 * `systemd-analyze calendar --iterations=N` lists them; fewer when the event stops elapsing.
 * `local` is the zone for events without one.
 */
export function nextElapses(spec: CalendarSpec, fromUsec: number, count: number, local: Zone,
  zoneOf: (name: string) => Zone | undefined): Elapses {
  const clock = clockFor(spec, local, zoneOf);
  const times: number[] = [];
  let after = fromUsec;
  for (let i = 0; i < Math.min(count, 100); i++) {
    const usec = after + 1;
    const start = localtime(clock, Math.floor(usec / USEC_PER_SEC));
    const found = findNext(clock, spec, start, usec % USEC_PER_SEC);
    if (found === 'loop') return { times, gaveUp: true };
    if (found === 'never') break;
    const t = mktime(clock, found.tm);
    after = t * USEC_PER_SEC + found.usec;
    times.push(after);
  }
  return { times, gaveUp: false };
}
