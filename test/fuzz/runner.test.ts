// The fuzz runner as a user drives it: --help, bad options, a stop by signal that leaves no temporary
// folder behind, and the per-case budget (a case over it fails and is saved, shrunk).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const RUNNER = ['--import', 'tsx', 'test/fuzz/run.ts'];

function runSync(...args: string[]) {
  return spawnSync(process.execPath, [...RUNNER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

/** Starts a long run, waits until it names its sandbox, sends `signal`, and reports how it ended. */
function stopWith(signal: NodeJS.Signals): Promise<{ code: number | null; sandbox: string; output: string }> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [...RUNNER, '--cases', '1000000', '--seed', '1'], { cwd: ROOT });
    let output = '';
    let sandbox = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /sandbox (\S+)/.exec(output);
      if (match && !sandbox) {
        sandbox = match[1];
        assert.ok(existsSync(sandbox), `the sandbox ${sandbox} exists while the run goes on`);
        // Let a few cases run, so the signal lands while the worker is busy.
        setTimeout(() => child.kill(signal), 1500);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    // A runner that never names its sandbox (or never stops) fails the test instead of hanging it.
    const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', failed);
    child.on('exit', (code) => {
      clearTimeout(guard);
      done({ code, sandbox, output });
    });
  });
}

describe('fuzz runner', () => {
  const out = mkdtempSync(join(tmpdir(), 'dc-fuzzout-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('prints its options for --help and exits 0', () => {
    const result = runSync('--help');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Usage: npm run fuzz/);
    for (const option of ['--cases', '--seed', '--budget', '--replay', '--hostile-fs', '--help']) assert.ok(result.stdout.includes(option), option);
  });

  it('refuses an unknown option or a bad number with a message and exit status 2', () => {
    const unknown = runSync('--frobnicate');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Unknown option '--frobnicate'/);
    const bad = runSync('--cases', 'lots');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--cases takes a whole number, not 'lots'/);
  });

  for (const [signal, status] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`stops on ${signal}, says so, and removes its temporary folder (exit status ${status})`, async () => {
      const { code, sandbox, output } = await stopWith(signal);
      assert.ok(sandbox, `no sandbox named in: ${output}`);
      assert.equal(code, status, output);
      assert.match(output, new RegExp(`${signal}, stopping: \\d+ cases`));
      assert.equal(existsSync(sandbox), false, `${sandbox} is still there`);
    });
  }

  it('fails a case over the CPU budget, and saves it shrunk for --replay', () => {
    // A budget of 0 ms: every case is over it, whatever the machine.
    const result = runSync('--cases', '1', '--seed', '3', '--budget', '0', '--out', out);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /budget: took \d+ ms of CPU, over the per-case budget of 0 ms/);
    const saved = readdirSync(out).filter((name) => name.startsWith('budget-'));
    assert.equal(saved.length, 1, readdirSync(out).join(', '));
    const reproducer = JSON.parse(readFileSync(join(out, saved[0]), 'utf8')) as { case: { text: string }; original: { text: string }; replay: string };
    assert.ok(reproducer.case.text.length < reproducer.original.text.length || reproducer.original.text.length === 0,
      `shrunk from ${reproducer.original.text.length} to ${reproducer.case.text.length} characters`);
    const replay = runSync('--replay', join(out, saved[0]), '--budget', '0');
    assert.equal(replay.status, 1);
    assert.match(replay.stdout, /: FAILS\n/);
    assert.match(replay.stdout, /budget: took/);
  });
});
