// The formatting property over every corpus at hand: the repo's examples and fixtures, this host's
// units, the supervisor agreement corpus (real and hand-written configs and their mutants) and
// seeded fuzz cases. Each file formats without changing its entries, and formatting twice changes
// nothing more. The fetched package units of the systemd agreement corpus are checked in
// test/agreement/formatting.test.ts.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { buildCorpus as supervisorCorpus } from '../../agreement/supervisor/corpus';
import { generateCase } from '../../fuzz/generate';
import { checkFormatting, configFilesUnder } from '../../helpers/formatCheck';
import { mark } from '../../helpers/markers';

const ROOT = resolve(__dirname, '../../..');
const FUZZ_CASES = Number(process.env.FORMAT_FUZZ_CASES ?? 3000);

function expectAllHold(files: { name: string; dialect: 'systemd' | 'supervisor'; text: string }[]): { changed: number } {
  const failures: string[] = [];
  let changed = 0;
  for (const file of files) {
    const result = checkFormatting(file.text, file.dialect);
    if (result.changed) changed++;
    if (result.failure) failures.push(`${file.name}: ${result.failure}`);
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${files.length} files`);
  return { changed };
}

describe('formatting keeps meaning and is idempotent', () => {
  it('on the examples, the fixtures and the before/after cases', () => {
    const files = configFilesUnder(['examples', 'test/fixtures', 'test/neovim/fixtures'].map((d) => join(ROOT, d)))
      .map((f) => ({ name: f.path, dialect: f.dialect, text: f.text }));
    const cases = configFilesUnder([join(__dirname, 'cases')]).map((f) => ({ name: f.path, dialect: f.dialect, text: mark(f.text).text }));
    assert.ok(files.length >= 12, `only ${files.length} repo files found`);
    const { changed } = expectAllHold([...files, ...cases]);
    console.log(`FORMAT repo files: ${files.length + cases.length} checked, ${changed} changed by formatting`);
  });

  it("on this host's units", () => {
    const files = configFilesUnder(['/usr/lib/systemd/system', '/lib/systemd/system', '/etc/supervisor'])
      .map((f) => ({ name: f.path, dialect: f.dialect, text: f.text }));
    const { changed } = expectAllHold(files);
    console.log(`FORMAT host files: ${files.length} checked, ${changed} changed by formatting`);
  });

  it('on the supervisor agreement corpus', () => {
    const files = supervisorCorpus().flatMap((config) => Object.entries(config.files)
      .map(([path, text]) => ({ name: `${config.name}${config.mutation ? ` (${config.mutation})` : ''}/${path}`, dialect: 'supervisor' as const, text })));
    assert.ok(files.length > 100, `only ${files.length} supervisor corpus files`);
    const { changed } = expectAllHold(files);
    console.log(`FORMAT supervisor agreement corpus: ${files.length} files checked, ${changed} changed by formatting`);
  });

  it(`on ${FUZZ_CASES} seeded fuzz cases`, () => {
    const files = Array.from({ length: FUZZ_CASES }, (_, seed) => {
      const c = generateCase(seed + 1, { hostFiles: false });
      return { name: `fuzz seed ${seed + 1}`, dialect: c.dialect, text: c.text };
    });
    const { changed } = expectAllHold(files);
    console.log(`FORMAT fuzz cases: ${files.length} checked, ${changed} changed by formatting`);
  });
});
