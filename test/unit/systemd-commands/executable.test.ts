// Programs are found only in absolute PATH folders: with `.` (or an empty entry) in PATH, a
// `./systemctl` or `./supervisorctl` in the current folder, which for the extension host and the
// server can be an untrusted workspace, never runs.
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { absolutePathFolders, findExecutable } from '../../../server/src/host/executable';
import { run } from '../../../client/src/supervisor/runner';
import { createExecFileRunner } from '../../../client/src/systemd/runner';

describe('finding programs on PATH', () => {
  let planted: string;
  let elsewhere: string;
  const home = process.cwd();
  const marker = (name: string): string => join(planted, `${name}.ran`);

  before(() => {
    planted = mkdtempSync(join(tmpdir(), 'dc-'));
    elsewhere = mkdtempSync(join(tmpdir(), 'dc-'));
    for (const name of ['systemctl', 'supervisorctl']) {
      const file = join(planted, name);
      writeFileSync(file, `#!/bin/sh\necho ran > '${marker(name)}'\necho 'systemd 999'\n`);
      chmodSync(file, 0o755);
    }
    writeFileSync(join(elsewhere, 'tool'), '#!/bin/sh\necho tool\n');
    chmodSync(join(elsewhere, 'tool'), 0o755);
    writeFileSync(join(elsewhere, 'not-executable'), 'data\n');
    process.chdir(planted);
  });

  after(() => {
    process.chdir(home);
    rmSync(planted, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('keeps only the absolute PATH folders', () => {
    assert.deepEqual(absolutePathFolders(`.::bin:${elsewhere}:./x:/usr/bin:`), [elsewhere, '/usr/bin']);
    assert.deepEqual(absolutePathFolders(undefined), []);
  });

  it('finds a name in an absolute folder and skips relative ones, even when they hold it', () => {
    assert.equal(findExecutable('tool', { PATH: `.:${elsewhere}` }), join(elsewhere, 'tool'));
    assert.equal(findExecutable('systemctl', { PATH: '.::bin' }), undefined);
    assert.equal(findExecutable('systemctl', { PATH: `.:${elsewhere}` }), undefined);
    assert.equal(findExecutable('not-executable', { PATH: elsewhere }), undefined);
  });

  it('takes absolute paths as they are and refuses relative paths', () => {
    assert.equal(findExecutable(join(elsewhere, 'tool'), { PATH: '' }), join(elsewhere, 'tool'));
    assert.equal(findExecutable('./systemctl', { PATH: '.' }), undefined);
    assert.equal(findExecutable('sub/systemctl', { PATH: '.' }), undefined);
    assert.equal(findExecutable('', { PATH: elsewhere }), undefined);
  });

  it('the systemd runner does not run ./systemctl with . in PATH', async () => {
    const runner = createExecFileRunner({ env: { PATH: `.::${elsewhere}` } });
    const r = await runner.run(['systemctl', '--version']);
    assert.equal(existsSync(marker('systemctl')), false, 'the planted systemctl ran');
    assert.equal(r.code, null);
    assert.match(r.error ?? '', /systemctl was not found/);
    const tool = await runner.run(['tool']);
    assert.equal(tool.stdout, 'tool\n');
  });

  it('the supervisor runner does not run ./supervisorctl with . in PATH', async () => {
    const r = await run({ command: 'supervisorctl', args: ['status'], action: 'status', longRunning: false }, { env: { PATH: `.::${elsewhere}` } });
    assert.equal(existsSync(marker('supervisorctl')), false, 'the planted supervisorctl ran');
    assert.equal(r.ok, false);
    assert.match(r.spawnError ?? '', /supervisorctl was not found/);
  });
});
