// The long run of the incremental-analysis comparison: `npm run fuzz:incremental [-- --edits N --seed S]`
// (100,000 edits by default). Each sequence of random edits is analysed incrementally and from
// scratch after every edit; the first difference is printed with the seed that replays it.
import { parseArgs } from 'node:util';
import { checkSequence } from './incrementalCheck';
import { caseSeed } from './prng';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '100000' }, seed: { type: 'string' }, length: { type: 'string', default: '50' } } });
const total = Number(values.edits);
const length = Number(values.length);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isSafeInteger(total) || total < 1 || !Number.isSafeInteger(length) || length < 1 || !Number.isSafeInteger(seed)) {
  console.error('usage: npm run fuzz:incremental -- [--edits N] [--length EDITS_PER_SEQUENCE] [--seed S]');
  process.exit(2);
}
const started = performance.now();
let edits = 0;
let incremental = 0;
for (let sequence = 0; edits < total; sequence++) {
  const result = checkSequence(caseSeed(seed, sequence), Math.min(length, total - edits));
  edits += result.edits;
  incremental += result.incremental;
  if (result.failure) {
    console.error(`FAILED (run seed ${seed}, sequence ${sequence}): ${result.failure}`);
    process.exit(1);
  }
  if (sequence % 200 === 0) process.stderr.write(`${edits} edits, ${incremental} incremental\n`);
}
const seconds = (performance.now() - started) / 1000;
console.log(`${edits} edits (${incremental} analysed incrementally) agree with a full analysis; seed ${seed}; ${seconds.toFixed(1)} s`);
