// The complexity fuzzer's seeded slice (part of `npm test`): the regressions and a seeded
// sample of growing inputs, each doubled up to 1 MB, must keep every analysis step linear.
// `npm run fuzz -- --complexity N` measures N more series, picked at random.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createSandbox } from './check';
import { describeGrowth, measureGrowth } from './complexity';
import { pickSeries } from './growth';

const SEED = 20261204;
const SAMPLE = Number(process.env.COMPLEXITY_SLICE_SERIES ?? 6);

describe(`complexity slice (seed ${SEED}): every step linear in the input size up to 1 MB`, () => {
  const sandbox = createSandbox();
  after(() => sandbox.dispose());

  for (const series of pickSeries(SEED, SAMPLE)) {
    it(series.name, () => {
      const result = measureGrowth(series, sandbox);
      const problems = result.superLinear.map((g) => `${g.step}: ${describeGrowth(g)}`);
      assert.deepEqual(problems, [], `time grows faster than the input:\n${problems.join('\n')}`);
      assert.ok(result.reached >= 1 << 20, `stopped at ${result.reached} characters`);
    });
  }
});
