// The suites that make unix sockets pass from a clone at a long path. A socket path may hold at
// most 107 bytes; when tests put sockets under the clone (supervisord's, VS Code's, git's), a
// clone at a path of 100 characters cannot run them ("AF_UNIX path too long"). This copies the
// working tree (tracked and untracked, not ignored: what `git status` sees) to such a path, links
// the installed node_modules, dist/, the .vsix and .e2e/app into it, and runs there the e2e suite
// against a real supervisord and a sandboxed systemd (commands.test.mjs) and the integration test
// with two supervisords on two sockets. Part of `npm test` (test:e2e); about 2 minutes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { APP, ARTIFACTS, ROOT, VSIX, missingPrerequisites } from './harness.mjs';

// through require (run.sh registers tsx), as commands.test.mjs loads its helper
const { copyWorkingTree } = createRequire(import.meta.url)('../helpers/workingTree.ts');

const MIN_LENGTH = 100;

/** Runs node with args in `cwd`; resolves with the exit code and the combined output. */
function runNode(args, cwd) {
  // without NODE_TEST_CONTEXT, which would make the child's node:test report to us and run nothing
  const { NODE_TEST_CONTEXT: _, ...rest } = process.env;
  // failure screenshots and logs land in this clone's test-results/, not in the copy removed at the end
  const env = { ...rest, E2E_ARTIFACTS: path.join(ARTIFACTS, 'longpath') };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('close', (code) => resolve({ code, output }));
  });
}

const missing = missingPrerequisites();
const skip = missing.length > 0 && process.env.CI !== 'true' && `e2e prerequisites missing: ${missing.join('; ')}`;

describe(`the socket-making suites from a clone at a path of ${MIN_LENGTH}+ characters`, { skip }, () => {
  let root = '';
  let clone = '';
  before(() => {
    assert.deepEqual(missing, [], 'prerequisites');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-'));
    const name = 'daemon-config-checked-out-at-a-path-long-enough-for-socket-limits-';
    clone = path.join(root, name.padEnd(MIN_LENGTH - root.length, 'x'));
    copyWorkingTree(ROOT, clone);
    for (const [link, target] of [['node_modules', path.join(ROOT, 'node_modules')], ['dist', path.join(ROOT, 'dist')],
      ['daemon-config.vsix', VSIX], [path.join('.e2e', 'app'), APP]]) {
      fs.mkdirSync(path.dirname(path.join(clone, link)), { recursive: true });
      fs.symlinkSync(target, path.join(clone, link));
    }
  });
  after(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('is long enough that a socket under the clone could not be bound', () => {
    assert.ok(clone.length >= MIN_LENGTH, `${clone} (${clone.length})`);
    assert.ok(path.join(clone, 'examples/supervisor/run/supervisor.sock').length > 107);
  });

  it('passes the e2e suite with a real supervisord and a sandboxed systemd', { timeout: 900_000 }, async () => {
    const r = await runNode(['--import', 'tsx', '--test', '--test-reporter=spec', 'test/e2e/commands.test.mjs'], clone);
    assert.equal(r.code, 0, `test/e2e/commands.test.mjs in ${clone}:\n${r.output}`);
    assert.match(r.output, /ℹ pass [1-9]/, r.output);
  });

  it('passes the supervisor integration test with two supervisords on two sockets', { timeout: 300_000 }, async () => {
    const r = await runNode(['--import', 'tsx', '--test', '--test-reporter=spec', '--test-name-pattern=two supervisords',
      'test/integration/supervisor/supervisorctl.test.ts'], clone);
    assert.equal(r.code, 0, `supervisorctl.test.ts in ${clone}:\n${r.output}`);
    assert.match(r.output, /ℹ pass 1\b/, r.output);
  });
});
