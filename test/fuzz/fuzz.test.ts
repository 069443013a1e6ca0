// The seeded slice of the fuzzer that `npm test` runs: the same cases every time and on every machine
// (repo files only), so a failure here is a regression. `npm run fuzz` runs the long, randomly seeded version (test/fuzz/run.ts).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { checkCase, createSandbox } from './check';
import { generateCase } from './generate';
import { caseSeed } from './prng';
import { minimize, saveReproducer } from './reproduce';

const SEED = 20261129;
const CASES = Number(process.env.FUZZ_SLICE_CASES ?? 4000);
const CHUNK = 500;

describe(`fuzz slice (seed ${SEED}, ${CASES} cases)`, () => {
  const sandbox = createSandbox();
  after(() => sandbox.dispose());

  for (let from = 0; from < CASES; from += CHUNK) {
    const to = Math.min(CASES, from + CHUNK);
    it(`cases ${from}–${to - 1}: no throw, ranges inside the document, lossless parse`, () => {
      for (let i = from; i < to; i++) {
        const c = generateCase(caseSeed(SEED, i), { hostFiles: false });
        const failure = checkCase(c, sandbox);
        if (!failure) continue;
        const small = minimize(c, failure, sandbox, {}, 500);
        const path = saveReproducer({ runSeed: SEED, index: i, failure, case: small, original: c });
        assert.fail(`case ${i} (case seed ${c.seed}, ${c.recipe.join(' ')}): ${failure.property}: ${failure.message}\n` +
          `minimised: ${JSON.stringify(small.text.slice(0, 500))}\nreplay: npm run fuzz -- --replay ${path}`);
      }
    });
  }
});
