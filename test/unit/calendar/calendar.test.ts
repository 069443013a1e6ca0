// Our calendar events against facts printed by `systemd-analyze calendar --iterations=3
// --base-time=@1767225600` (2026-01-01 00:00:00 UTC) of systemd 252 with TZ=UTC; the seeded
// differential run in test/agreement/calendar compares thousands more against the machine.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarElapses, calendarSilence, findZone, formatInstant, readCalendar, utcZone } from '../../../server/src/calendar/index';

const BASE = Date.UTC(2026, 0, 1) * 1000;

/** [written, normalized, next three elapses in UTC (seconds), or [] for never]. */
const FACTS: [string, string, string[]][] = [
  ['minutely', '*-*-* *:*:00', ['2026-01-01T00:01:00', '2026-01-01T00:02:00', '2026-01-01T00:03:00']],
  ['weekly', 'Mon *-*-* 00:00:00', ['2026-01-05T00:00:00', '2026-01-12T00:00:00', '2026-01-19T00:00:00']],
  ['quarterly', '*-01,04,07,10-01 00:00:00', ['2026-04-01T00:00:00', '2026-07-01T00:00:00', '2026-10-01T00:00:00']],
  ['semi-annually', '*-01,07-01 00:00:00', ['2026-07-01T00:00:00', '2027-01-01T00:00:00', '2027-07-01T00:00:00']],
  ['Sat,Mon..Wed,Fri 30-2-29', 'Mon..Wed,Fri,Sat 2030-02-29 00:00:00', []],
  ['mon,tue,thu', 'Mon,Tue,Thu *-*-* 00:00:00', ['2026-01-05T00:00:00', '2026-01-06T00:00:00', '2026-01-08T00:00:00']],
  ['Mon,Tue,Wed,Fri', 'Mon..Wed,Fri *-*-* 00:00:00', ['2026-01-02T00:00:00', '2026-01-05T00:00:00', '2026-01-06T00:00:00']],
  ['*-*-* *:*:*', '*-*-* *:*:*', ['2026-01-01T00:00:01', '2026-01-01T00:00:02', '2026-01-01T00:00:03']],
  ['*:0/15', '*-*-* *:00/15:00', ['2026-01-01T00:15:00', '2026-01-01T00:30:00', '2026-01-01T00:45:00']],
  ['2026-*-1..20/3 10:00', '2026-*-01..19/3 10:00:00', ['2026-01-01T10:00:00', '2026-01-04T10:00:00', '2026-01-07T10:00:00']],
  ['*-*-* 00:00:05.5/0.25', '*-*-* 00:00:05.500000/0.250000', ['2026-01-01T00:00:05', '2026-01-01T00:00:05', '2026-01-01T00:00:06']],
  ['*-*~01..05/2', '*-*~01..05/2 00:00:00', ['2026-01-27T00:00:00', '2026-01-29T00:00:00', '2026-01-31T00:00:00']],
  ['99-01-01', '1999-01-01 00:00:00', []],
  ['@1800000000 Europe/Berlin', '2027-01-15 08:00:00 UTC', ['2027-01-15T08:00:00']],
  ['*-*-* 8..18:00/30:00', '*-*-* 08..18:00/30:00', ['2026-01-01T08:00:00', '2026-01-01T08:30:00', '2026-01-01T09:00:00']],
  ['3,1,2,3:00', '*-*-* 01,02,03:00:00', ['2026-01-01T01:00:00', '2026-01-01T02:00:00', '2026-01-01T03:00:00']],
  ['*-*-* 00:00:00.1234567', '*-*-* 00:00:00.123457', ['2026-01-01T00:00:00', '2026-01-02T00:00:00', '2026-01-03T00:00:00']],
  ['Thu 2027-01-01', 'Thu 2027-01-01 00:00:00', []],
  ['daily Asia/Kolkata', '*-*-* 00:00:00 Asia/Kolkata', ['2026-01-01T18:30:00', '2026-01-02T18:30:00', '2026-01-03T18:30:00']],
  ['Sun *-*-* 00:00:00 America/New_York', 'Sun *-*-* 00:00:00 America/New_York', ['2026-01-04T05:00:00', '2026-01-11T05:00:00', '2026-01-18T05:00:00']],
];

/** Refused by systemd 252 (checked with systemd-analyze calendar). */
const REFUSED = ['*/5', '*:*/5', 'bogus', 'Etc/UTC', 'Mon @1000000 ', '*-*-* 00:00:10..10', '*-*-* 00:00:10.5..11', '*-08~26,15',
  '2032-08~26,15', 'Fri..Mon', '12:00 europe/berlin', ''];

const seconds = (usec: number): string => new Date(Math.floor(usec / 1e6) * 1000).toISOString().slice(0, 19);

describe('calendar events as systemd reads them', () => {
  for (const [written, normalized, next] of FACTS) {
    it(`${written} → ${normalized}`, () => {
      const event = readCalendar(written);
      assert.ok(event, written);
      assert.equal(event.normalized, normalized);
      assert.deepEqual(calendarElapses(event, BASE, 3, utcZone).times.map(seconds), next);
    });
  }
  it('refuses what systemd refuses', () => {
    for (const text of REFUSED) assert.equal(readCalendar(text), undefined, text);
  });
  it('accepts `~15,16` but not `~26,15`: systemd lowers the bound for each further day counted from the end', () => {
    assert.equal(readCalendar('*-08~15,16')?.normalized, '*-08~15,16 00:00:00');
  });
});

describe('elapses across daylight saving time (TZ=Europe/Berlin, checked with systemd 252)', () => {
  const berlin = findZone('Europe/Berlin');
  assert.ok(berlin);
  it('moves a skipped hour forward and skips the day for a time that does not exist', () => {
    const from = Date.UTC(2026, 2, 29) * 1000; // 01:00 CET, the night clocks go forward
    const hourly = readCalendar('*-*-* 02/1:30 Europe/Berlin');
    assert.ok(hourly);
    assert.deepEqual(calendarElapses(hourly, from, 3, utcZone).times.map(seconds), ['2026-03-29T01:30:00', '2026-03-29T02:30:00', '2026-03-29T03:30:00']);
    const skipped = readCalendar('*-03-29 02:30 Europe/Berlin');
    assert.ok(skipped);
    assert.deepEqual(calendarElapses(skipped, from, 1, utcZone).times.map(seconds), ['2027-03-29T00:30:00']);
  });
  it('fires once in the hour that happens twice, at its first pass', () => {
    const event = readCalendar('*-10-25 *:30');
    assert.ok(event);
    const from = Date.UTC(2026, 9, 24, 22) * 1000; // 00:00 CEST
    assert.deepEqual(calendarElapses(event, from, 4, berlin).times.map(seconds),
      ['2026-10-24T22:30:00', '2026-10-24T23:30:00', '2026-10-25T00:30:00', '2026-10-25T02:30:00']);
  });
  it('gives up where systemd gives up ("Infinite loop in calendar calculation")', () => {
    const event = readCalendar('*-02/9-29');
    assert.ok(event);
    const from = 1772946000 * 1e6; // 2026-03-08: the first elapse is found, the second loops in Berlin
    const inBerlin = calendarElapses(event, from, 5, berlin);
    assert.deepEqual([inBerlin.gaveUp, inBerlin.times.map(seconds)], [true, ['2026-11-28T23:00:00']]);
    assert.equal(calendarElapses(event, from, 5, utcZone).gaveUp, false);
  });
});

describe('why an accepted event does not fire', () => {
  it('tells never, past and elapsing apart', () => {
    const now = Date.UTC(2026, 11, 5) * 1000;
    const silence = (text: string): string | undefined => {
      const event = readCalendar(text);
      assert.ok(event, text);
      return calendarSilence(event, now, utcZone);
    };
    assert.equal(silence('Thu 2027-01-01'), 'never');
    assert.equal(silence('2020-01-01'), 'past');
    assert.equal(silence('daily'), undefined);
  });
  it('writes an instant in a zone with its offset', () => {
    const berlin = findZone('Europe/Berlin');
    assert.ok(berlin);
    assert.equal(formatInstant(Date.UTC(2026, 6, 1, 12) * 1000, berlin), 'Wed 2026-07-01 14:00:00 +02:00');
    assert.equal(formatInstant(Date.UTC(2026, 6, 1, 12) * 1000, utcZone), 'Wed 2026-07-01 12:00:00 UTC');
  });
  it('knows zones by their exact names only', () => {
    assert.ok(findZone('America/New_York'));
    assert.ok(findZone('US/Eastern'));
    assert.equal(findZone('america/new_york'), undefined);
    assert.equal(findZone('Nowhere/Zone'), undefined);
    assert.equal(findZone('../etc/passwd'), undefined);
  });
});
