/* global fetch */
// The e2e harness: a real VS Code (code-server, installed by test/e2e/setup.sh into .e2e/app)
// with the packaged extension (daemon-config.vsix) installed, driven by playwright-core in
// Debian's chromium. Each suite gets a fresh user-data dir, a copy of its workspace and its
// own code-server on a free 127.0.0.1 port; every wait is for a UI state, never a fixed time.
// Workspaces, profiles and TMPDIR live under a short private folder in the OS temp dir, never
// under the clone: VS Code, git and supervisord put unix sockets there, and a socket path longer
// than 107 bytes cannot be bound (a long clone path would break every suite).
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const E2E_DIR = process.env.DAEMON_CONFIG_E2E_DIR || path.join(ROOT, '.e2e');
export const APP = path.join(E2E_DIR, 'app');
export const CODE_SERVER = path.join(APP, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const VSIX = process.env.DAEMON_CONFIG_VSIX || path.join(ROOT, 'daemon-config.vsix');
export const ARTIFACTS = process.env.E2E_ARTIFACTS || path.join(ROOT, 'test-results', 'e2e');
/** Extensions dirs, one per .vsix build (no sockets: they may stay in the clone). */
const RUNS = path.join(E2E_DIR, 'runs');

let runtimeRoot = '';
/**
 * This process's private folder in the OS temp dir (`/tmp/dc-XXXXXX`), made on first use: every
 * workspace, profile, TMPDIR and socket of the run goes under it. Removed by removeRuntimeRoot().
 */
export function runtimeDir() {
  if (!runtimeRoot) runtimeRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-'));
  return runtimeRoot;
}

export function removeRuntimeRoot() {
  if (runtimeRoot) fs.rmSync(runtimeRoot, { recursive: true, force: true });
  runtimeRoot = '';
}

/** What a run needs and is missing, as human-readable strings (empty when ready). */
export function missingPrerequisites() {
  const missing = [];
  if (!fs.existsSync(CODE_SERVER)) missing.push(`code-server (run: bash test/e2e/setup.sh) at ${CODE_SERVER}`);
  if (!fs.existsSync(path.join(APP, 'node_modules', 'playwright-core'))) missing.push('playwright-core in .e2e/app (run: bash test/e2e/setup.sh)');
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (!fs.existsSync(VSIX)) missing.push(`${path.relative(ROOT, VSIX)} (run: npm run package)`);
  return missing;
}

/** @returns {typeof import('playwright-core')} */
export function playwright() {
  return createRequire(path.join(APP, 'package.json'))('playwright-core');
}

/** The display name VS Code shows for one of our language ids (first alias, nls resolved). */
export function languageName(id) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lang = (manifest.contributes?.languages ?? []).find((l) => l.id === id);
  let name = lang?.aliases?.[0] ?? id;
  const m = /^%(.+)%$/.exec(name);
  if (m) name = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'))[m[1]];
  return name;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true, filter: (src) => !/\.(sock|pid|log|err)$/.test(src) });
}

const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'terminal.integrated.gpuAcceleration': 'off',
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'files.autoSave': 'off',
  'window.commandCenter': false,
  // Deterministic completion: only our server's items, shown when the test asks (Ctrl+Space).
  'editor.wordBasedSuggestions': 'off',
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'outline.collapseItems': 'alwaysCollapse',
  'workbench.colorTheme': 'Default Dark Modern',
};

/** Installs the .vsix once per distinct build into a shared extensions dir; returns that dir. */
export function extensionsDir() {
  const hash = createHash('sha1').update(fs.readFileSync(VSIX)).digest('hex').slice(0, 12);
  const dir = path.join(RUNS, `exts-${hash}`);
  if (fs.existsSync(path.join(dir, '.installed'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(RUNS, { recursive: true });
  const udd = fs.mkdtempSync(path.join(runtimeDir(), 'install-'));
  execFileSync(CODE_SERVER, ['--extensions-dir', dir, '--user-data-dir', udd, '--install-extension', VSIX, '--force'], {
    env: isolatedEnv(udd),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  fs.rmSync(udd, { recursive: true, force: true });
  fs.writeFileSync(path.join(dir, '.installed'), VSIX + '\n');
  // Older builds' extension dirs are of no further use: keep only this one.
  for (const d of fs.readdirSync(RUNS)) {
    if (d.startsWith('exts-') && path.join(RUNS, d) !== dir) fs.rmSync(path.join(RUNS, d), { recursive: true, force: true });
  }
  return dir;
}

function isolatedEnv(base) {
  fs.mkdirSync(path.join(base, 'tmp'), { recursive: true });
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(base, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(base, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(base, 'xdg', 'cache'),
    TMPDIR: path.join(base, 'tmp'),
  };
}

/**
 * Starts code-server with a fresh user-data dir on a free port.
 * @param {{ workspace: string, settings?: Record<string, unknown>, name?: string }} opts
 */
export async function startCodeServer({ workspace, settings = {}, name = 'e2e' }) {
  const exts = extensionsDir();
  const dir = fs.mkdtempSync(path.join(runtimeDir(), `cs-${name.slice(0, 12)}-`));
  const udd = path.join(dir, 'udd');
  fs.mkdirSync(path.join(udd, 'User'), { recursive: true });
  fs.writeFileSync(path.join(udd, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const port = await freePort();
  const logPath = path.join(dir, 'code-server.log');
  const logFd = fs.openSync(logPath, 'a');
  const args = ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--extensions-dir', exts, '--user-data-dir', udd, workspace];
  const child = spawn(CODE_SERVER, args, { detached: true, stdio: ['ignore', logFd, logFd], env: isolatedEnv(dir) });
  fs.closeSync(logFd);
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => { exited = { code, signal }; resolve(exited); }));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  const server = {
    url, port, dir, udd, logPath, workspace, pid: child.pid,
    async stop() {
      if (exited) return;
      try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await exit;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before it was ready; log: ${logPath}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await server.stop(); throw new Error(`code-server not ready in 60 s; log: ${logPath}`); }
    await new Promise((r) => setTimeout(r, 100)); // poll interval while waiting for /healthz
  }
  return server;
}

/** Files under the user-data dir's logs (extension host, our output channels) plus code-server's own log. */
export function collectLogs(server, destDir) {
  fs.mkdirSync(destDir, { recursive: true });
  const out = [];
  const copy = (src, name) => { try { fs.copyFileSync(src, path.join(destDir, name)); out.push(path.join(destDir, name)); } catch { /* missing */ } };
  copy(server.logPath, 'code-server.log');
  const walk = (d) => {
    for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.log')) copy(p, path.relative(path.join(server.udd, 'logs'), p).replace(/[\\/]/g, '__'));
    }
  };
  walk(path.join(server.udd, 'logs'));
  return out;
}

export { Workbench } from './workbench.mjs';
