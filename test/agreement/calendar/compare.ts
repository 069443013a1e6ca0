// Ours against systemd-analyze on a seeded list of events, in batches, in two process zones.
import { calendarElapses, findZone, readCalendar } from '../../../server/src/calendar/index';
import { Rng } from '../../fuzz/prng';
import { calendarSpec, BASE_TIMES, SPEC_ZONES } from './generate';
import { askSystemd, type OracleAnswer } from './oracle';
import { driftedZones } from './zoneDrift';

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
  /** Zones whose rules differ between the machine's tzdata and the engine (first differing instant); their events are not compared. */
  driftedZones: Map<string, number>;
  /** Events left out for that reason. */
  skipped: number;
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
  const drifted = driftedZones([...new Set([...zones, ...SPEC_ZONES])]);
  const result: Agreement = { compared: 0, accepted: 0, elapsesCompared: 0, disagreements: [], driftedZones: drifted, skipped: 0 };
  const inDriftedZone = (spec: string, tz: string) => drifted.has(tz) || [...drifted.keys()].some((zone) => spec.includes(zone));
  for (let done = 0; done < count; done += BATCH) {
    const specs = Array.from({ length: Math.min(BATCH, count - done) }, () => calendarSpec(rng));
    const base = rng.pick(BASE_TIMES);
    for (const tz of zones) {
      const answers = await askSystemd(specs, base, tz);
      specs.forEach((spec, i) => {
        if (inDriftedZone(spec, tz)) {
          result.skipped++;
          return;
        }
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
