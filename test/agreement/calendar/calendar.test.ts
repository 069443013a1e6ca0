// Agreement with `systemd-analyze calendar`: a seeded slice of generated events (CALENDAR_SEED,
// default 252; CALENDAR_SPECS, default 1000), each in two process zones, must give the same
// normalized form, the same refusals and the same five elapses. The long run is `npm run fuzz:calendar`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { compareCalendars } from './compare';
import { parseCalendarOutput } from './oracle';

const SEED = Number(process.env.CALENDAR_SEED ?? 252);
const SPECS = Number(process.env.CALENDAR_SPECS ?? 1000);
const ZONES = ['UTC', 'Europe/Berlin'];

function hasOracle(): boolean {
  try {
    return /--base-time/.test(execFileSync('systemd-analyze', ['--help'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

const missing = !hasOracle();
// Under CI=true a missing oracle is a failure, not a skip.
if (missing && process.env.CI === 'true') throw new Error('systemd-analyze with --base-time (systemd 247+) is needed');

describe('reading systemd-analyze calendar output', () => {
  it('takes the UTC line of each elapse and leaves an empty block for a refused event', () => {
    const out = [
      'Normalized form: *-*-* 00:00:00', '    Next elapse: Mon 2026-03-30 00:00:00 CEST', '       (in UTC): Sun 2026-03-29 22:00:00 UTC',
      '       From now: 8 months 6 days ago', '       Iter. #2: Tue 2026-03-31 00:00:00 CEST', '       (in UTC): Mon 2026-03-30 22:00:00 UTC',
      '', '', '  Original form: Thu 2027-01-01', 'Normalized form: Thu 2027-01-01 00:00:00', '    Next elapse: never', '',
    ].join('\n');
    assert.deepEqual(parseCalendarOutput(out, 3), [
      { normalized: '*-*-* 00:00:00', elapses: [Date.UTC(2026, 2, 29, 22) / 1000, Date.UTC(2026, 2, 30, 22) / 1000] },
      { normalized: undefined, elapses: [] },
      { normalized: 'Thu 2027-01-01 00:00:00', elapses: [] },
    ]);
  });
});

describe('agreement with systemd-analyze calendar', { skip: missing && 'systemd-analyze is not installed' }, () => {
  it(`gives systemd's normalized form and next five elapses for ${SPECS} seeded events`, { timeout: 300_000 }, async () => {
    const result = await compareCalendars(SEED, SPECS, ZONES);
    console.log(`AGREEMENT calendar (seed ${SEED}): ${result.compared - result.disagreements.length}/${result.compared} events agree `
      + `in ${ZONES.join(' and ')} (${result.accepted} accepted by systemd, ${result.elapsesCompared} elapses compared)`);
    for (const [zone, at] of result.driftedZones) {
      console.log(`  left out: ${zone} (this machine's tzdata and Node's time zone rules differ from ${new Date(at * 1000).toISOString()}); ${result.skipped} events skipped`);
    }
    for (const d of result.disagreements.slice(0, 10)) console.log(`  differs: ${JSON.stringify(d)}`);
    assert.ok(result.accepted > result.compared / 2, 'most generated events should be valid ones');
    assert.deepEqual(result.disagreements, []);
  });
});
