// Seeded calendar events for the differential test: mostly valid ones of every form systemd.time(7)
// describes, with edge values (`~` days, Feb 29-31, DST hours, fractions, two-digit years) and a
// share of near misses (out-of-range numbers, `*/5`, misplaced separators) that systemd refuses.
import { Rng } from '../../fuzz/prng';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LONG_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SHORTHANDS = ['minutely', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'quarterly', 'semiannually',
  'semi-annually', 'biannually', 'Daily', 'WEEKLY'];
/** Zones with DST at 02:00, 01:00, midnight, half-hour shifts, and none. */
export const SPEC_ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata',
  'Pacific/Chatham', 'Europe/London', 'America/Havana', 'Asia/Tokyo', 'Etc/UTC'];

function dayName(rng: Rng, i: number): string {
  const name = rng.chance(0.2) ? LONG_DAYS[i] : DAYS[i];
  return rng.chance(0.1) ? name.toLowerCase() : name;
}

function weekdays(rng: Rng): string {
  const parts: string[] = [];
  for (let n = rng.range(1, 3); n > 0; n--) {
    const a = rng.int(7);
    if (rng.chance(0.4)) {
      const b = rng.chance(0.9) ? rng.range(a, 6) : rng.int(7);
      parts.push(`${dayName(rng, a)}${rng.chance(0.8) ? '..' : '-'}${dayName(rng, b)}`);
    } else {
      parts.push(dayName(rng, a));
    }
  }
  return parts.join(',') + (rng.chance(0.03) ? ',' : '');
}

function num(rng: Rng, n: number, width: number): string {
  return rng.chance(0.5) ? String(n).padStart(width, '0') : String(n);
}

/** One field: `*`, or a `,` list of values, ranges and steps near [min, max]. */
function field(rng: Rng, min: number, max: number, width: number, starChance: number): string {
  if (rng.chance(starChance)) return '*';
  const slack = rng.chance(0.03) ? 3 : 0;
  const parts: string[] = [];
  for (let n = rng.weighted([[6, 1], [3, 2], [1, 4]] as const); n > 0; n--) {
    const a = rng.range(min, max + slack);
    const kind = rng.weighted([[5, 'value'], [2, 'range'], [2, 'step'], [1, 'rangeStep']] as const);
    const step = rng.chance(0.1) ? rng.range(0, max - min + 2) : rng.range(1, Math.max(1, Math.floor((max - min) / 2)));
    const b = rng.chance(0.9) ? rng.range(a, max + slack) : rng.range(min, max);
    if (kind === 'value') parts.push(num(rng, a, width));
    else if (kind === 'range') parts.push(`${num(rng, a, width)}..${num(rng, b, width)}`);
    else if (kind === 'step') parts.push(`${num(rng, a, width)}/${step}`);
    else parts.push(`${num(rng, a, width)}..${num(rng, b, width)}/${step}`);
  }
  return parts.join(',');
}

function year(rng: Rng): string {
  if (rng.chance(0.6)) return '*';
  if (rng.chance(0.15)) return String(rng.range(24, 40));
  return field(rng, 2025, 2032, 4, 0);
}

function seconds(rng: Rng): string {
  if (rng.chance(0.3)) return '*';
  if (rng.chance(0.25)) {
    const whole = rng.range(0, 59);
    const frac = String(rng.range(0, 999999)).padStart(6, '0').slice(0, rng.range(1, 7));
    const step = rng.chance(0.3) ? `/${rng.range(1, 20)}${rng.chance(0.5) ? `.${rng.range(1, 9)}` : ''}` : '';
    return `${num(rng, whole, 2)}.${frac}${step}`;
  }
  return field(rng, 0, 59, 2, 0);
}

function date(rng: Rng): string {
  const month = rng.chance(0.15) ? String(rng.pick([2, 3, 10, 11])) : field(rng, 1, 12, 2, 0.5);
  const fromEnd = rng.chance(0.15);
  const day = fromEnd ? field(rng, 1, 28, 2, 0.1) : rng.chance(0.1) ? String(rng.range(28, 31)) : field(rng, 1, 31, 2, 0.5);
  const sep = fromEnd ? '~' : '-';
  return rng.chance(0.7) ? `${year(rng)}-${month}${sep}${day}` : `${month}${sep}${day}`;
}

function time(rng: Rng): string {
  const hour = rng.chance(0.15) ? String(rng.pick([0, 1, 2, 3, 23])) : field(rng, 0, 23, 2, 0.3);
  const minute = field(rng, 0, 59, 2, 0.3);
  return rng.chance(0.5) ? `${hour}:${minute}` : `${hour}:${minute}:${seconds(rng)}`;
}

const NEAR_MISSES = ['*/5', '*:*/5', 'Mon..', 'Fri..Mon', '*-*-* 24:00', '*-13-01', '2026-02-30', '00:00:60', 'dailyy',
  '*-*-* 00:00:10..10', '1..2..3', 'Mon *-*-* 00:00 Nowhere/Zone', '*-*~*', '2026-*~29', '*-*-* 1:2:3:4', '@', '@-1',
  'mon ,tue', 'Mon,,Tue', '*-*-*  00:00', '12:00 europe/berlin', '2200-01-01', '1969-12-31', '*:0/0'];

export function calendarSpec(rng: Rng): string {
  const form = rng.weighted([[5, 'shorthand'], [2, 'epoch'], [3, 'miss'], [90, 'full']] as const);
  let text: string;
  if (form === 'shorthand') text = rng.pick(SHORTHANDS);
  else if (form === 'epoch') text = `@${rng.range(1_700_000_000, 2_100_000_000)}`;
  else if (form === 'miss') text = rng.pick(NEAR_MISSES);
  else {
    const parts: string[] = [];
    if (rng.chance(0.3)) parts.push(weekdays(rng));
    const shape = rng.weighted([[5, 'both'], [2, 'date'], [3, 'time']] as const);
    if (shape !== 'time') parts.push(date(rng));
    if (shape !== 'date') parts.push(time(rng));
    text = parts.join(' ');
  }
  if (form !== 'miss' && rng.chance(0.25)) text += ` ${rng.chance(0.3) ? rng.pick(['UTC', 'utc']) : rng.pick(SPEC_ZONES)}`;
  return text;
}

/** Base times for `--base-time`: ordinary ones and ones just before DST changes and month ends. */
export const BASE_TIMES = [
  Date.UTC(2026, 0, 1, 0, 0, 0), Date.UTC(2026, 2, 28, 22, 30, 0), Date.UTC(2026, 9, 24, 21, 59, 59),
  Date.UTC(2026, 2, 8, 5, 0, 0), Date.UTC(2026, 10, 1, 4, 30, 0), Date.UTC(2027, 1, 27, 12, 0, 0),
  Date.UTC(2028, 1, 28, 23, 59, 30), Date.UTC(2026, 3, 4, 14, 45, 0), Date.UTC(2026, 8, 5, 13, 0, 0),
].map((ms) => ms / 1000);
