// Calendar events for OnCalendar=, following the forms `systemd-analyze calendar` accepts:
// shorthands (daily, weekly, ...), `@EPOCH`, and `[WEEKDAYS] [DATE] [TIME] [TIMEZONE]` where every
// date and time field is `*` or a number, with `,` lists, `..` ranges, `/` repetition and `~` for
// days counted from the month's end.
import { readCalendar } from '../../calendar/index';
import type { ValueValidator } from '../types';
import { error } from './issue';

const SHORTHANDS = ['minutely', 'hourly', 'daily', 'monthly', 'weekly', 'yearly', 'annually', 'quarterly', 'semiannually'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_ABBR = DAYS.map((d) => d.slice(0, 3));

/** Index 0..6 of a weekday name at the start of `s` (full or three letters), and its length. */
function weekdayAt(s: string): [number, number] | undefined {
  const lower = s.toLowerCase();
  for (let i = 0; i < 7; i++) {
    if (lower.startsWith(DAYS[i])) return [i, DAYS[i].length];
  }
  for (let i = 0; i < 7; i++) {
    if (lower.startsWith(DAY_ABBR[i])) return [i, 3];
  }
  return undefined;
}

function validWeekdays(token: string): boolean {
  let s = token;
  for (;;) {
    const first = weekdayAt(s);
    if (!first) return false;
    s = s.slice(first[1]);
    const sep = s.startsWith('..') ? '..' : s.startsWith('-') ? '-' : '';
    if (sep) {
      const last = weekdayAt(s.slice(sep.length));
      if (!last || last[0] < first[0]) return false;
      s = s.slice(sep.length + last[1]);
    }
    if (s === '') return true;
    if (s[0] !== ',') return false;
    s = s.slice(1);
  }
}

/** One field: `*`, `N`, `N..M`, with an optional `/STEP`, in a `,` list; bounds [min, max]. */
function validField(field: string, min: number, max: number, fraction = false): boolean {
  if (field === '') return false;
  const num = fraction ? /^[0-9]+(?:\.[0-9]+)?$/ : /^[0-9]+$/;
  return field.split(',').every((part) => {
    const [base, step, extra] = part.split('/');
    if (extra !== undefined) return false;
    if (step !== undefined && !(num.test(step) && Number(step) > 0)) return false;
    if (base === '*') return true;
    const [from, to, more] = base.split('..');
    if (more !== undefined || !num.test(from) || Number(from) < min || Number(from) > max) return false;
    if (to === undefined) return true;
    return num.test(to) && Number(to) >= Number(from) && Number(to) <= max;
  });
}

function validDate(token: string): boolean {
  const tilde = token.indexOf('~');
  const sep = token.replace('~', '-').split('-');
  if (tilde >= 0 && token.lastIndexOf('-') > tilde) return false;
  if (sep.length === 3) return validField(sep[0], 1970, 2199) && validField(sep[1], 1, 12) && validField(sep[2], 1, 31);
  if (sep.length === 2) return validField(sep[0], 1, 12) && validField(sep[1], 1, 31);
  return false;
}

function validTime(token: string): boolean {
  const parts = token.split(':');
  if (parts.length < 2 || parts.length > 3) return false;
  return validField(parts[0], 0, 23) && validField(parts[1], 0, 59) && (parts.length < 3 || validField(parts[2], 0, 59, true));
}

function looksLikeTimezone(word: string): boolean {
  if (word === 'UTC') return true;
  if (weekdayAt(word) && validWeekdays(word)) return false;
  return /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(word) && !/^[a-z]/.test(word);
}

export function isCalendarSpec(value: string): boolean {
  const tokens = value.trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return false;
  if (tokens.length > 1 && looksLikeTimezone(tokens[tokens.length - 1])) tokens.pop();
  if (tokens.length === 1 && SHORTHANDS.includes(tokens[0].toLowerCase())) return true;
  if (tokens.length === 1 && /^@[0-9]+$/.test(tokens[0])) return true;
  let i = 0;
  if (weekdayAt(tokens[0])) {
    if (!validWeekdays(tokens[0])) return false;
    i++;
  }
  if (i < tokens.length && !tokens[i].includes(':')) {
    if (!validDate(tokens[i])) return false;
    i++;
  }
  if (i < tokens.length) {
    if (!validTime(tokens[i])) return false;
    i++;
  }
  return i === tokens.length && i > 0;
}

export const validateCalendar: ValueValidator = (value) => {
  if (value.trim() === '' || (value.includes('%') ? isCalendarSpec(value) : readCalendar(value.trim()))) return [];
  return [error(`'${value}' is not a calendar event: try daily, weekly, Mon..Fri *-*-* 09:00 or *-*-* 00/15:00 (see systemd.time(7)).`,
    0, value.length)];
};
