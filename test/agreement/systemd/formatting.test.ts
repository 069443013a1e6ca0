// The formatting property on the systemd agreement corpus (this host's units and those of the Debian
// packages that agreement.test.ts fetches into .cache/agreement/systemd): formatting keeps every
// entry and a second pass changes nothing. Runs after agreement.test.ts, which fills the cache.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { checkFormatting, configFilesUnder } from '../../helpers/formatCheck';

const CORPUS = join(resolve(__dirname, '../../..'), '.cache/agreement/systemd/corpus');
const present = existsSync(CORPUS);
const skip = !present && process.env.CI !== 'true'
  && `no systemd agreement corpus at ${CORPUS} (npm run test:agreement fetches it; the unit test checks this host's units)`;

describe('formatting on the systemd agreement corpus', { skip }, () => {
  it('keeps every entry and is idempotent', () => {
    assert.ok(present, `CI=true but the agreement corpus is missing at ${CORPUS}`);
    const files = configFilesUnder([CORPUS]);
    assert.ok(files.length > 200, `only ${files.length} units in ${CORPUS}`);
    const failures: string[] = [];
    let changed = 0;
    for (const file of files) {
      const result = checkFormatting(file.text, file.dialect);
      if (result.changed) changed++;
      if (result.failure) failures.push(`${file.path}: ${result.failure}`);
    }
    console.log(`FORMAT systemd agreement corpus: ${files.length} units checked, ${changed} changed by formatting`);
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${files.length} units`);
  });
});
