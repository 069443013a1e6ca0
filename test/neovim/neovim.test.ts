// Neovim (Debian's `neovim`, headless) as the LSP client of `node dist/server.js --stdio`:
// it opens a unit file and must receive diagnostics, completion, hover and a quick fix.
// Prerequisites missing (nvim, dist/server.js): fails under CI=true, skips otherwise.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLIENT = path.join(ROOT, 'test', 'neovim', 'client.lua');
const FIXTURE = path.join(ROOT, 'test', 'neovim', 'fixtures', 'tunnel.service');

interface Diag { lnum: number; col: number; severity: number; message: string; code?: string | number }
interface MarkupOrString { kind?: string; value?: string; language?: string }
interface Outcome {
  nvim: string;
  error?: string;
  initialized?: boolean;
  got_diagnostics?: boolean;
  diagnostics?: Diag[];
  completion?: { result?: { label: string }[] | { items: { label: string }[] }; error?: unknown };
  hover?: { result?: { contents: MarkupOrString | string | (MarkupOrString | string)[] }; error?: unknown };
  code_actions?: { result?: { title: string; edit?: unknown }[]; error?: unknown };
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const missing = [
  ...(which('nvim') ? [] : ['nvim (apt-get install neovim)']),
  ...(fs.existsSync(SERVER) ? [] : ['dist/server.js (npm run build)']),
];
const skip = missing.length > 0 && process.env.CI !== 'true' ? `prerequisites missing: ${missing.join(', ')}` : false;

function hoverText(contents: MarkupOrString | string | (MarkupOrString | string)[]): string {
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts.map((p) => (typeof p === 'string' ? p : (p.value ?? ''))).join('\n');
}

test('Neovim as LSP client: diagnostics, completion, hover, quick fix', { skip, timeout: 120_000 }, () => {
  assert.deepEqual(missing, [], `prerequisites missing under CI=true: ${missing.join(', ')}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-nvim-'));
  const work = path.join(tmp, 'units');
  fs.mkdirSync(work);
  const file = path.join(work, 'tunnel.service');
  fs.copyFileSync(FIXTURE, file);
  const out = path.join(tmp, 'result.json');
  const started = Date.now();
  const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '--noplugin', '-c', `luafile ${CLIENT}`], {
    cwd: work,
    env: {
      ...process.env,
      DC_SERVER: SERVER, DC_FILE: file, DC_OUT: out,
      XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data'),
      XDG_STATE_HOME: path.join(tmp, 'state'), XDG_CACHE_HOME: path.join(tmp, 'cache'),
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
  const where = `nvim exit ${run.status} signal ${run.signal}; stderr: ${run.stderr}; logs under ${tmp}`;
  assert.ok(fs.existsSync(out), `no result from Neovim (${where})`);
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as Outcome;
  console.log(`neovim ${r.nvim}: session took ${Date.now() - started} ms`);
  assert.equal(r.error, undefined, `Lua error: ${r.error} (${where})`);
  assert.equal(r.initialized, true, 'client initialized');

  // diagnostics: the misspelt directive is an error, on its line
  assert.equal(r.got_diagnostics, true, 'server published diagnostics');
  const restrat = (r.diagnostics ?? []).find((d) => /Restrat/.test(d.message));
  assert.ok(restrat, `a diagnostic about Restrat, got ${JSON.stringify(r.diagnostics)}`);
  assert.equal(restrat.severity, 1, 'Restrat= is an error');
  assert.equal(restrat.lnum, 7);

  // completion after Type=: the service types
  assert.ok(r.completion?.result, `completion result, got ${JSON.stringify(r.completion)}`);
  const items = Array.isArray(r.completion.result) ? r.completion.result : r.completion.result.items;
  const labels = items.map((i) => i.label);
  for (const v of ['simple', 'exec', 'forking', 'oneshot', 'notify']) assert.ok(labels.includes(v), `completion offers ${v}: ${labels.join(', ')}`);

  // hover on KillMode: its values
  assert.ok(r.hover?.result, `hover result, got ${JSON.stringify(r.hover)}`);
  const text = hoverText(r.hover.result.contents);
  assert.match(text, /KillMode/);
  for (const v of ['control-group', 'mixed', 'process', 'none']) assert.ok(text.includes(v), `hover names ${v}: ${text}`);

  // quick fix for the misspelling
  const titles = (r.code_actions?.result ?? []).map((a) => a.title);
  assert.ok(titles.some((t) => /Restart/.test(t)), `a quick fix to Restart, got ${JSON.stringify(r.code_actions)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
});
