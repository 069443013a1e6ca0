// The calendar code's cost: reading an event, and its next five elapses in UTC and in a zone with
// daylight saving time, over seeded generated events (the agreement test's generator), as p50,
// p99 and the slowest. `node --import tsx bench/calendar.ts` prints them; not part of the table.
import { calendarElapses, findZone, readCalendar, utcZone, type Zone } from '../server/src/calendar/index';
import { Rng } from '../test/fuzz/prng';
import { calendarSpec } from '../test/agreement/calendar/generate';
import { percentile } from './stats';

const EVENTS = 5000;
const FROM = Date.UTC(2026, 11, 5) * 1000;

function timed(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function row(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `${label.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(3)} ms  p99 ${percentile(sorted, 99).toFixed(3)} ms  max ${sorted[sorted.length - 1].toFixed(2)} ms`;
}

function main(): void {
  const rng = new Rng(252);
  const texts = Array.from({ length: EVENTS }, () => calendarSpec(rng));
  const events = texts.map((t) => readCalendar(t)).filter((e) => e !== undefined);
  const berlin = findZone('Europe/Berlin') as Zone;
  // One warm-up pass so that the first figures do not measure compilation.
  for (const e of events.slice(0, 200)) calendarElapses(e, FROM, 5, berlin);
  console.log(`${events.length} of ${EVENTS} generated events are valid`);
  console.log(row('read + normalize', texts.map((t) => timed(() => readCalendar(t)))));
  console.log(row('next five elapses, TZ UTC', events.map((e) => timed(() => calendarElapses(e, FROM, 5, utcZone)))));
  console.log(row('next five elapses, TZ Europe/Berlin', events.map((e) => timed(() => calendarElapses(e, FROM, 5, berlin)))));
}

main();
