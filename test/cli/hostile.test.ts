// The checker on what a hostile or careless folder holds: FIFOs, devices, kernel files, symlink
// loops, `.wants/` links and globs that would expand without end. Each must end with a message.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';

const CLI = resolve(__dirname, '../../dist/cli.js');
const SERVICE = '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\n\n[Install]\nWantedBy=multi-user.target\n';
/** A check that hangs or balloons (as before these fixes) is killed and fails instead of blocking the suite. */
const LIMIT_MS = 30_000;

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dc-'));
  folders.push(dir);
  return dir;
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, `mkfifo: ${made.stderr}`);
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], { encoding: 'utf8', cwd, timeout: LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.signal, null, `the checker did not finish (killed by ${result.signal}): ${result.stderr?.slice(0, 500)}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(stdout: string) {
  return JSON.parse(stdout) as { file: string; diagnostics: Diagnostic[] }[];
}

after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('daemon-config check reads only regular files', () => {
  it('refuses a named FIFO with a message and exit 2, without waiting for a writer', () => {
    const dir = folder();
    mkfifo(join(dir, 'foo.service'));
    const { code, stderr } = run(dir, 'foo.service');
    assert.equal(code, 2);
    assert.match(stderr, /foo\.service: a FIFO, not a regular file/);
  });

  it('refuses a named link to /dev/zero, and /proc/kmsg, with exit 2', () => {
    const dir = folder();
    symlinkSync('/dev/zero', join(dir, 'foo.timer'));
    const zero = run(dir, 'foo.timer');
    assert.equal(zero.code, 2);
    assert.match(zero.stderr, /foo\.timer: a character device, not a regular file/);
    if (existsSync('/proc/kmsg')) {
      const kmsg = run(dir, '/proc/kmsg');
      assert.equal(kmsg.code, 2);
      assert.match(kmsg.stderr, /\/proc\/kmsg: .*not a regular file/);
    }
  });

  it('checks a service whose neighbour foo.timer is /dev/zero and foo.socket a FIFO, without reading them', () => {
    const dir = folder();
    writeFileSync(join(dir, 'foo.service'), '[Service]\nExecStart=/bin/true\n');
    symlinkSync('/dev/zero', join(dir, 'foo.timer'));
    mkfifo(join(dir, 'foo.socket'));
    const { code, stdout } = run(dir, '--format', 'json', '.');
    assert.equal(code, 0, stdout);
    assert.deepEqual(json(stdout).map((r) => r.file), ['foo.service']);
  });

  it('checks a supervisor config whose [include] names /dev/zero and a FIFO', () => {
    const dir = folder();
    mkfifo(join(dir, 'pipe.conf'));
    writeFileSync(join(dir, 'supervisord.conf'), `[supervisord]\nlogfile=${dir}/s.log\n\n[include]\nfiles = /dev/zero ${dir}/pipe.conf\n`);
    const { code, stdout } = run(dir, '--format', 'json', 'supervisord.conf');
    assert.ok(code === 0 || code === 1, stdout);
    assert.deepEqual(json(stdout).map((r) => r.file), ['supervisord.conf']);
    const special = json(stdout)[0].diagnostics.filter((d) => d.code === 'supervisor/include-not-regular').map((d) => String(d.message));
    assert.equal(special.length, 2, stdout);
    assert.match(special[0], /^\/dev\/zero is a character device, not a regular file/);
    assert.match(special[1], /pipe\.conf is a FIFO, not a regular file/);
  });

  it('stops a glob that matches too much and says so', () => {
    const dir = folder();
    for (let a = 0; a < 30; a++) {
      for (let b = 0; b < 40; b++) {
        mkdirSync(join(dir, 'conf', `a${a}`, `b${b}`), { recursive: true });
        writeFileSync(join(dir, 'conf', `a${a}`, `b${b}`, 'p.conf'), `[program:p${a}_${b}]\ncommand=/bin/true\n`);
      }
    }
    writeFileSync(join(dir, 'supervisord.conf'), `[supervisord]\nlogfile=${dir}/s.log\n\n[include]\nfiles = conf/*/*/*.conf /*/*/*/*\n`);
    const { stdout } = run(dir, '--format', 'json', 'supervisord.conf');
    const capped = json(stdout)[0].diagnostics.filter((d) => d.code === 'supervisor/include-glob-capped');
    assert.equal(capped.length, 2, JSON.stringify(json(stdout)[0].diagnostics, null, 1));
    assert.match(String(capped[0].message), /conf\/\*\/\*\/\*\.conf was expanded only in part \(it matches more than 1000 paths\)/);
    assert.match(String(capped[1].message), /\/\*\/\*\/\*\/\* was expanded only in part/);
  });
});

describe('daemon-config check walks folders once', () => {
  it('ends on folder links to itself and to its parent, reporting each file once', () => {
    const dir = folder();
    mkdirSync(join(dir, 'units'));
    writeFileSync(join(dir, 'units', 'x.service'), SERVICE);
    symlinkSync('.', join(dir, 'units', 'a'));
    symlinkSync('.', join(dir, 'units', 'b'));
    symlinkSync('..', join(dir, 'units', 'up'));
    const { code, stdout } = run(dir, '--format', 'json', 'units');
    assert.equal(code, 0, stdout);
    assert.deepEqual(json(stdout).map((r) => r.file), ['units/x.service']);
  });

  it('reports a unit once when a .wants/ link points at it, under its own path', () => {
    const dir = folder();
    writeFileSync(join(dir, 'foo.service'), SERVICE);
    mkdirSync(join(dir, 'a.target.wants'));
    mkdirSync(join(dir, 'multi-user.target.wants'));
    symlinkSync('../foo.service', join(dir, 'a.target.wants', 'foo.service'));
    symlinkSync('../foo.service', join(dir, 'multi-user.target.wants', 'foo.service'));
    const { stdout, stderr } = run(dir, '--format', 'json', '.', 'foo.service');
    assert.deepEqual(json(stdout).map((r) => r.file), ['foo.service']);
    const text = run(dir, '.');
    assert.match(text.stderr, /^1 file\(s\) checked/m, stderr);
  });

  it('follows a folder link once and reports files by the path that is not a link', () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'y.service'), SERVICE);
    symlinkSync('real', join(dir, 'alias'));
    const { stdout } = run(dir, '--format', 'json', '.');
    assert.deepEqual(json(stdout).map((r) => r.file), ['real/y.service']);
  });
});
