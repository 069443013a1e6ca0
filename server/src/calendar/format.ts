// The normalized form, character for character as `systemd-analyze calendar` prints it.
import { USEC_PER_SEC, type CalendarChain, type CalendarSpec } from './types';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Runs of three or more days as `A..C`, two as `A,B`, single days alone, joined by `,`. */
function formatWeekdays(bits: number): string {
  let out = '';
  let runStart = -1;
  const closeRun = (end: number): void => {
    if (end > runStart + 1) out += (end > runStart + 2 ? '..' : ',') + DAY_NAMES[end - 1];
  };
  for (let x = 0; x < 7; x++) {
    if (bits & (1 << x)) {
      if (runStart < 0) {
        out += (out ? ',' : '') + DAY_NAMES[x];
        runStart = x;
      }
    } else if (runStart >= 0) {
      closeRun(x);
      runStart = -1;
    }
  }
  if (runStart >= 0) closeRun(7);
  return out;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const fraction = (n: number): string => `.${pad(n, 6)}`;

function formatChain(chain: CalendarChain, width: number, usec: boolean): string {
  const d = usec ? USEC_PER_SEC : 1;
  if (!chain || (usec && chain.some((c) => c.start === 0 && c.stop < 0 && c.repeat === USEC_PER_SEC))) return '*';
  return chain.map((c) => {
    let s = pad(Math.floor(c.start / d), width);
    if (c.start % d > 0) s += fraction(c.start % d);
    if (c.stop > 0) s += `..${pad(Math.floor(c.stop / d), width)}`;
    if (c.stop % d > 0) s += fraction(c.stop % d);
    if (c.repeat > 0 && !(c.stop > 0 && c.repeat === d)) s += `/${Math.floor(c.repeat / d)}`;
    if (c.repeat % d > 0) s += fraction(c.repeat % d);
    return s;
  }).join(',');
}

export function formatCalendar(spec: CalendarSpec): string {
  let out = spec.weekdays > 0 ? `${formatWeekdays(spec.weekdays)} ` : '';
  out += `${formatChain(spec.year, 4, false)}-${formatChain(spec.month, 2, false)}${spec.endOfMonth ? '~' : '-'}`;
  out += `${formatChain(spec.day, 2, false)} ${formatChain(spec.hour, 2, false)}:${formatChain(spec.minute, 2, false)}:`;
  out += formatChain(spec.microsecond, 2, true);
  if (spec.utc) out += ' UTC';
  else if (spec.timezone) out += ` ${spec.timezone}`;
  return out;
}
