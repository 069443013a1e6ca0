// Vim with ALE (Debian's `vim` and `vim-ale`, headless) as the LSP client of
// `node dist/server.js --stdio`, configured by the Vim block of docs/editors.md as it stands (only
// the server command and the systemd release are swapped). It opens the Neovim test's fixtures and
// must get diagnostics, hover, references and a supervisor program renamed; it also pins down what
// ALE 3.3 cannot do with this server (quick fixes, renaming a unit), as docs/editors.md describes.
// Prerequisites missing (vim, vim-ale, dist/server.js): fails under CI=true, skips otherwise.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLIENT = path.join(ROOT, 'test', 'vim', 'client.vim');
const FIXTURES = path.join(ROOT, 'test', 'neovim', 'fixtures');
const DOCS = path.join(ROOT, 'docs', 'editors.md');

interface Diagnostic { lnum: number; type: string; text: string }
interface Outcome {
  vim?: number;
  ale?: boolean;
  error?: string;
  unit_filetype?: string;
  diagnostics?: Diagnostic[];
  hover?: string;
  references?: string[];
  code_action_line?: string;
  code_action_message?: string;
  unit_rename?: string;
  unit_lines?: string[];
  supervisor_filetype?: string;
  supervisor_diagnostics?: Diagnostic[];
  supervisor_lines?: string[];
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Whether `packadd ale` finds ALE (Debian's vim-ale installs it as an optional package). */
function hasAle(): boolean {
  const run = spawnSync('vim', ['--not-a-term', '-N', '-n', '-i', 'NONE', '-u', 'NONE', '-es', '-c', 'packadd ale', '-c', 'if exists(":ALEHover") | qa! | else | cq | endif'],
    { stdio: 'ignore', timeout: 20_000 });
  return run.status === 0;
}

const missing = [
  ...(which('vim') ? (hasAle() ? [] : ['ALE (apt-get install vim-ale)']) : ['vim (apt-get install vim vim-ale)']),
  ...(fs.existsSync(SERVER) ? [] : ['dist/server.js (npm run build)']),
];
const skip = missing.length > 0 && process.env.CI !== 'true' ? `prerequisites missing: ${missing.join(', ')}` : false;

/** The Vim configuration of docs/editors.md, pointed at this build and at release 250. */
function documentedConfig(): string {
  const docs = fs.readFileSync(DOCS, 'utf8');
  const block = /<!-- test\/vim[^\n]*-->\n```vim\n([\s\S]*?)\n```/.exec(docs)?.[1];
  assert.ok(block, 'docs/editors.md: no vim block after the test/vim marker');
  const swaps: [string, string][] = [
    ["'executable': 'daemon-config-language-server'", "'executable': 'node'"],
    ["'command': '%e --stdio'", `'command': '%e ' . ale#Escape('${SERVER.replace(/'/g, "''")}') . ' --stdio'`],
    ["{'version': 252}", "{'version': 250}"],
  ];
  return swaps.reduce((text, [from, to]) => {
    assert.ok(text.includes(from), `the documented block has ${from}`);
    return text.replace(from, to);
  }, block);
}

test('Vim + ALE with the documented configuration', { skip, timeout: 120_000 }, () => {
  assert.deepEqual(missing, [], `prerequisites missing under CI=true: ${missing.join(', ')}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-vim-'));
  const work = path.join(tmp, 'units');
  fs.cpSync(FIXTURES, work, { recursive: true });
  const config = path.join(tmp, 'config.vim');
  fs.writeFileSync(config, documentedConfig());
  const out = path.join(tmp, 'result.json');
  const started = Date.now();
  const run = spawnSync('vim', ['--not-a-term', '-N', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `source ${CLIENT}`], {
    cwd: work,
    env: { ...process.env, HOME: tmp, DC_CONFIG: config, DC_DIR: work, DC_OUT: out },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 90_000,
  });
  const where = `vim exit ${run.status} signal ${run.signal}; files under ${tmp}`;
  assert.ok(fs.existsSync(out), `no result from Vim (${where})`);
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as Outcome;
  console.log(`vim ${r.vim} with ALE: session took ${Date.now() - started} ms`);
  assert.equal(r.error, undefined, `Vim error: ${r.error} (${where})`);
  assert.equal(r.ale, true, 'ALE loaded by the documented block');

  // file types from the documented autocommands
  assert.equal(r.unit_filetype, 'systemd');
  assert.equal(r.supervisor_filetype, 'supervisor');

  // diagnostics, checked against the release the documented lsp_config pushes
  const texts = (r.diagnostics ?? []).map((d) => d.text);
  assert.ok(texts.some((t) => /Restrat/.test(t) && /Restart/.test(t)), `the misspelling, got ${JSON.stringify(r.diagnostics)}`);
  assert.ok(texts.some((t) => /RestartSteps/.test(t) && /systemd 250 does not know/.test(t)), `checked against 250, got ${JSON.stringify(texts)}`);

  // :ALEHover into the preview window
  assert.match(r.hover ?? '', /KillMode[\s\S]*control-group[\s\S]*mixed/);

  // :ALEFindReferences -quickfix (ALE leaves out the declaration): two files, one never opened
  assert.deepEqual([...(r.references ?? [])].sort(), ['tunnel.service:3', 'tunnel.service:4', 'web.service:3', 'web.service:4']);

  // :ALECodeAction fixes the misspelling: ALE sends the diagnostic back without its `data`, and the
  // server finds the fixes of the diagnostic it published with the same code, range and message
  assert.equal(r.code_action_line, 'Restart=always', r.code_action_message);

  // ALE does not rename files, so the server refuses to rename a unit; ALE only says it got nothing
  assert.match(r.unit_rename ?? '', /No rename result received from server/);
  assert.ok(r.unit_lines?.includes('Wants=db.service'), JSON.stringify(r.unit_lines));

  // a supervisor config: its diagnostic, and :ALERename of a program
  assert.ok((r.supervisor_diagnostics ?? []).some((d) => d.lnum === 6 && /autostrat/.test(d.text)), JSON.stringify(r.supervisor_diagnostics));
  assert.deepEqual(r.supervisor_lines?.filter((l) => /queue|worker\]/.test(l)), ['[program:queue]', 'command=/usr/bin/worker --queue jobs', 'programs=queue']);
  fs.rmSync(tmp, { recursive: true, force: true });
});
