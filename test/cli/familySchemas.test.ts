// The checker on networkd, nspawn and the daemons' configs: found in folders, reported like units (codes,
// lines, the exit status), and --dialect FAMILY reads any file as one of that family.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';

const CLI = resolve(__dirname, '../../dist/cli.js');

describe('daemon-config check on networkd, nspawn and the daemons\' configs', () => {
  let root: string;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--systemd-version', '252', ...args], { encoding: 'utf8', cwd: root });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const json = (stdout: string) => (JSON.parse(stdout) as { file: string; diagnostics: Diagnostic[] }[])
    .map((r) => [r.file, r.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.severity ?? 0}`)]);
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-famschema-'));
    mkdirSync(join(root, 'etc/systemd/network'), { recursive: true });
    mkdirSync(join(root, 'etc/systemd/logind.conf.d'), { recursive: true });
    writeFileSync(join(root, 'etc/systemd/network/10-eth.network'), '[Match]\nName=eth0\n\n[Network]\nDHCP=yes\nAdress=10.0.0.2/24\n');
    writeFileSync(join(root, 'etc/systemd/network/25-br0.netdev'), '[NetDev]\nName=br0\nKind=bridge\n');
    writeFileSync(join(root, 'etc/systemd/journald.conf'), '[Journal]\nStorage=volatil\nSystemMaxUse=1G\n');
    writeFileSync(join(root, 'etc/systemd/logind.conf.d/lid.conf'), '[Login]\nHandleLidSwitch=ignore\n');
    writeFileSync(join(root, 'settings.txt'), '[Resolve]\nDNSSEC=maybe\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds them in a folder and reports them with codes and lines', () => {
    const { code, stdout, stderr } = run('--format', 'json', 'etc');
    assert.equal(code, 1, stderr);
    assert.deepEqual(json(stdout).sort(), [
      ['etc/systemd/journald.conf', ['systemd/invalid-value@1:1']],
      ['etc/systemd/logind.conf.d/lid.conf', []],
      ['etc/systemd/network/10-eth.network', ['systemd/unknown-directive@5:1']],
      ['etc/systemd/network/25-br0.netdev', []],
    ]);
  });

  it('reads any file as the family --dialect names', () => {
    assert.equal(run('settings.txt').code, 2);
    const { code, stdout } = run('--dialect', 'resolved.conf', '--format', 'json', 'settings.txt');
    assert.equal(code, 1);
    assert.deepEqual(json(stdout), [['settings.txt', ['systemd/invalid-value@1:1']]]);
  });
});
