// Reads a calendar event the way systemd 252's calendar_spec_from_string does, down to which
// oddities it accepts (a trailing `,` after weekdays, `Mon-Wed`, years 00..99) and refuses
// (`*/5`, `10..10` seconds without a step). The result is normalized and checked like systemd's.
import { normalizeSpec, specIsValid } from './normalize';
import { USEC_PER_SEC, type CalendarChain, type CalendarComponent, type CalendarSpec } from './types';
import { findZone } from './zone';

const MAX_COMPONENTS = 241;
const INT_MAX = 2 ** 31 - 1;

const WEEKDAY_NAMES: readonly [string, number][] = [
  ['monday', 0], ['mon', 0], ['tuesday', 1], ['tue', 1], ['wednesday', 2], ['wed', 2], ['thursday', 3], ['thu', 3],
  ['friday', 4], ['fri', 4], ['saturday', 5], ['sat', 5], ['sunday', 6], ['sun', 6],
];

type Shorthand = Partial<Pick<CalendarSpec, 'month' | 'day' | 'hour' | 'minute' | 'microsecond' | 'weekdays'>>;
const at = (...values: number[]): CalendarComponent[] => values.map((start) => ({ start, stop: -1, repeat: 0 }));
const MIDNIGHT: Shorthand = { hour: at(0), minute: at(0), microsecond: at(0) };
const SHORTHANDS: Readonly<Record<string, Shorthand>> = {
  minutely: { microsecond: at(0) },
  hourly: { minute: at(0), microsecond: at(0) },
  daily: MIDNIGHT,
  monthly: { ...MIDNIGHT, day: at(1) },
  weekly: { ...MIDNIGHT, weekdays: 1 },
  yearly: { ...MIDNIGHT, month: at(1), day: at(1) },
  annually: { ...MIDNIGHT, month: at(1), day: at(1) },
  anually: { ...MIDNIGHT, month: at(1), day: at(1) },
  quarterly: { ...MIDNIGHT, month: at(1, 4, 7, 10), day: at(1) },
  semiannually: { ...MIDNIGHT, month: at(1, 7), day: at(1) },
  'semi-annually': { ...MIDNIGHT, month: at(1, 7), day: at(1) },
  biannually: { ...MIDNIGHT, month: at(1, 7), day: at(1) },
  'bi-annually': { ...MIDNIGHT, month: at(1, 7), day: at(1) },
};

/** Thrown inside the parser only; parseCalendar turns it into a result. */
class Refused extends Error {}
const refuse = (): never => { throw new Refused(); };

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** A cursor over the text, like the `const char **p` systemd passes around ('' past the end). */
class Reader {
  constructor(readonly text: string, public pos = 0) {}
  peek(ahead = 0): string { return this.text[this.pos + ahead] ?? ''; }
  skipSpaces(): void { while (this.peek() === ' ') this.pos++; }
  atEnd(): boolean { return this.pos >= this.text.length; }
}

/** strtoul over digits only (callers check the first is a digit); undefined when it overflows. */
function readDigits(r: Reader): number {
  const start = r.pos;
  while (isDigit(r.peek())) r.pos++;
  const digits = r.text.slice(start, r.pos).replace(/^0+(?=.)/, '');
  return digits.length > 12 ? Infinity : Number(digits);
}

/** parse_fractional_part_u with 6 digits: pads, and rounds on the 7th digit. */
function readMicroseconds(r: Reader): number {
  let value = 0;
  let i = 0;
  for (; i < 6 && isDigit(r.peek()); i++, r.pos++) value = value * 10 + Number(r.peek());
  if (i === 0) refuse();
  for (; i < 6; i++) value *= 10;
  if (r.peek() >= '5' && r.peek() <= '9') value++;
  while (isDigit(r.peek())) r.pos++;
  return value;
}

function readDecimal(r: Reader, usec: boolean): number {
  if (!isDigit(r.peek())) refuse();
  let value = readDigits(r);
  if (usec) {
    value *= USEC_PER_SEC;
    if (r.peek() === '.' && r.peek(1) !== '.') {
      r.pos++;
      value += readMicroseconds(r);
    }
  }
  if (value > INT_MAX) refuse();
  return value;
}

/** One `,` list of components (prepend_component, iteratively). */
function readComponents(r: Reader, usec: boolean): CalendarComponent[] {
  const out: CalendarComponent[] = [];
  for (;;) {
    if (out.length >= MAX_COMPONENTS) refuse();
    const start = readDecimal(r, usec);
    let stop = -1;
    let repeat = 0;
    if (r.peek() === '.' && r.peek(1) === '.') {
      r.pos += 2;
      stop = readDecimal(r, usec);
      repeat = usec ? USEC_PER_SEC : 1;
    }
    if (r.peek() === '/') {
      r.pos++;
      repeat = readDecimal(r, usec);
      if (repeat === 0) refuse();
    } else if (start > INT_MAX - repeat || (usec && stop >= 0 && start + repeat > stop)) {
      refuse();
    }
    if (!['', ' ', ',', '-', '~', ':'].includes(r.peek())) refuse();
    out.unshift({ start, stop, repeat });
    if (r.peek() !== ',') return out;
    r.pos++;
  }
}

function readChain(r: Reader, usec: boolean): CalendarChain {
  if (r.peek() === '*') {
    r.pos++;
    return usec ? [{ start: 0, stop: -1, repeat: USEC_PER_SEC }] : undefined;
  }
  return readComponents(r, usec);
}

/** Weekday names, lists and ranges at the start; 0 when there are none. */
function readWeekdays(r: Reader): number {
  let bits = 0;
  let rangeFrom = -1;
  let first = true;
  for (;;) {
    const rest = r.text.slice(r.pos, r.pos + 10).toLowerCase();
    const found = WEEKDAY_NAMES.find(([name]) => rest.startsWith(name));
    if (!found) return first ? bits : refuse();
    const [name, day] = found;
    if (!['', '-', '.', ',', ' '].includes(r.peek(name.length))) refuse();
    bits |= 1 << day;
    if (rangeFrom >= 0) {
      if (rangeFrom > day) refuse();
      for (let j = rangeFrom + 1; j < day; j++) bits |= 1 << j;
    }
    r.pos += name.length;
    if (r.atEnd()) return bits;
    if (r.peek() === ' ') { r.skipSpaces(); return bits; }
    if (r.peek() === '.') {
      if (rangeFrom >= 0 || r.peek(1) !== '.') refuse();
      rangeFrom = day;
      r.pos += 2;
    } else if (r.peek() === '-') {
      if (rangeFrom >= 0) refuse();
      rangeFrom = day;
      r.pos++;
    } else if (r.peek() === ',') {
      rangeFrom = -1;
      r.pos++;
    }
    if (r.atEnd() || r.peek() === ' ') {
      r.skipSpaces();
      return rangeFrom < 0 ? bits : refuse();
    }
    first = false;
  }
}

interface Fields {
  weekdays: number;
  year?: CalendarChain;
  month?: CalendarChain;
  day?: CalendarChain;
  hour?: CalendarChain;
  minute?: CalendarChain;
  microsecond?: CalendarChain;
  endOfMonth: boolean;
  utc: boolean;
}

/** `@SECONDS`: one instant, in UTC. */
function readEpoch(r: Reader, f: Fields): void {
  r.pos++;
  while (/^[ \t\n\v\f\r]$/.test(r.peek())) r.pos++;
  if (r.peek() === '+') r.pos++;
  if (!isDigit(r.peek())) refuse();
  const seconds = readDigits(r);
  const date = new Date(seconds * 1000);
  if (!Number.isFinite(date.getTime())) refuse();
  f.year = at(date.getUTCFullYear());
  f.month = at(date.getUTCMonth() + 1);
  f.day = at(date.getUTCDate());
  f.hour = at(date.getUTCHours());
  f.minute = at(date.getUTCMinutes());
  f.microsecond = at(date.getUTCSeconds() * USEC_PER_SEC);
  f.utc = true;
}

/** The date part; true when the text was `@SECONDS` (then no time follows). */
function readDate(r: Reader, f: Fields): boolean {
  if (r.atEnd()) return false;
  if (r.peek() === '@') {
    readEpoch(r, f);
    return true;
  }
  const probe = new Reader(r.text, r.pos);
  const first = readChain(probe, false);
  if (probe.atEnd() || probe.peek() === ':') return false;
  if (probe.peek() === '~') f.endOfMonth = true;
  else if (probe.peek() !== '-') refuse();
  probe.pos++;
  const second = readChain(probe, false);
  if (probe.atEnd() || probe.peek() === ' ') {
    probe.skipSpaces();
    r.pos = probe.pos;
    f.month = first;
    f.day = second;
    return false;
  }
  if (f.endOfMonth) refuse();
  if (probe.peek() === '~') f.endOfMonth = true;
  else if (probe.peek() !== '-') refuse();
  probe.pos++;
  const third = readChain(probe, false);
  if (!(probe.atEnd() || probe.peek() === ' ')) refuse();
  probe.skipSpaces();
  r.pos = probe.pos;
  f.year = first;
  f.month = second;
  f.day = third;
  return false;
}

function readTime(r: Reader, f: Fields): void {
  if (r.atEnd()) {
    f.hour = at(0);
    f.minute = at(0);
    f.microsecond = at(0);
    return;
  }
  f.hour = readChain(r, false);
  if (r.peek() !== ':') refuse();
  r.pos++;
  f.minute = readChain(r, false);
  if (r.atEnd()) {
    f.microsecond = at(0);
    return;
  }
  if (r.peek() !== ':') refuse();
  r.pos++;
  f.microsecond = readChain(r, true);
  if (!r.atEnd()) refuse();
}

function endsWithNoCase(text: string, suffix: string): boolean {
  return text.length >= suffix.length && text.slice(text.length - suffix.length).toLowerCase() === suffix.toLowerCase();
}

/** Splits off a trailing ` UTC` or ` ZONE`; what remains is the event. */
function splitZone(text: string): { rest: string; utc: boolean; timezone?: string } {
  if (endsWithNoCase(text, ' UTC')) return { rest: text.slice(0, -4), utc: true };
  const space = text.lastIndexOf(' ');
  const name = text.slice(space + 1);
  if (space >= 0 && findZone(name)) return { rest: text.slice(0, space), utc: name === 'UTC', timezone: name === 'UTC' ? undefined : name };
  return { rest: text, utc: false };
}

export type CalendarParse = { ok: true; spec: CalendarSpec } | { ok: false };

/** Parses `text` as systemd would (the value as the unit file gives it, not trimmed further). */
export function parseCalendar(text: string): CalendarParse {
  if (text.length > 4096) return { ok: false };
  try {
    const { rest, utc, timezone } = splitZone(text);
    if (rest === '') return { ok: false };
    const fields: Fields = { weekdays: 0, endOfMonth: false, utc };
    const shorthand = SHORTHANDS[rest.toLowerCase()];
    if (shorthand) {
      Object.assign(fields, shorthand);
    } else {
      const r = new Reader(rest);
      fields.weekdays = readWeekdays(r);
      if (!readDate(r, fields)) readTime(r, fields);
      if (!r.atEnd()) return { ok: false };
    }
    const spec: CalendarSpec = {
      weekdays: fields.weekdays, year: fields.year, month: fields.month, day: fields.day, hour: fields.hour,
      minute: fields.minute, microsecond: fields.microsecond, endOfMonth: fields.endOfMonth, utc: fields.utc, timezone,
    };
    const normalized = normalizeSpec(spec);
    return specIsValid(normalized) ? { ok: true, spec: normalized } : { ok: false };
  } catch (e) {
    if (e instanceof Refused) return { ok: false };
    throw e;
  }
}
