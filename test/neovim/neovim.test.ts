// Neovim (Debian's `neovim`, headless) as the LSP client of `node dist/server.js --stdio`: it opens
// units and a supervisor config and must receive diagnostics, completion, hover, quick fixes, semantic
// tokens, inlay hints, highlights, references, workspace symbols, and apply formatting and renames.
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
const FIXTURES = path.join(ROOT, 'test', 'neovim', 'fixtures');

interface Diag { lnum: number; col: number; severity: number; message: string; code?: string | number }
interface MarkupOrString { kind?: string; value?: string; language?: string }
type HoverContents = MarkupOrString | string | (MarkupOrString | string)[];
interface Answer<T> { result?: T; error?: unknown }
interface LspRange { start: { line: number; character: number }; end: { line: number; character: number } }
interface Token { line: number; char: number; text: string; type: string; modifiers: string[] }
interface Outcome {
  nvim: string;
  error?: string;
  initialized?: boolean;
  capabilities?: string[];
  got_diagnostics?: boolean;
  diagnostics?: Diag[];
  restrat_line?: number;
  completion?: Answer<{ label: string }[] | { items: { label: string }[] }>;
  hover?: Answer<{ contents: HoverContents }>;
  code_actions?: Answer<{ title: string; edit?: unknown }[]>;
  semantic_tokens?: Token[] | Answer<unknown>;
  inlay_hints?: Answer<{ label: string | { value: string }[]; position: { line: number; character: number } }[]>;
  highlights?: Answer<{ range: LspRange }[]>;
  references?: { file: string; lnum: number; text: string }[];
  workspace_symbols?: Answer<{ name: string; location: { uri: string } }[]>;
  formatted?: string[];
  supervisor?: { filetype?: string; got_diagnostics?: boolean; diagnostics?: Diag[]; hover?: Answer<{ contents: HoverContents }>; renamed?: boolean; lines?: string[] };
  refused_rename_unit?: Answer<unknown>;
  prepare_rename_unit?: Answer<{ placeholder?: string }>;
  unit_renamed?: boolean;
  rename_errmsg?: string;
  after_rename?: Record<string, string[]>;
  filetypes?: Record<string, string>;
  unit_filetype?: string;
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const missing = [
  ...(which('nvim') ? [] : ['nvim (apt-get install neovim)']),
  ...(fs.existsSync(SERVER) ? [] : ['dist/server.js (npm run build)']),
];
const skip = missing.length > 0 && process.env.CI !== 'true' ? `prerequisites missing: ${missing.join(', ')}` : false;

function hoverText(contents: HoverContents): string {
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts.map((p) => (typeof p === 'string' ? p : (p.value ?? ''))).join('\n');
}

/** The token of this text on this 0-based line. */
function tokenAt(tokens: Token[], line: number, text: string): Token {
  const token = tokens.find((t) => t.line === line && t.text === text);
  assert.ok(token, `a semantic token for ${text} on line ${line}, got ${JSON.stringify(tokens.filter((t) => t.line === line))}`);
  return token;
}

test('Neovim as LSP client: every feature of the server, through Neovim where it has a command', { skip, timeout: 120_000 }, () => {
  assert.deepEqual(missing, [], `prerequisites missing under CI=true: ${missing.join(', ')}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-nvim-'));
  const work = path.join(tmp, 'units');
  fs.cpSync(FIXTURES, work, { recursive: true });
  const out = path.join(tmp, 'result.json');
  const started = Date.now();
  const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '--noplugin', '-c', `luafile ${CLIENT}`], {
    cwd: work,
    env: {
      ...process.env,
      DC_SERVER: SERVER, DC_DIR: work, DC_OUT: out,
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

  // the file-type block of docs/editors.md: units anywhere, drop-ins of units only, supervisor configs
  assert.deepEqual(r.filetypes, {
    '/srv/units/web.service': 'systemd', '/srv/app.timer': 'systemd', '/srv/units/web.service.d/override.conf': 'systemd',
    '/srv/units/web.d/override.conf': '', '/etc/supervisor/conf.d/app.conf': 'supervisor', '/etc/supervisord.d/app.ini': 'supervisor',
    '/srv/supervisord.conf': 'supervisor',
  });
  assert.equal(r.unit_filetype, 'systemd');
  assert.equal(r.supervisor?.filetype, 'supervisor');

  // diagnostics: the misspelt directive is an error, on its line
  assert.equal(r.got_diagnostics, true, 'server published diagnostics');
  const restrat = (r.diagnostics ?? []).find((d) => /Restrat/.test(d.message));
  assert.ok(restrat, `a diagnostic about Restrat, got ${JSON.stringify(r.diagnostics)}`);
  assert.equal(restrat.severity, 1, 'Restrat= is an error');
  assert.equal(restrat.lnum, r.restrat_line);
  // the settings Neovim sends (workspace/didChangeConfiguration) reach the server: the target is 250
  const steps = (r.diagnostics ?? []).find((d) => /RestartSteps/.test(d.message));
  assert.ok(steps && /254/.test(steps.message) && /250/.test(steps.message), `RestartSteps= is newer than 250: ${JSON.stringify(r.diagnostics)}`);

  // the capabilities Neovim records: those of issue 13 that exist today
  for (const capability of ['documentFormattingProvider', 'documentRangeFormattingProvider', 'semanticTokensProvider', 'referencesProvider',
    'documentHighlightProvider', 'renameProvider', 'workspaceSymbolProvider', 'selectionRangeProvider', 'inlayHintProvider']) {
    assert.ok(r.capabilities?.includes(capability), `Neovim saw ${capability}: ${JSON.stringify(r.capabilities)}`);
  }

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

  // semantic tokens, decoded in Lua by the advertised legend: what the schema says each word is
  assert.ok(Array.isArray(r.semantic_tokens), `semantic tokens, got ${JSON.stringify(r.semantic_tokens)}`);
  const tokens = r.semantic_tokens;
  assert.equal(tokenAt(tokens, 0, 'Unit').type, 'namespace');
  assert.equal(tokenAt(tokens, 1, 'Reverse tunnel, on while the network is').type, 'string', '"on" in Description= is text, not a boolean');
  assert.equal(tokenAt(tokens, 2, 'db.service').type, 'class');
  assert.equal(tokenAt(tokens, 7, '/usr/bin/autossh').type, 'function');
  assert.deepEqual(tokenAt(tokens, r.restrat_line ?? -1, 'Restrat').modifiers, ['unknown']);
  assert.equal(tokenAt(tokens, 9, '90').type, 'number');
  const killMode = tokenAt(tokens, 11, 'KillMode');
  assert.equal(killMode.type, 'property');
  assert.ok(killMode.modifiers.includes('defaultLibrary'));
  assert.equal(tokenAt(tokens, 11, 'process').type, 'enumMember');

  // inlay hint: RestartSec=90 as systemd reads it
  const hints = r.inlay_hints?.result ?? [];
  const label = (h: (typeof hints)[number]) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
  assert.ok(hints.some((h) => h.position.line === 9 && label(h) === '= 1min 30s'), `an inlay hint = 1min 30s, got ${JSON.stringify(r.inlay_hints)}`);

  // document highlight: db.service in Wants= and After=
  assert.deepEqual((r.highlights?.result ?? []).map((h) => h.range.start.line).sort(), [2, 3], JSON.stringify(r.highlights));

  // references through vim.lsp.buf.references(): the quickfix list spans the unopened files of the folder
  const refs = (r.references ?? []).map((q) => `${q.file}:${q.lnum}`).sort();
  assert.deepEqual(refs, ['db.service:1', 'tunnel.service:3', 'tunnel.service:4', 'web.service:3', 'web.service:4'], JSON.stringify(r.references));

  // workspace symbols: the unit, found on disk
  assert.ok((r.workspace_symbols?.result ?? []).some((s) => s.name === 'db.service' && s.location.uri.endsWith('/db.service')), JSON.stringify(r.workspace_symbols));

  // formatting through vim.lsp.buf.formatting_sync(): Neovim applied the edits to the buffer
  assert.deepEqual(r.formatted, ['[Unit]', 'Description=Database for the tunnel', '', '[Service]', 'ExecStart=/usr/bin/db --listen 5432', '',
    '[Install]', 'WantedBy=multi-user.target']);

  // a supervisor config: its diagnostic, hover, and a program renamed with vim.lsp.buf.rename()
  const sup = r.supervisor ?? {};
  assert.ok((sup.diagnostics ?? []).some((d) => d.lnum === 5 && /autostrat/.test(d.message) && /autostart/.test(d.message)), JSON.stringify(sup.diagnostics));
  assert.ok(sup.hover?.result, `supervisor hover, got ${JSON.stringify(sup.hover)}`);
  assert.match(hoverText(sup.hover.result.contents), /autorestart[\s\S]*unexpected/);
  assert.equal(sup.renamed, true, `renamed in the buffer: ${JSON.stringify(sup.lines)}`);
  assert.deepEqual(sup.lines?.filter((l) => l.includes('queue') || l.includes('worker]')), ['[program:queue]', 'command=/usr/bin/worker --queue jobs', 'programs=queue']);

  // a unit with a drop-in folder: 0.7.2 would stop at the folder (E502), so the server refuses up front
  assert.match(JSON.stringify(r.refused_rename_unit?.error), /moves db\.service\.d\/, and Neovim 0\.7\.2 cannot rename folders/);
  // the folder moved by hand, vim.lsp.buf.rename() renames the file and every name in the open and
  // unopened files, without the documentChanges capability 0.7.2 does not announce
  assert.equal(r.prepare_rename_unit?.result?.placeholder, 'db.service', JSON.stringify(r.prepare_rename_unit));
  assert.equal(r.unit_renamed, true);
  assert.equal(r.rename_errmsg, '');
  const files = r.after_rename ?? {};
  assert.deepEqual(Object.keys(files).sort(), ['database.service', 'database.service.d', 'supervisord.conf', 'tunnel.service', 'web.service']);
  assert.ok(files['tunnel.service'].includes('After=network-online.target database.service'), files['tunnel.service'].join('\n'));
  assert.deepEqual(files['web.service'].slice(2, 4), ['Requires=database.service', 'After=database.service']);
  fs.rmSync(tmp, { recursive: true, force: true });
});
