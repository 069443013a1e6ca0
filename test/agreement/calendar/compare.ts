// Ours against systemd-analyze on a seeded list of events, in batches, in two process zones.
import { calendarElapses, findZone, readCalendar } from '../../../server/src/calendar/index';
import { Rng } from '../../fuzz/prng';
import { calendarSpec, BASE_TIMES } from './generate';
import { askSystemd, type OracleAnswer } from './oracle';

export interface Disagreement {
  spec: string;
  tz: string;
  base: number;
  ours: OracleAnswer;
  systemd: OracleAnswer;
}

export interface Agreement {
  compared: number;
  /** Events systemd accepted (so their elapses were compared too). */
  accepted: number;
  elapsesCompared: number;
  disagreements: Disagreement[];
}

const BATCH = 150;

function ours(spec: string, base: number, tz: string): OracleAnswer {
  const event = readCalendar(spec);
  if (!event) return { elapses: [] };
  const local = findZone(tz);
  if (!local) throw new Error(`no zone ${tz}`);
  const { times, gaveUp } = calendarElapses(event, base * 1e6, 5, local);
  // systemd-analyze prints nothing for an event whose search it gives up.
  if (gaveUp) return { elapses: [] };
  return { normalized: event.normalized, elapses: times.map((u) => Math.floor(u / 1e6)) };
}

function same(a: OracleAnswer, b: OracleAnswer): boolean {
  return a.normalized === b.normalized && a.elapses.length === b.elapses.length && a.elapses.every((t, i) => t === b.elapses[i]);
}

/** `count` events from `seed`, each compared in every zone of `zones`. */
export async function compareCalendars(seed: number, count: number, zones: readonly string[],
  progress?: (done: number) => void): Promise<Agreement> {
  const rng = new Rng(seed);
  const result: Agreement = { compared: 0, accepted: 0, elapsesCompared: 0, disagreements: [] };
  for (let done = 0; done < count; done += BATCH) {
    const specs = Array.from({ length: Math.min(BATCH, count - done) }, () => calendarSpec(rng));
    const base = rng.pick(BASE_TIMES);
    for (const tz of zones) {
      const answers = await askSystemd(specs, base, tz);
      specs.forEach((spec, i) => {
        const theirs = answers[i] ?? { elapses: [] };
        const mine = ours(spec, base, tz);
        result.compared++;
        if (theirs.normalized !== undefined) result.accepted++;
        result.elapsesCompared += theirs.elapses.length;
        if (!same(mine, theirs)) result.disagreements.push({ spec, tz, base, ours: mine, systemd: theirs });
      });
    }
    progress?.(Math.min(done + BATCH, count));
  }
  return result;
}
