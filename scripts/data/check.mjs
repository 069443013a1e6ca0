#!/usr/bin/env node
// `npm run data:check [-- --systemd STABLE.git [--systemd-next MAIN.git]] [--podman PODMAN.git]`: re-derives
// every generated upstream table from the checkouts given and fails on drift. Quadlet's tables and corpus
// from the Podman clone (--podman, else $PODMAN_REPO, else the local mirror); the families' from systemd's
// (skipped, and said so, without --systemd).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const value = (flag) => { const at = argv.indexOf(flag); return at >= 0 ? argv[at + 1] : undefined; };
const run = (script, ...args) => spawnSync(process.execPath, [join(here, script), ...args], { stdio: 'inherit' }).status === 0;

const podman = value('--podman') ? ['--repo', value('--podman')] : [];
const checks = [run('quadlet.mjs', ...podman, '--check'), run('quadlet-corpus.mjs', ...podman, '--check')];
if (value('--systemd')) {
  const next = value('--systemd-next') ? ['--systemd-next', value('--systemd-next')] : [];
  checks.push(run('gen-family-schemas.mjs', '--systemd', value('--systemd'), ...next, '--check'));
} else console.log('families: no --systemd STABLE.git given, their tables not re-derived');
process.exit(checks.every(Boolean) ? 0 : 1);
