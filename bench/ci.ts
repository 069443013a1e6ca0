// `npm run test:bench`, the short bench `npm test` runs: it fails when a figure regresses past a
// generous bound. Only ratios are judged (to the no-op floor server, or to a full analysis in the
// same process), never absolute times, so a loaded CI machine does not fail it.
import { join, resolve } from 'node:path';
import { incrementalFigures } from './incrementalEdit';
import { smallAnswers } from './smallAnswers';
import { ratio } from './table';

const ROOT = resolve(__dirname, '..');

/** Bounds well above the figures measured when they were set (README, "Performance"), so only a real regression trips them. */
const MAX_KEYSTROKE_TO_FULL = 0.5;
/** A line break measured 0.03-0.13x on 2026-12-06, 0.34-0.93x before its findings were carried over. */
const MAX_LINE_BREAK_TO_FULL = 0.25;
const MAX_TO_FLOOR: Record<string, number> = {
  'completion on a blank line in [Service]': 6,
  'value completion after Restart=': 4,
  'hover on ExecStart': 5,
};

async function main(): Promise<number> {
  const failures: string[] = [];
  for (const f of incrementalFigures(100)) {
    const share = f.typeP50 / f.fullP50;
    console.log(`${f.fixture}: a keystroke costs ${ratio(share)} of a full analysis (bound ${ratio(MAX_KEYSTROKE_TO_FULL)})`);
    if (share > MAX_KEYSTROKE_TO_FULL) failures.push(`${f.fixture}: a keystroke costs ${ratio(share)} of a full analysis`);
    const lineBreak = f.newlineP50 / f.fullP50;
    console.log(`${f.fixture}: a line break costs ${ratio(lineBreak)} of a full analysis (bound ${ratio(MAX_LINE_BREAK_TO_FULL)})`);
    if (lineBreak > MAX_LINE_BREAK_TO_FULL) failures.push(`${f.fixture}: a line break costs ${ratio(lineBreak)} of a full analysis`);
  }
  const answers = await smallAnswers(join(ROOT, 'dist/server.js'), join(__dirname, 'floorServer.cjs'), 3, 40);
  for (const a of answers) {
    const bound = MAX_TO_FLOOR[a.name];
    console.log(`${a.name}: ${ratio(a.ratio)} the floor's round trip (bound ${ratio(bound)})`);
    if (!(a.ratio <= bound)) failures.push(`${a.name}: ${ratio(a.ratio)} the floor's round trip`);
  }
  for (const failure of failures) console.error(`REGRESSED: ${failure}`);
  return failures.length ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
