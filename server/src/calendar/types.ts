// The parsed form of a calendar event, shaped like systemd's own (calendarspec.h) so that the
// search for the next elapse can follow systemd step by step and agree with it on edge cases.

/** One `,` item of a field: `start`, `start..stop` or `start[..stop]/repeat`; stop -1 = open. */
export interface CalendarComponent {
  start: number;
  stop: number;
  repeat: number;
}

/**
 * A field is a sorted list of components, or `undefined` for `*` (every value). Seconds are kept in
 * microseconds, as systemd does, so `05.5` is 5_500_000.
 */
export type CalendarChain = readonly CalendarComponent[] | undefined;

export interface CalendarSpec {
  /** Bit 0 Monday .. bit 6 Sunday; -1 = every day. */
  weekdays: number;
  year: CalendarChain;
  month: CalendarChain;
  day: CalendarChain;
  hour: CalendarChain;
  minute: CalendarChain;
  microsecond: CalendarChain;
  /** `~`: days count back from the end of the month. */
  endOfMonth: boolean;
  utc: boolean;
  /** IANA name after the time; undefined = the local zone (or UTC when `utc`). */
  timezone: string | undefined;
}

export const USEC_PER_SEC = 1_000_000;
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;
