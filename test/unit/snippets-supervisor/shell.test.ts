import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expandSnippet } from './expand';

const ROOT = join(__dirname, '..', '..', '..');
const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'shell-wrapper.json'), 'utf8')) as Record<string, { body: string[] }>;
const [snippet] = Object.values(snippets);
const script = expandSnippet(snippet.body);

function wrapperFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'wrapper-')), 'run-forwarding');
  writeFileSync(path, script);
  chmodSync(path, 0o755);
  return path;
}

/** Starts the wrapper, waits until the child prints "ready", sends `signal` to the wrapper only. */
function runAndSignal(child: string[], signal: NodeJS.Signals): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn('/bin/sh', [wrapperFile(), ...child], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let sent = false;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!sent && out.includes('ready')) { sent = true; proc.kill(signal); }
    });
    proc.on('error', reject);
    proc.on('exit', (code) => resolve({ code, out }));
  });
}

describe('signal-forwarding shell wrapper snippet', () => {
  it('is valid POSIX sh, with shell comments only', () => {
    execFileSync('/bin/sh', ['-n', wrapperFile()]);
    assert.ok(script.startsWith('#!/bin/sh\n'));
    assert.deepEqual(script.split('\n').filter((l) => l.trimStart().startsWith(';')), [], '; is not a comment in sh');
    assert.match(script, /trap 'forward TERM' TERM/);
    assert.match(script, /"\$@" &/);
  });

  it('forwards SIGTERM to its child, waits for it, and exits with its status', async () => {
    const child = [process.execPath, '-e',
      "process.on('SIGTERM', () => { console.log('got-term'); process.exit(7); }); console.log('ready'); setInterval(() => {}, 1000);"];
    const { code, out } = await runAndSignal(child, 'SIGTERM');
    assert.match(out, /got-term/);
    assert.equal(code, 7);
  });

  it('forwards SIGINT to a child that keeps the default action', async () => {
    const { code } = await runAndSignal(['/bin/sh', '-c', 'echo ready; exec sleep 600'], 'SIGINT');
    assert.equal(code, 130);
  });

  it('passes the exit status through when the child ends by itself', () => {
    try {
      execFileSync('/bin/sh', [wrapperFile(), '/bin/sh', '-c', 'exit 3']);
      assert.fail('expected exit 3');
    } catch (error) {
      assert.equal((error as { status: number }).status, 3);
    }
  });
});
