// Emacs with Eglot (Debian's `emacs-nox` and `elpa-eglot`, batch mode) as the LSP client of
// `node dist/server.js --stdio`, configured by the Emacs block of docs/editors.md as it stands
// (only the server command and the systemd release are swapped). It opens the Neovim test's
// fixtures and must get diagnostics, hover, a quick fix applied, references, formatting, the
// refusal to rename a unit and a supervisor program renamed.
// Prerequisites missing (emacs, Eglot, dist/server.js): fails under CI=true, skips otherwise.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLIENT = path.join(ROOT, 'test', 'emacs', 'client.el');
const FIXTURES = path.join(ROOT, 'test', 'neovim', 'fixtures');
const DOCS = path.join(ROOT, 'docs', 'editors.md');

interface Diagnostic { line: number; type: string; text: string }
interface Outcome {
  emacs?: string;
  eglot?: string;
  error?: string;
  unit_mode?: string;
  managed?: boolean;
  language_id?: string;
  diagnostics?: Diagnostic[];
  hover?: string;
  code_actions?: string[];
  fixed_line?: string;
  references?: string[];
  unit_rename?: string;
  formatted?: string[];
  supervisor_mode?: string;
  supervisor_diagnostics?: Diagnostic[];
  supervisor_hover?: string;
  supervisor_lines?: string[];
  stopped?: boolean;
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

// Debian's elpa-eglot puts Eglot where `emacs -q` finds it; Emacs 29 and later have it built in.
function hasEglot(): boolean {
  return spawnSync('emacs', ['--batch', '-q', '--eval', '(kill-emacs (if (locate-library "eglot") 0 1))'], { stdio: 'ignore' }).status === 0;
}

const missing = [
  ...(which('emacs') ? (hasEglot() ? [] : ['Eglot (apt-get install elpa-eglot)']) : ['emacs (apt-get install emacs-nox elpa-eglot)']),
  ...(fs.existsSync(SERVER) ? [] : ['dist/server.js (npm run build)']),
];
const skip = missing.length > 0 && process.env.CI !== 'true' ? `prerequisites missing: ${missing.join(', ')}` : false;

/** The Emacs configuration of docs/editors.md, pointed at this build and at release 250. */
function documentedConfig(): string {
  const docs = fs.readFileSync(DOCS, 'utf8');
  const block = /<!-- test\/emacs[^\n]*-->\n```elisp\n([\s\S]*?)\n```/.exec(docs)?.[1];
  assert.ok(block, 'docs/editors.md: no elisp block after the test/emacs marker');
  const command = '("daemon-config-language-server" "--stdio")';
  const release = '(:version 252)';
  assert.ok(block.includes(command) && block.includes(release), `the documented block names ${command} and ${release}`);
  return block.replace(command, `("node" ${JSON.stringify(SERVER)} "--stdio")`).replace(release, '(:version 250)');
}

test('Emacs + Eglot with the documented configuration', { skip, timeout: 120_000 }, () => {
  assert.deepEqual(missing, [], `prerequisites missing under CI=true: ${missing.join(', ')}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-emacs-'));
  const work = path.join(tmp, 'units');
  fs.cpSync(FIXTURES, work, { recursive: true });
  const config = path.join(tmp, 'config.el');
  fs.writeFileSync(config, documentedConfig());
  const out = path.join(tmp, 'result.json');
  const started = Date.now();
  const run = spawnSync('emacs', ['--batch', '-q', '-l', CLIENT], {
    cwd: work,
    env: { ...process.env, HOME: tmp, DC_CONFIG: config, DC_DIR: work, DC_OUT: out },
    encoding: 'utf8',
    timeout: 90_000,
  });
  const where = `emacs exit ${run.status} signal ${run.signal}; output: ${run.stderr.slice(-3000)}; files under ${tmp}`;
  assert.ok(fs.existsSync(out), `no result from Emacs (${where})`);
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as Outcome;
  console.log(`emacs ${r.emacs}, ${r.eglot}: session took ${Date.now() - started} ms`);
  assert.equal(r.error, undefined, `Lisp error: ${r.error} (${where})`);

  // the documented modes, server program and language id
  assert.equal(r.unit_mode, 'systemd-unit-mode');
  assert.equal(r.managed, true, 'eglot-ensure connected the buffer');
  assert.equal(r.language_id, 'systemd-unit');
  assert.equal(r.supervisor_mode, 'supervisor-conf-mode');

  // diagnostics through Flymake, checked against the release eglot-workspace-configuration names
  const texts = (r.diagnostics ?? []).map((d) => d.text);
  assert.ok(texts.some((t) => /Restrat/.test(t) && /Restart/.test(t)), `the misspelling, got ${JSON.stringify(r.diagnostics)}`);
  assert.ok(texts.some((t) => /RestartSteps/.test(t) && /systemd 250 does not know/.test(t)), `checked against 250, got ${JSON.stringify(texts)}`);

  // hover, and the quick fix applied by eglot-code-actions
  assert.match(r.hover ?? '', /KillMode[\s\S]*control-group[\s\S]*mixed/);
  assert.ok(r.code_actions?.includes('Change to Restart'), JSON.stringify(r.code_actions));
  assert.equal(r.fixed_line, 'Restart=always');

  // references through xref (M-?): the unit's file and two others, one never opened
  assert.deepEqual([...(r.references ?? [])].sort(), ['db.service:1', 'tunnel.service:3', 'tunnel.service:4', 'web.service:3', 'web.service:4']);

  // Eglot 1.9 does not rename files (no resourceOperations), so the server refuses to rename a unit, and says why
  assert.match(r.unit_rename ?? '', /renames its file, and this editor does not say it can rename files in a workspace edit/);

  // the server registers nothing Eglot 1.9 cannot take (it warned about workspace/didChangeConfiguration)
  assert.doesNotMatch(run.stderr, /unsupported capability/i, where);

  // eglot-format-buffer
  assert.deepEqual(r.formatted, ['[Unit]', 'Description=Database for the tunnel', '', '[Service]', 'ExecStart=/usr/bin/db --listen 5432', '',
    '[Install]', 'WantedBy=multi-user.target', '']);

  // a supervisor config: diagnostic, hover, and eglot-rename of a program
  assert.ok((r.supervisor_diagnostics ?? []).some((d) => d.line === 5 && /autostrat/.test(d.text)), JSON.stringify(r.supervisor_diagnostics));
  assert.match(r.supervisor_hover ?? '', /autorestart[\s\S]*unexpected/);
  assert.deepEqual(r.supervisor_lines?.filter((l) => /queue|worker\]/.test(l)), ['[program:queue]', 'command=/usr/bin/worker --queue jobs', 'programs=queue']);
  assert.equal(r.stopped, true, 'eglot-shutdown stopped the server');
  fs.rmSync(tmp, { recursive: true, force: true });
});
