// systemd's calendar_spec_normalize and calendar_spec_valid: two-digit years, ranges cut to a
// whole number of steps, sorted and deduplicated lists, and the bounds of every field.
import { MAX_YEAR, MIN_YEAR, USEC_PER_SEC, type CalendarChain, type CalendarComponent, type CalendarSpec } from './types';

const ALL_WEEKDAYS = 127;

function fixYear(c: CalendarComponent): CalendarComponent {
  const fix = (n: number): number => (n >= 0 && n < 70 ? n + 2000 : n >= 70 && n < 100 ? n + 1900 : n);
  return { start: fix(c.start), stop: fix(c.stop), repeat: c.repeat };
}

function compare(a: CalendarComponent, b: CalendarComponent): number {
  return a.start - b.start || a.stop - b.stop || a.repeat - b.repeat;
}

function normalizeChain(chain: CalendarChain): CalendarChain {
  if (!chain) return undefined;
  const out = chain.map((c) => {
    let { stop, repeat } = c;
    if (stop > c.start && repeat > 0) stop -= (stop - c.start) % repeat;
    // A step that cannot fire twice, or a range of one value, is a plain value.
    if ((stop > c.start && repeat > 0 && c.start + repeat > stop) || c.start === stop) {
      repeat = 0;
      stop = -1;
    }
    return { start: c.start, stop, repeat };
  });
  out.sort(compare);
  return out.filter((c, i) => i === 0 || compare(out[i - 1], c) !== 0);
}

export function normalizeSpec(spec: CalendarSpec): CalendarSpec {
  const utc = spec.utc || spec.timezone === 'UTC';
  return {
    weekdays: spec.weekdays <= 0 || spec.weekdays >= ALL_WEEKDAYS ? -1 : spec.weekdays,
    year: normalizeChain(spec.year?.map(fixYear)),
    month: normalizeChain(spec.month),
    day: normalizeChain(spec.day),
    hour: normalizeChain(spec.hour),
    minute: normalizeChain(spec.minute),
    microsecond: normalizeChain(spec.microsecond),
    endOfMonth: spec.endOfMonth && spec.day !== undefined,
    utc,
    timezone: spec.timezone === 'UTC' ? undefined : spec.timezone,
  };
}

function chainValid(chain: CalendarChain, from: number, to: number, endOfMonth: boolean): boolean {
  if (!chain) return true;
  return chain.every((c, i) => {
    // Days counted from the month's end may go back at most 28 days. systemd takes 3 off again for
    // each further item of the list (its check recurses with the lowered bound), so `~26,15` is refused.
    const last = endOfMonth ? to - 3 * (i + 1) : to;
    if (c.start < from || c.start > last || c.repeat > last - from) return false;
    if (c.stop >= 0) return c.stop >= from && c.stop <= last && c.start + c.repeat <= c.stop;
    return endOfMonth ? c.start - c.repeat >= from : c.start + c.repeat <= last;
  });
}

export function specIsValid(spec: CalendarSpec): boolean {
  return chainValid(spec.year, MIN_YEAR, MAX_YEAR, false)
    && chainValid(spec.month, 1, 12, false)
    && chainValid(spec.day, 1, 31, spec.endOfMonth)
    && chainValid(spec.hour, 0, 23, false)
    && chainValid(spec.minute, 0, 59, false)
    && chainValid(spec.microsecond, 0, 60 * USEC_PER_SEC - 1, false);
}
