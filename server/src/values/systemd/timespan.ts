// Time spans as systemd's parse_time() reads them: `5min 20s`, `1.5h`, `300` (default unit), `infinity`.
import type { ValueValidator } from '../types';
import { error } from './issue';

/** Units systemd accepts, longest first so that `min` wins over `m` and `ms` over `m`. */
export const TIME_UNITS: readonly string[] = [
  'seconds', 'second', 'sec', 's', 'minutes', 'minute', 'min', 'months', 'month', 'M', 'msec', 'ms', 'm',
  'hours', 'hour', 'hr', 'h', 'days', 'day', 'd', 'weeks', 'week', 'w', 'years', 'year', 'y',
  'usec', 'us', '\u00b5s', '\u03bcs', 'nsec', 'ns',
].slice().sort((a, b) => b.length - a.length);

/** Offset of the first character that breaks the time span, or -1 when it parses. */
export function timespanError(value: string): number {
  const trimmed = value.trim();
  if (trimmed === 'infinity') return -1;
  let i = value.length - value.trimStart().length;
  if (i >= value.length) return 0;
  while (i < value.length) {
    const start = i;
    while (i < value.length && /[0-9]/.test(value[i])) i++;
    if (value[i] === '.') {
      i++;
      while (i < value.length && /[0-9]/.test(value[i])) i++;
    } else if (i === start) {
      return start;
    }
    while (i < value.length && /[ \t]/.test(value[i])) i++;
    const unit = TIME_UNITS.find((u) => value.startsWith(u, i));
    if (unit) i += unit.length;
    else if (i < value.length && !/[0-9.]/.test(value[i])) return i;
    while (i < value.length && /[ \t]/.test(value[i])) i++;
  }
  return -1;
}

export const validateTimespan: ValueValidator = (value) => {
  if (value === '') return [];
  const at = timespanError(value);
  if (at < 0) return [];
  return [error(`'${value}' is not a time span: write numbers with units such as 30s, 5min 20s, 2h or infinity.`, 0, value.length)];
};
