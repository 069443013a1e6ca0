// The checker as a user runs it: exit codes, text and JSON output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';

const CLI = resolve(__dirname, '../../dist/cli.js');
const FIXTURES = resolve(__dirname, '../fixtures/cli');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: FIXTURES });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('daemon-config check', () => {
  it('exits 0 on clean files', () => {
    const { code, stdout } = run('check', 'units/good.service', 'supervisor');
    assert.equal(code, 0, stdout);
    assert.equal(stdout, '');
  });

  it('prints compiler-style lines and exits 1 on errors', () => {
    const { code, stdout } = run('check', 'units/bad.service');
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 2, stdout);
    assert.match(lines[0], /^units\/bad\.service:5:6: error: .*simpel.* \[[\w/-]+\]$/);
    assert.match(lines[1], /^units\/bad\.service:6:10: error: .*bogus.* \[[\w/-]+\]$/);
  });

  it('walks folders and prints LSP diagnostics as JSON', () => {
    const { code, stdout } = run('check', '--format', 'json', '--systemd-version', '252', '.');
    assert.equal(code, 1);
    const reports = JSON.parse(stdout) as { file: string; diagnostics: Diagnostic[] }[];
    assert.deepEqual(reports.map((r) => r.file).sort(), ['supervisor/conf.d/web.conf', 'supervisor/supervisord.conf', 'units/bad.service', 'units/good.service']);
    const bad = reports.find((r) => r.file === 'units/bad.service')!;
    assert.deepEqual(bad.diagnostics.filter((d) => d.severity === 1).map((d) => d.range.start.line), [4, 5]);
  });

  it('exits 2 on usage errors and missing paths', () => {
    assert.equal(run().code, 2);
    assert.equal(run('check').code, 2);
    assert.equal(run('check', '--format', 'xml', 'x').code, 2);
    const missing = run('check', 'no-such-file.service');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no-such-file\.service: no such file/);
  });

  it('checks units in a user unit folder, or all units with --scope user, as user units', () => {
    const root = mkdtempSync(join(tmpdir(), 'dc-cli-scope-'));
    try {
      const unit = '[Service]\nUser=ann\nExecStart=/usr/bin/sync\n\n[Install]\nWantedBy=multi-user.target\n';
      const userDir = join(root, 'home', '.config', 'systemd', 'user');
      mkdirSync(userDir, { recursive: true });
      writeFileSync(join(userDir, 'sync.service'), unit);
      mkdirSync(join(root, 'project'));
      writeFileSync(join(root, 'project', 'sync.service'), unit);
      const codes = (...args: string[]) => {
        const { code, stdout } = run('check', '--format', 'json', '--systemd-version', '252', ...args);
        assert.equal(code, 0, stdout);
        return (JSON.parse(stdout) as { diagnostics: Diagnostic[] }[]).flatMap((r) => r.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`))
          .filter((c) => /user-unit|system-only/.test(c));
      };
      const userCodes = ['1:systemd/system-only-setting', '5:systemd/system-target-in-user-unit'];
      assert.deepEqual(codes(join(userDir, 'sync.service')), userCodes);
      assert.deepEqual(codes(join(root, 'project', 'sync.service')), []);
      assert.deepEqual(codes('--scope', 'user', join(root, 'project', 'sync.service')), userCodes);
      assert.deepEqual(codes('--scope=system', join(userDir, 'sync.service')), []);
      const wrong = run('check', '--scope', 'root', join(root, 'project'));
      assert.equal(wrong.code, 2);
      assert.match(wrong.stderr, /--scope takes system or user/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prints help and exits 0', () => {
    const { code, stdout } = run('--help');
    assert.equal(code, 0);
    assert.match(stdout, /usage: daemon-config check/);
  });
});
