// The checker in CI: a wrong path must not pass, the target release must be one we know, hidden
// unit folders are searched, and the user chooses which severity fails the job.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';

const CLI = resolve(__dirname, '../../dist/cli.js');
const FIXTURES = resolve(__dirname, '../fixtures/cli');
const CLEAN = '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\n\n[Install]\nWantedBy=multi-user.target\n';

const folders: string[] = [];
/** A temporary folder holding `files` (path -> text). */
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dc-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], { encoding: 'utf8', cwd, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('daemon-config check: a wrong path fails (11.19)', () => {
  it('a named file that is neither a unit nor a supervisor config is an error naming it and --dialect', () => {
    const { code, stderr } = run(FIXTURES, 'units/good.service', 'units/unrelated.conf');
    assert.equal(code, 2);
    assert.match(stderr, /units\/unrelated\.conf: neither a systemd unit nor a supervisor config.*--dialect systemd or --dialect supervisor/);
  });

  it('a folder in which nothing is found is an error', () => {
    const dir = folderWith({ 'nginx/site.conf': 'server {\n  listen 80;\n}\n', 'README.md': '# units\n' });
    const { code, stderr } = run(dir, 'nginx', '.');
    assert.equal(code, 2);
    assert.match(stderr, /nginx: no systemd unit or supervisor config found/);
    assert.match(stderr, /\.: no systemd unit or supervisor config found/);
  });

  it('--dialect reads files whose name and content say nothing (a misspelt section header)', () => {
    const dir = folderWith({ 'myunit': '[Serivce]\nExecStart=/bin/true\n', 'programs': '[programm:web]\ncommand=/bin/true\n' });
    const neither = run(dir, 'myunit', 'programs');
    assert.equal(neither.code, 2);
    assert.match(neither.stderr, /myunit: neither/);
    assert.match(neither.stderr, /programs: neither/);
    const systemd = run(dir, '--dialect', 'systemd', '--format', 'json', 'myunit');
    assert.equal(systemd.code, 1, systemd.stderr);
    assert.ok((JSON.parse(systemd.stdout) as { diagnostics: Diagnostic[] }[])[0].diagnostics.some((d) => d.code === 'systemd/unknown-section'));
    const supervisor = run(dir, '--dialect=supervisor', '--format', 'json', 'programs');
    assert.equal(supervisor.code, 0, supervisor.stderr);
    assert.ok((JSON.parse(supervisor.stdout) as { diagnostics: Diagnostic[] }[])[0].diagnostics.some((d) => d.code === 'supervisor/unknown-section'));
    assert.equal(run(dir, '--dialect', 'nginx', 'myunit').code, 2);
  });
});

describe('daemon-config check: --systemd-version within the known releases (11.20)', () => {
  for (const version of ['200', '999', '0', '25x']) {
    it(`rejects ${version} naming the supported range`, () => {
      const { code, stderr, stdout } = run(FIXTURES, '--systemd-version', version, 'units/good.service');
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /--systemd-version takes a systemd release from 219 to 261/);
    });
  }

  it('accepts the oldest and newest known releases', () => {
    assert.equal(run(FIXTURES, '--systemd-version', '219', 'units/good.service').code, 0);
    assert.equal(run(FIXTURES, '--systemd-version=261', 'units/good.service').code, 0);
  });
});

describe('daemon-config check: hidden unit folders, summary and --max-severity (11.21)', () => {
  it('searches .config/systemd/user and .config/containers/systemd, not .git or node_modules', () => {
    const dir = folderWith({
      'home/.config/systemd/user/sync.service': CLEAN,
      'home/.config/containers/systemd/db.service.d/override.conf': '[Service]\nEnvironment=A=1\n',
      'home/.local/share/systemd/user/late.timer': '[Timer]\nOnCalendar=daily\n\n[Install]\nWantedBy=timers.target\n',
      'home/.config/other/app.conf': '[Service]\nExecStart=/bin/false\n',
      'home/.git/hooks/x.service': CLEAN,
      'home/.cache/y.service': CLEAN,
      'home/node_modules/pkg/z.service': CLEAN,
      'home/.hidden.service': CLEAN,
    });
    const { code, stdout } = run(dir, '--format', 'json', 'home');
    assert.equal(code, 0, stdout);
    assert.deepEqual((JSON.parse(stdout) as { file: string }[]).map((r) => r.file), [
      'home/.config/containers/systemd/db.service.d/override.conf',
      'home/.config/systemd/user/sync.service',
      'home/.local/share/systemd/user/late.timer',
    ]);
  });

  it('counts information in the summary line', () => {
    const dir = folderWith({ 'i.service': '[Service]\nExecStart=/bin/true\n' });
    const { code, stderr } = run(dir, 'i.service');
    assert.equal(code, 0);
    assert.match(stderr, /^1 file\(s\) checked: 0 error\(s\), 0 warning\(s\), 1 information$/m);
  });

  it('--max-severity chooses what makes the exit status 1', () => {
    const dir = folderWith({
      'info.service': '[Service]\nExecStart=/bin/true\n',
      'warn.service': `${CLEAN}bogus\n`,
    });
    assert.equal(run(dir, 'warn.service').code, 0, 'a warning does not fail by default');
    assert.equal(run(dir, '--max-severity', 'error', 'warn.service').code, 0);
    assert.equal(run(dir, '--max-severity', 'warning', 'warn.service').code, 1);
    assert.equal(run(dir, '--max-severity', 'warning', 'info.service').code, 0);
    assert.equal(run(dir, '--max-severity=information', 'info.service').code, 1);
    assert.equal(run(dir, '--max-severity', 'hint', 'info.service').code, 2);
  });

  it('--help lists the options', () => {
    const result = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    for (const option of ['--format', '--systemd-version', '--dialect', '--max-severity']) assert.ok(result.stdout.includes(option), option);
    assert.match(result.stdout, /219 to 261/);
  });
});
