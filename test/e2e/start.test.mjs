// `npm start` (scripts/start.sh) as a user runs it: the demo serves a copy of examples/, so what
// the user types and saves never reaches the repository's files; no walkthrough or welcome tab
// covers the demo; and the copy goes away when the demo stops.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, Workbench, missingPrerequisites } from './harness.mjs';

const EXAMPLES = path.join(ROOT, 'examples');
const LINE = '# typed and saved in the demo';

/** Every file under examples/ with the hash of its content. */
function snapshot(dir = EXAMPLES) {
  return Object.fromEntries(fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath ?? e.path, e.name);
      return [path.relative(dir, file), createHash('sha1').update(fs.readFileSync(file)).digest('hex')];
    }));
}

const missing = missingPrerequisites();
const skip = missing.length > 0 && process.env.CI !== 'true' && `e2e prerequisites missing: ${missing.join('; ')}`;

describe('npm start', { skip }, () => {
  const before_ = snapshot();
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let demo;
  let exited = Promise.resolve();
  let output = '';
  let workspace = '';
  /** @type {Workbench | undefined} */
  let wb;

  before(async () => {
    assert.deepEqual(missing, [], 'prerequisites');
    // PORT=0: any free port (start.sh prints it); E2E_NO_PACKAGE=1: run.sh has just packaged
    demo = spawn('bash', ['scripts/start.sh'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: '0', E2E_NO_PACKAGE: '1' } });
    exited = new Promise((resolve) => demo?.once('exit', () => resolve()));
    const url = await new Promise((resolve, reject) => {
      const read = (d) => {
        output += d;
        const m = /open (http:\/\/127\.0\.0\.1:\d+\/\?folder=(\S+))/.exec(output);
        if (m) {
          workspace = decodeURIComponent(m[2]);
          resolve(m[1]);
        }
      };
      demo?.stdout?.on('data', read);
      demo?.stderr?.on('data', read);
      demo?.once('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
    });
    wb = await Workbench.open({ url });
  });

  after(async () => {
    await wb?.close();
    if (demo?.exitCode === null) process.kill(-(/** @type {number} */ (demo.pid)), 'SIGTERM');
    await exited;
  });

  it('serves a copy of examples/ from outside the repository', () => {
    assert.ok(!path.resolve(workspace).startsWith(ROOT + path.sep), `the workspace ${workspace} is inside ${ROOT}`);
    assert.deepEqual(snapshot(workspace), before_, 'the copy holds what examples/ holds');
  });

  it('saves an edit into the copy; examples/ stays as it was', async () => {
    assert.ok(wb);
    await wb.openFile('autossh.service');
    await wb.goTo(1, 1);
    await wb.type(LINE);
    await wb.page.keyboard.press('Escape'); // no completion may take the Enter
    await wb.page.keyboard.press('Enter');
    await wb.save();
    // VS Code for the Web auto-saves after a short delay and then shows no dirty mark: wait for the file
    const file = path.join(workspace, 'autossh.service');
    const deadline = Date.now() + 30_000;
    while (!fs.readFileSync(file, 'utf8').startsWith(`${LINE}\n`)) {
      assert.ok(Date.now() < deadline, `the copy has the saved edit:\n${fs.readFileSync(file, 'utf8')}`);
      await new Promise((r) => setTimeout(r, 100)); // poll interval while the save reaches the disk
    }
    assert.deepEqual(snapshot(), before_, 'examples/ is unchanged');
  });

  it('shows no walkthrough or welcome page on top of the demo', async () => {
    assert.ok(wb);
    const tabs = await wb.page.locator('.tabs-container .tab').allInnerTexts();
    assert.ok(tabs.some((t) => t.includes('autossh.service')), `tabs: ${tabs.join(' | ')}`);
    assert.deepEqual(tabs.filter((t) => /walkthrough|welcome|get started/i.test(t)), [], `tabs: ${tabs.join(' | ')}`);
  });

  it('removes the copy, edits and all, when it stops', async () => {
    await wb?.close();
    wb = undefined;
    process.kill(-(/** @type {number} */ (demo?.pid)), 'SIGTERM');
    await exited;
    assert.equal(fs.existsSync(workspace), false, `${workspace} is still there`);
    assert.deepEqual(snapshot(), before_, 'examples/ is unchanged');
  });
});
