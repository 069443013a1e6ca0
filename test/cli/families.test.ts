// The checker and systemd's other families: recognised, never "neither a systemd unit nor a supervisor
// config", in folders as well as by name; those without a schema reported with their note, the others
// (networkd, journald.conf, ...) checked like units.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';

const CLI = resolve(__dirname, '../../dist/cli.js');

describe('daemon-config check on other systemd families', () => {
  let root: string;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, 'check', ...args], { encoding: 'utf8', cwd: root });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-fam-'));
    mkdirSync(join(root, 'containers/systemd'), { recursive: true });
    mkdirSync(join(root, 'tmpfiles.d'));
    writeFileSync(join(root, 'containers/systemd/web.container'), '[Container]\nImage=nginx\nNetwork=web.network\n\n[Install]\nWantedBy=default.target\n');
    writeFileSync(join(root, 'containers/systemd/web.network'), '[Network]\nSubnet=10.89.0.0/24\n');
    writeFileSync(join(root, 'containers/systemd/db.container'), '[Unit]\nAfter=cache.container\n[Container]\nImgae=postgres\n');
    writeFileSync(join(root, 'journald.conf'), '[Unit]\n\n[Journal]\nStorage=persistent\n');
    writeFileSync(join(root, 'tmpfiles.d/app.conf'), 'd /run/app 0755 root root -\n');
    writeFileSync(join(root, 'eth0.netdev'), '[NetDev]\nName=br0\nKind bridge\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reports each family file, a note for those not checked yet, and exits 0 without errors', () => {
    // Quadlet's: checked, and a Network= naming the .network beside it resolves.
    const { code, stdout, stderr } = run('--format', 'json', 'containers/systemd/web.container', 'journald.conf', 'tmpfiles.d/app.conf');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const reports = JSON.parse(stdout) as { file: string; diagnostics: Diagnostic[] }[];
    assert.deepEqual(reports.map((r) => [r.file, r.diagnostics.map((d) => `${String(d.code)}:${d.severity ?? 0}`)]), [
      ['containers/systemd/web.container', []],
      ['journald.conf', ['systemd/unknown-section:2']],
      // tmpfiles.d lines are checked by their own format: a valid file gets nothing.
      ['tmpfiles.d/app.conf', []],
    ]);
  });

  it('finds them in folders and still reports their syntax', () => {
    const { code, stdout } = run('.');
    const lines = stdout.trim().split('\n').sort();
    assert.equal(code, 1, stdout);
    // web.network is told Quadlet's by its Subnet= (this folder is not one of quadlet's): a note says so.
    assert.equal(lines.length, 6, stdout);
    assert.ok(lines.some((l) => /^containers\/systemd\/web\.network:1:1: info: .*\[systemd\/family-assumed\]$/.test(l)), stdout);
    // db.container: quadlet refuses it (a misspelt key, no Image=, a dependency on a unit not there).
    assert.deepEqual(lines.filter((l) => l.startsWith('containers/systemd/db.container')).map((l) => /\[([a-z/-]+)\]$/.exec(l)?.[1]), [
      'quadlet/missing-unit', 'quadlet/missing-key', 'quadlet/unknown-key']);
    assert.ok(lines.some((l) => /^eth0\.netdev:3:1: warning: .*\[syntax\/missing-equals\]$/.test(l)), stdout);
    assert.ok(!lines.some((l) => /^eth0\.netdev:1:1:/.test(l)), stdout);
  });

  it('takes the editor\'s language ids as --dialect, systemd-conf with the daemon from the content', () => {
    writeFileSync(join(root, 'tuning.conf'), '[Journal]\nStorage=persistnt\n');
    const asConf = run('--dialect', 'systemd-conf', '--format', 'json', 'tuning.conf');
    const codes = (stdout: string) => (JSON.parse(stdout) as { diagnostics: Diagnostic[] }[])[0].diagnostics.map((d) => String(d.code));
    assert.equal(asConf.code, 1);
    assert.deepEqual(codes(asConf.stdout), ['systemd/invalid-value']);
    // nspawn has no [Journal]: the same file read as that family.
    assert.deepEqual(codes(run('--dialect', 'systemd-nspawn', '--format', 'json', 'tuning.conf').stdout), ['systemd/unknown-section']);
    assert.equal(run('--dialect', 'systemd-bogus', 'tuning.conf').code, 2);
    assert.match(run('--help').stdout, /systemd-networkd, systemd-nspawn,/);
  });
});
