// The checker reads a service with its drop-ins, as systemd-analyze verify does with the folder of
// the file it is given: a drop-in next to the unit that adds ExecStart= without clearing it fails
// the check, even when only the unit file is named.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = resolve(__dirname, '../../dist/cli.js');

describe('daemon-config check with drop-ins', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', '--systemd-version', '252', ...args], { encoding: 'utf8', cwd: root });
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-'));
    write('dc-marker-api.service', '[Service]\nExecStart=/usr/bin/api\n[Install]\nWantedBy=multi-user.target\n');
    write('dc-marker-api.service.d/10-flags.conf', '[Service]\nExecStart=/usr/bin/api --debug\n');
    write('dc-marker-ok.service', '[Service]\nExecStart=/usr/bin/ok\n[Install]\nWantedBy=multi-user.target\n');
    write('dc-marker-ok.service.d/10-flags.conf', '[Service]\nExecStart=\nExecStart=/usr/bin/ok --debug\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('fails a unit whose drop-in adds ExecStart= without clearing it, on both files', () => {
    const all = run('.');
    assert.equal(all.status, 1, all.stdout);
    const errors = all.stdout.trim().split('\n').filter((l) => l.includes('several-execstart'));
    assert.deepEqual(errors.map((l) => l.split(':').slice(0, 2).join(':')).sort(), ['dc-marker-api.service.d/10-flags.conf:2', 'dc-marker-api.service:2']);
    const named = run('dc-marker-api.service');
    assert.equal(named.status, 1, 'the drop-in next to the named unit takes part');
    assert.match(named.stdout, /dc-marker-api\.service\.d\/10-flags\.conf:2 adds another ExecStart=/);
  });

  it('passes a drop-in that clears ExecStart= first', () => {
    const ok = run('dc-marker-ok.service', 'dc-marker-ok.service.d/10-flags.conf');
    assert.equal(ok.status, 0, ok.stdout);
  });
});
