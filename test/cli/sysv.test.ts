// The checker on SysV init scripts: the files of an init.d folder below the folder checked, and a
// script named on the command line, get their LSB header checked; an error fails the check.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';

const CLI = resolve(__dirname, '../../dist/cli.js');
const HEADER = '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: web\n# Required-Start: $remote_fs\n# Required-Stop: $remote_fs\n# Default-Start: 2 3 4 5\n# Default-Stop: 0 1 6\n# Short-Description: Web\n### END INIT INFO\n';

describe('daemon-config check on init scripts', () => {
  let root: string;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, 'check', ...args], { encoding: 'utf8', cwd: root });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-sysv-'));
    mkdirSync(join(root, 'etc/init.d'), { recursive: true });
    writeFileSync(join(root, 'etc/init.d/web'), HEADER);
    writeFileSync(join(root, 'etc/init.d/bad'), HEADER.replace('Provides: web', 'Provides: bad').replace('2 3 4 5', '2 3 4 9'));
    writeFileSync(join(root, 'app.sh'), HEADER.replace('Provides: web', 'Provides: app'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('checks the scripts of an init.d folder and fails on an error', () => {
    const { code, stdout } = run('--format', 'json', '.');
    const reports = JSON.parse(stdout) as { file: string; diagnostics: Diagnostic[] }[];
    assert.deepEqual(reports.map((r) => r.file).sort(), ['etc/init.d/bad', 'etc/init.d/web']);
    assert.deepEqual(reports.find((r) => r.file === 'etc/init.d/bad')?.diagnostics.map((d) => d.code), ['sysv/bad-runlevel']);
    assert.equal(code, 1);
  });

  it('checks a script named on the command line by its header', () => {
    const { code, stdout, stderr } = run('app.sh');
    assert.equal(stdout, '');
    assert.match(stderr, /1 file\(s\) checked/);
    assert.equal(code, 0);
  });
});
