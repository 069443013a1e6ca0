#!/usr/bin/env node
// The verdicts of Podman's own quadlet tests, as data for our agreement test: for each case that
// test/e2e/quadlet_test.go runs (at the newest tag pinned in data/upstream.lock.json), the unit file's
// text (its `## assert-*` expectation lines dropped), the files placed beside it, and whether quadlet
// converts it (ok) or refuses it (fail, with the message it must print).
//
// Usage: node scripts/data/quadlet-corpus.mjs [--repo PATH] [--check]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(root, 'test/agreement/quadlet/corpus.generated.json');
const LOCK = join(root, 'data/upstream.lock.json');

function option(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}
const repo = option('--repo') ?? process.env.PODMAN_REPO ?? '/work/.mirror/containers+podman/repo';
const gitDir = existsSync(join(repo, '.git')) ? join(repo, '.git') : repo;
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

// The newest pinned release (the lock lists tags oldest first).
const [tag, pinned] = Object.entries(JSON.parse(readFileSync(LOCK, 'utf8')).podman.tags).at(-1);
const pin = { tag, commit: pinned };

/** Go string literals and `[]string{...}` lists of one Entry's arguments. */
function entryArgs(text) {
  const args = [];
  for (const m of text.matchAll(/\[\]string\s*\{([^}]*)\}|"((?:[^"\\]|\\.)*)"/g)) {
    if (m[1] !== undefined) args.push([...m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((s) => JSON.parse(`"${s[1]}"`)));
    else args.push(JSON.parse(`"${m[2]}"`));
  }
  return args;
}

/** The text of each balanced `Entry(...)` call in a table's body. */
function entries(body) {
  const found = [];
  for (const m of body.matchAll(/\bEntry\(/g)) {
    let depth = 0;
    let inString = false;
    for (let i = m.index + 5; i < body.length; i++) {
      const c = body[i];
      if (inString) { if (c === '\\') i++; else if (c === '"') inString = false; continue; }
      if (c === '"') inString = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) { found.push(body.slice(m.index + 6, i)); break; }
    }
  }
  return found;
}

function derive() {
  const commit = git('rev-list', '-n', '1', pin.tag).trim();
  if (commit !== pin.commit) throw new Error(`${pin.tag} is ${commit}, pinned ${pin.commit}`);
  const go = git('show', `${pin.tag}:test/e2e/quadlet_test.go`);
  const cases = [];
  const tables = go.split(/\bDescribeTable\(/).slice(1);
  for (const table of tables) {
    const title = /^"([^"]*)"/.exec(table)?.[1] ?? '';
    const fail = /expected error/i.test(title);
    for (const entry of entries(table)) {
      const [, file, third] = entryArgs(entry);
      if (typeof file !== 'string') continue;
      const row = { file, expect: fail ? 'fail' : 'ok' };
      if (fail && typeof third === 'string') row.message = third.replace(/^converting "[^"]*": /, '');
      if (Array.isArray(third) && third.length > 0) row.beside = third;
      cases.push(row);
    }
  }
  const names = new Set(cases.flatMap((c) => [c.file, ...(c.beside ?? [])]));
  const files = {};
  for (const name of [...names].sort()) {
    const text = git('show', `${pin.tag}:test/e2e/quadlet/${name}`);
    files[name] = text.split('\n').filter((line) => !line.startsWith('## assert-')).join('\n');
  }
  return { pin: { repository: 'https://github.com/containers/podman', tag: pin.tag, commit }, cases, files };
}

const text = `${JSON.stringify(derive(), null, 1)}\n`;
if (process.argv.includes('--check')) {
  if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== text) {
    console.error(`${OUT} differs from what ${repo} gives at ${pin.tag}`);
    process.exit(1);
  }
  console.log(`quadlet corpus: agrees with ${repo} at ${pin.tag}`);
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
