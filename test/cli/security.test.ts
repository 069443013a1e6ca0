// `daemon-config check --security-threshold N`: a line per service with its exposure score, exit 1
// when one scores above N (as systemd-analyze security --threshold does), the drop-ins counted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = resolve(__dirname, '../../dist/cli.js');

describe('daemon-config check --security-threshold', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', '--systemd-version', '252', ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, LANG: 'C' } });
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-sec-'));
    write('dc-sec-open.service', '[Service]\nExecStart=/usr/bin/open\n[Install]\nWantedBy=multi-user.target\n');
    write('dc-sec-dyn.service', '[Service]\nExecStart=/usr/bin/dyn\n[Install]\nWantedBy=multi-user.target\n');
    write('dc-sec-dyn.service.d/harden.conf', '[Service]\nDynamicUser=yes\n');
    write('dc-sec.timer', '[Timer]\nOnCalendar=daily\n[Install]\nWantedBy=timers.target\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('prints a line per service and fails when one is above the threshold', () => {
    const r = run('--security-threshold', '9', '.');
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => l.replace(/^\.\//, '')).sort();
    assert.deepEqual(lines, [
      'dc-sec-dyn.service: dc-sec-dyn.service exposure 8.4 EXPOSED, within the threshold 9.0',
      'dc-sec-open.service: dc-sec-open.service exposure 9.6 UNSAFE, above the threshold 9.0',
    ]);
  });

  it('passes when every service is within the threshold, and counts the drop-in', () => {
    const r = run('--security-threshold=8.4', 'dc-sec-dyn.service');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /exposure 8\.4 EXPOSED, within the threshold 8\.4/);
    assert.equal(run('--security-threshold=8.3', 'dc-sec-dyn.service').status, 1);
  });

  it('adds the score to the JSON report', () => {
    const r = run('--security-threshold', '10', '--format', 'json', 'dc-sec-open.service', 'dc-sec.timer');
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { file: string; exposure?: number; label?: string; aboveThreshold?: boolean }[];
    assert.deepEqual(report.map((f) => [f.file, f.exposure, f.label, f.aboveThreshold]), [['dc-sec-open.service', 9.6, 'UNSAFE', false], ['dc-sec.timer', undefined, undefined, undefined]]);
  });

  it('scores nothing without the option, and refuses a threshold that is no exposure', () => {
    assert.equal(run('dc-sec-open.service').stdout, '');
    for (const bad of ['11', '-1', 'x', '5.55']) {
      const r = run('--security-threshold', bad, 'dc-sec-open.service');
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--security-threshold takes an exposure from 0\.0 to 10\.0/);
    }
  });

  it('documents the option in --help', () => {
    assert.match(spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout, /--security-threshold N/);
  });
});
