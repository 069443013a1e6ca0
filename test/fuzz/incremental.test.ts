// Incremental analysis equals a full one: a seeded few thousand random edits here; the long run
// (`npm run fuzz:incremental`, 100,000 edits by default) does the same with other seeds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSequence } from './incrementalCheck';
import { caseSeed } from './prng';

const SEED = 18_2026;
const SEQUENCES = 120;
const EDITS = 25;

describe('incremental analysis agrees with a full one after random edits', () => {
  it(`holds for ${SEQUENCES} sequences of ${EDITS} edits`, () => {
    let edits = 0;
    let incremental = 0;
    for (let sequence = 0; sequence < SEQUENCES; sequence++) {
      const result = checkSequence(caseSeed(SEED, sequence), EDITS);
      assert.equal(result.failure, undefined, result.failure);
      edits += result.edits;
      incremental += result.incremental;
    }
    // Most edits keep the file's kind: they must take the incremental path, or this suite proves nothing.
    assert.ok(incremental > edits * 0.5, `only ${incremental} of ${edits} edits were analysed incrementally`);
  });
});
