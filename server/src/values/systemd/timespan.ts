// Time spans exactly as systemd's parse_time()/parse_sec() and parse_nsec() read them: numbers with
// optional fractions and units (`5min 20s`, `1.5h`, `300` in the default unit), `infinity` alone, no
// minus sign, no overflow of 64 bits, a digit after a dot, and no number glued to another (`1.2.3s` is
// refused, `1.2 .3s` is not).
import type { ValueValidator } from '../types';
import { INT64_MAX, UINT64_MAX, scanDecimal, skipBlanks } from './cnumber';
import { error } from './issue';

/** Units systemd accepts, longest first so that `min` wins over `m` and `ms` over `m` (for highlighting). */
export const TIME_UNITS: readonly string[] = [
  'seconds', 'second', 'sec', 's', 'minutes', 'minute', 'min', 'months', 'month', 'M', 'msec', 'ms', 'm',
  'hours', 'hour', 'hr', 'h', 'days', 'day', 'd', 'weeks', 'week', 'w', 'years', 'year', 'y',
  'usec', 'us', '\u00b5s', '\u03bcs', 'nsec', 'ns',
].slice().sort((a, b) => b.length - a.length);

const SEC = 1_000_000n;
/** parse_time()'s table in its order (the first prefix that matches wins), in microseconds. */
const USEC_TABLE: readonly (readonly [string, bigint])[] = [
  ['seconds', SEC], ['second', SEC], ['sec', SEC], ['s', SEC],
  ['minutes', 60n * SEC], ['minute', 60n * SEC], ['min', 60n * SEC],
  ['months', 2_629_800n * SEC], ['month', 2_629_800n * SEC], ['M', 2_629_800n * SEC],
  ['msec', 1000n], ['ms', 1000n], ['m', 60n * SEC],
  ['hours', 3600n * SEC], ['hour', 3600n * SEC], ['hr', 3600n * SEC], ['h', 3600n * SEC],
  ['days', 86_400n * SEC], ['day', 86_400n * SEC], ['d', 86_400n * SEC],
  ['weeks', 604_800n * SEC], ['week', 604_800n * SEC], ['w', 604_800n * SEC],
  ['years', 31_557_600n * SEC], ['year', 31_557_600n * SEC], ['y', 31_557_600n * SEC],
  ['usec', 1n], ['us', 1n], ['\u00b5s', 1n], ['\u03bcs', 1n],
];

/** parse_nsec()'s table: in nanoseconds, with `nsec`/`ns` at the end. */
const NSEC_TABLE: readonly (readonly [string, bigint])[] = [
  ...USEC_TABLE.map(([unit, usec]) => [unit, usec * 1000n] as const),
  ['nsec', 1n], ['ns', 1n],
];

export interface TimeOptions {
  /** Factor of a number without a unit: seconds (parse_sec) by default. */
  defaultUnit?: bigint;
  /** parse_nsec(): the nanosecond table. */
  nsec?: boolean;
}

/** The span in the table's unit, `'infinity'`, or the offset of the first character that breaks it. */
export function parseTime(text: string, options: TimeOptions = {}): bigint | 'infinity' | { at: number } {
  const table = options.nsec ? NSEC_TABLE : USEC_TABLE;
  const defaultUnit = options.defaultUnit ?? (options.nsec ? 1n : SEC);
  const first = skipBlanks(text, 0);
  if (text.startsWith('infinity', first)) {
    const after = skipBlanks(text, first + 8);
    return after === text.length ? 'infinity' : { at: after };
  }
  let total = 0n;
  let something = false;
  let p = first;
  for (;;) {
    p = skipBlanks(text, p);
    if (p >= text.length) return something ? total : { at: p };
    if (text[p] === '-') return { at: p };
    const n = scanDecimal(text, p, INT64_MAX);
    if (n.overflow || n.value < 0n) return { at: p };
    const fractionAt = n.end;
    if (text[n.end] === '.') {
      // "3.", "3.s" and "3. 1" are refused: a dot needs a digit after it.
      if (!(text[n.end + 1] >= '0' && text[n.end + 1] <= '9')) return { at: n.end };
      p = n.end + 1;
      while (p < text.length && text[p] >= '0' && text[p] <= '9') p++;
    } else if (n.end === p) {
      return { at: p };
    } else {
      p = n.end;
    }
    const unitAt = skipBlanks(text, p);
    const unit = table.find(([suffix]) => text.startsWith(suffix, unitAt));
    // "12.34.56" is refused; "12.34 .56" and "12.34s.56" are two parts.
    if (!unit && unitAt === p && p < text.length) return { at: p };
    const factor = unit ? unit[1] : defaultUnit;
    const limit = UINT64_MAX;
    if (n.value >= limit / factor) return { at: fractionAt };
    total += n.value * factor;
    if (total >= limit) return { at: fractionAt };
    if (text[fractionAt] === '.') {
      let m = factor / 10n;
      for (let b = fractionAt + 1; b < text.length && text[b] >= '0' && text[b] <= '9'; b++, m /= 10n) total += BigInt(text.charCodeAt(b) - 48) * m;
      if (total >= limit) return { at: fractionAt };
    }
    p = unit ? unitAt + unit[0].length : unitAt;
    something = true;
  }
}

/** Offset of the first character that breaks the time span, or -1 when it parses. */
export function timespanError(value: string, options: TimeOptions = {}): number {
  const parsed = parseTime(value, options);
  return typeof parsed === 'object' ? parsed.at : -1;
}

/** parse_sec(); TimerSlackNSec= goes through parse_nsec() in exact.ts. */
export const validateTimespan: ValueValidator = (value) => {
  if (value === '') return [];
  if (timespanError(value) < 0) return [];
  return [error(`'${value}' is not a time span: write numbers with units such as 30s, 5min 20s, 2h or infinity.`, 0, value.length)];
};
