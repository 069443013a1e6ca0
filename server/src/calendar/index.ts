// Our own reading of systemd's calendar events (systemd.time(7)): the normalized form and the next
// elapses, with no host access, so the Node server, the web worker and the checker share it.
import { formatCalendar } from './format';
import { nextElapses, type Elapses } from './next';
import { parseCalendar } from './parse';
import type { CalendarSpec } from './types';
import { findZone, localZone, type Zone } from './zone';

export type { CalendarSpec } from './types';
export type { Elapses } from './next';
export { findZone, localZone, utcZone, type Zone } from './zone';

export interface CalendarEvent {
  spec: CalendarSpec;
  /** As `systemd-analyze calendar` prints it after "Normalized form:". */
  normalized: string;
}

/** The event `text` names, or undefined when systemd would refuse it. */
export function readCalendar(text: string): CalendarEvent | undefined {
  const parsed = parseCalendar(text);
  return parsed.ok ? { spec: parsed.spec, normalized: formatCalendar(parsed.spec) } : undefined;
}

/**
 * The next `count` elapses after `fromUsec` (microseconds since the epoch); fewer, or none, when the
 * event stops elapsing. Events without a zone of their own are read in `local`.
 */
export function calendarElapses(event: CalendarEvent, fromUsec: number, count: number, local: Zone = localZone()): Elapses {
  return nextElapses(event.spec, fromUsec, count, local, findZone);
}
export { formatInstant } from './display';

/** Why an event that systemd accepts will not fire from `nowUsec` on, or undefined when it will. */
export type Silence = 'never' | 'past' | 'gives-up';

export function calendarSilence(event: CalendarEvent, nowUsec: number, local: Zone = localZone()): Silence | undefined {
  const next = calendarElapses(event, nowUsec, 1, local);
  if (next.gaveUp) return 'gives-up';
  if (next.times.length > 0) return undefined;
  return calendarElapses(event, 0, 1, local).times.length > 0 ? 'past' : 'never';
}
