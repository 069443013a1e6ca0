// systemd reads the machine's tzdata (/usr/share/zoneinfo); our calendar code reads the time zone
// rules built into the JavaScript engine (ICU). When Debian ships newer rules than Node's ICU (tzdata
// 2026f moved Cuba's clocks for 2027, for instance), the two disagree by the hour for reasons that
// are not ours. Such zones are found here, once per run, and left out of the comparison.
import { execFileSync } from 'node:child_process';

const FROM = Date.UTC(2026, 0, 1) / 1000;
const TO = Date.UTC(2034, 0, 1) / 1000;
const STEP = 3 * 3600;

/** `+hhmm` as `date +%z` prints it, from the engine's rules. */
function engineOffset(zone: string, seconds: number): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(seconds * 1000)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT([+-])(\d\d):(\d\d)$/.exec(part);
  return match ? `${match[1]}${match[2]}${match[3]}` : '+0000';
}

/** The first instant where the machine's tzdata and the engine give `zone` different offsets, if any. */
function firstDrift(zone: string): number | undefined {
  const instants: number[] = [];
  for (let t = FROM; t < TO; t += STEP) instants.push(t);
  const machine = execFileSync('date', ['-f', '-', '+%z'], {
    input: instants.map((t) => `@${t}`).join('\n') + '\n', env: { ...process.env, TZ: zone }, encoding: 'utf8',
  }).trim().split('\n');
  return instants.find((t, i) => machine[i] !== engineOffset(zone, t));
}

/** The zones among `zones` whose rules differ between this machine and the engine, with where they first differ. */
export function driftedZones(zones: readonly string[]): Map<string, number> {
  const drifted = new Map<string, number>();
  for (const zone of zones) {
    const at = firstDrift(zone);
    if (at !== undefined) drifted.set(zone, at);
  }
  return drifted;
}
