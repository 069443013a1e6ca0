#!/usr/bin/env node
// `npm run data:check`: re-derives every generated upstream table from the checkouts given and fails on
// drift. PODMAN_REPO (default: the local mirror) for Quadlet's tables and corpus; SYSTEMD_REPO, a bare
// clone of systemd-stable, for the families' tables (skipped, and said so, when it is not set).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const run = (script, ...args) => spawnSync(process.execPath, [join(here, script), ...args], { stdio: 'inherit' }).status === 0;

const checks = [run('quadlet.mjs', '--check'), run('quadlet-corpus.mjs', '--check')];
if (process.env.SYSTEMD_REPO) checks.push(run('gen-family-schemas.mjs', '--systemd', process.env.SYSTEMD_REPO, '--check'));
else console.log('families: SYSTEMD_REPO not set, their tables not re-derived');
process.exit(checks.every(Boolean) ? 0 : 1);
