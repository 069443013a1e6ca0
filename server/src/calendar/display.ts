// Instants written for people: `Mon 2026-12-07 09:00:00 +01:00`, in a given zone.
import { USEC_PER_SEC } from './types';
import type { Zone } from './zone';

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const two = (n: number): string => String(n).padStart(2, '0');

function offsetText(seconds: number): string {
  if (seconds === 0) return 'UTC';
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  return `${sign}${two(Math.floor(abs / 3600))}:${two(Math.floor((abs % 3600) / 60))}`;
}

/** Weekday, date and time (whole seconds, as systemd prints them) in `zone`, then the UTC offset. */
export function formatInstant(usec: number, zone: Zone): string {
  const seconds = Math.floor(usec / USEC_PER_SEC);
  const offset = zone.offsetAt(seconds);
  const d = new Date((seconds + offset) * 1000);
  return `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} `
    + `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${offsetText(offset)}`;
}
