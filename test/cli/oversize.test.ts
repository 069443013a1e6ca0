// The checker refuses a file over the size limit with a message and exit 2, and still checks the rest.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = resolve(__dirname, '../../dist/cli.js');
const LIMIT = 1024 * 1024;

describe('daemon-config check on an oversize file', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'dc-'));
    const block = '[Service]\nType=simple\nExecStart=/bin/true\n\n';
    writeFileSync(join(folder, 'huge.service'), block.repeat(Math.ceil((LIMIT + 1) / block.length)));
    writeFileSync(join(folder, 'bad.service'), '[Service]\nType=simpel\nExecStart=/bin/true\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('names the file, its size and the limit, exits 2, and checks the other files', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', 'huge.service', 'bad.service'], { cwd: folder, encoding: 'utf8' });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^daemon-config: huge\.service: 1\.1 MB is over the 1 MB limit for one file: not checked$/m);
    assert.match(result.stdout, /^bad\.service:2:6: error: .*simpel/m);
  });

  it('refuses it when found in a folder too', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd: folder, encoding: 'utf8' });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /huge\.service: 1\.1 MB is over the 1 MB limit/);
    assert.deepEqual((JSON.parse(result.stdout) as { file: string }[]).map((r) => r.file), ['bad.service']);
  });
});
