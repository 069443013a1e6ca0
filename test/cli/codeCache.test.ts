// dist/cli.js keeps V8's code cache of the checker on disk: the first run writes it, later runs use it,
// and a cache that is damaged, stale or cannot be written changes nothing a user sees.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const CLI = resolve(__dirname, '../../dist/cli.js');
const FIXTURES = resolve(__dirname, '../fixtures/cli');
const scratch = mkdtempSync(join(tmpdir(), 'dc-cache-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function check(cache: string) {
  // No --systemd-version: the checker asks systemctl, which takes the on-demand child_process path.
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'units/bad.service', 'supervisor'],
    { encoding: 'utf8', cwd: FIXTURES, env: { ...process.env, DAEMON_CONFIG_CODE_CACHE: cache } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the checker code cache', () => {
  const uncached = check('');

  it('reports the same findings with no cache, a new cache and a warm one', () => {
    assert.equal(uncached.code, 1, uncached.stderr);
    assert.match(uncached.stdout, /simpel/);
    const folder = join(scratch, 'fresh');
    const cold = check(folder);
    const files = readdirSync(folder);
    assert.equal(files.length, 1, `one cache file: ${files.join(', ')}`);
    assert.match(files[0], /^checker\.js-\d+-\d+-v[\d.]+-\w+\.v8$/);
    const warm = check(folder);
    for (const run of [cold, warm]) {
      assert.deepEqual({ code: run.code, stdout: run.stdout, stderr: run.stderr }, uncached);
    }
  });

  it('rewrites a damaged cache and drops the caches of earlier builds', () => {
    const folder = join(scratch, 'damaged');
    check(folder);
    const [name] = readdirSync(folder);
    writeFileSync(join(folder, name), 'not V8 code cache');
    writeFileSync(join(folder, 'checker.js-1-1-v0.0.0-x64.v8'), 'an earlier build');
    assert.deepEqual({ ...check(folder) }, uncached);
    assert.deepEqual(readdirSync(folder), [name]);
    assert.ok(statSync(join(folder, name)).size > 1000, 'the damaged cache was replaced by a real one');
    assert.deepEqual(check(folder), uncached);
  });

  it('still checks when the cache folder cannot be written', { skip: process.getuid?.() === 0 ? 'root writes anywhere' : false }, () => {
    const folder = join(scratch, 'locked');
    check(join(folder, 'x'));
    chmodSync(folder, 0o500);
    assert.deepEqual(check(join(folder, 'y')), uncached);
  });

  it('still checks when the cache path is a file', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    assert.deepEqual(check(file), uncached);
  });
});
