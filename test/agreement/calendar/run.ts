// The long calendar run: `npm run fuzz:calendar [-- --specs N --seed S --zones UTC,Europe/Berlin]`.
// Compares our calendar events with `systemd-analyze calendar` and prints the agreement figures and
// the first disagreements. Exit status: 0 all agree, 1 some differ, 2 bad options.
import { parseArgs } from 'node:util';
import { compareCalendars } from './compare';

const HELP = `Usage: npm run fuzz:calendar -- [--specs N] [--seed S] [--zones Z1,Z2]
  --specs N   how many generated events (default 10000); each is checked in every zone
  --seed S    generator seed (default: random, printed)
  --zones     process time zones (TZ) to run systemd-analyze in (default UTC,Europe/Berlin)
`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: {
      specs: { type: 'string', default: '10000' }, seed: { type: 'string' }, zones: { type: 'string', default: 'UTC,Europe/Berlin' },
      help: { type: 'boolean', short: 'h', default: false },
    } }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const specs = Number(values.specs);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const zones = values.zones.split(',').filter(Boolean);
  if (!Number.isInteger(specs) || specs <= 0 || !Number.isInteger(seed) || zones.length === 0) {
    process.stderr.write(HELP);
    return 2;
  }
  const started = Date.now();
  const result = await compareCalendars(seed, specs, zones, (done) => process.stdout.write(`\r${done}/${specs} events`));
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`\nseed ${seed}: ${result.compared - result.disagreements.length}/${result.compared} agree in ${zones.join(', ')}; `
    + `${result.accepted} accepted by systemd, ${result.elapsesCompared} elapses compared; ${seconds.toFixed(1)} s\n`);
  for (const [zone, at] of result.driftedZones) {
    process.stdout.write(`left out: ${zone} (this machine's tzdata and Node's time zone rules differ from ${new Date(at * 1000).toISOString()})\n`);
  }
  if (result.skipped) process.stdout.write(`${result.skipped} events in those zones skipped\n`);
  for (const d of result.disagreements.slice(0, 20)) process.stdout.write(`differs: ${JSON.stringify(d)}\n`);
  return result.disagreements.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(2);
});
