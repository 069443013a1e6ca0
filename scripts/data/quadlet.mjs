#!/usr/bin/env node
// Podman Quadlet's key tables, derived from a clone of containers/podman at every release tag from
// v4.4.0 (Quadlet's first) to the newest: which keys each section accepts (pkg/systemd/quadlet/quadlet.go),
// which of them quadlet reads as booleans, and which the manual (docs/source/markdown/podman-systemd.unit.5.md)
// documents, with the default it names. Facts only; no manual prose is kept.
//
// Usage: node scripts/data/quadlet.mjs [--repo PATH] [--check]
//   --repo   a clone (bare is fine) of github.com/containers/podman; default $PODMAN_REPO or the local mirror
//   --check  re-derive and compare with the committed table and the pins in data/upstream.lock.json; exit 1 on drift
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(root, 'server/src/schema/quadlet/keys.generated.ts');
const LOCK = join(root, 'data/upstream.lock.json');
const GO = 'pkg/systemd/quadlet/quadlet.go';
const DOC = 'docs/source/markdown/podman-systemd.unit.5.md';
const FIRST = [4, 4, 0];

function option(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}
const repo = option('--repo') ?? process.env.PODMAN_REPO ?? '/work/.mirror/containers+podman/repo';
const check = process.argv.includes('--check');

function git(...args) {
  return execFileSync('git', ['--git-dir', gitDir(repo), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
}
function gitDir(path) {
  return existsSync(join(path, '.git')) ? join(path, '.git') : path;
}

const parseTag = (tag) => /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag)?.slice(1).map(Number);
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Release tags (no candidates) from v4.4.0 on, oldest first. */
function releaseTags() {
  return git('tag', '--list', 'v*').split('\n').filter((t) => parseTag(t) && compare(parseTag(t), FIRST) >= 0)
    .sort((a, b) => compare(parseTag(a), parseTag(b)));
}

/** `Name = "value"` constants of the file (group and key names). */
function constants(go) {
  const table = new Map();
  for (const m of go.matchAll(/^\s*([A-Z]\w*)\s*=\s*"([^"]*)"/gm)) table.set(m[1], m[2]);
  return table;
}

/** The body of the `{ ... }` block opening at `start` (the index of its `{`). */
function block(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start + 1, i);
  }
  return '';
}

/** Section → supported keys, from `supportedXKeys = map[string]bool{...}` (to v5.5) or `XGroup: { ... SupportedKeys: map[string]bool{...}` (v5.6 on). */
function supportedKeys(go) {
  const names = constants(go);
  const resolve = (ident) => names.get(ident) ?? ident;
  const sections = new Map();
  const add = (section, body) => {
    const keys = [...body.matchAll(/^\s*(\w+)\s*:\s*true/gm)].map((m) => resolve(m[1]));
    sections.set(section, [...new Set([...(sections.get(section) ?? []), ...keys])]);
  };
  for (const m of go.matchAll(/supported(\w+)Keys\s*=\s*map\[string\]bool\s*\{/g)) add(m[1], block(go, m.index + m[0].length - 1));
  for (const m of go.matchAll(/^\t\t(\w+Group):\s*\{/gm)) {
    const body = block(go, m.index + m[0].length - 1);
    const map = /SupportedKeys:\s*map\[string\]bool\s*\{/.exec(body);
    if (map) add(resolve(m[1]), block(body, map.index + map[0].length - 1));
  }
  return sections;
}

/** Keys quadlet reads with its boolean parser, per group constant ('*' when the group is a variable). */
function booleanKeys(go) {
  const names = constants(go);
  const found = new Map();
  const add = (group, key) => {
    const section = /Group$/.test(group) && names.has(group) ? names.get(group) : '*';
    if (!found.has(section)) found.set(section, new Set());
    found.get(section).add(names.get(key) ?? key);
  };
  for (const m of go.matchAll(/LookupBoolean(?:WithDefault)?\((\w+),\s*(Key\w+)/g)) add(m[1], m[2]);
  // `boolKeys := map[string]string{...}` handed to lookupAndAddBoolean(unit, XGroup, boolKeys, ...).
  for (const m of go.matchAll(/(\w+)\s*:=\s*map\[string\]string\s*\{/g)) {
    const body = block(go, m.index + m[0].length - 1);
    const use = new RegExp(`lookupAndAddBoolean\\(\\w+,\\s*(\\w+),\\s*${m[1]}\\b`).exec(go.slice(m.index));
    if (!use || use.index > 2000) continue;
    for (const k of body.matchAll(/^\s*(Key\w+)\s*:/gm)) add(use[1], k[1]);
  }
  return found;
}

/** Section → key → default named in the manual ('' when none), skipping code blocks. */
function documented(md) {
  const sections = new Map();
  let section;
  let fenced = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) { fenced = !fenced; continue; }
    if (fenced || !line.startsWith('#')) continue;
    const head = /^#{2,3} (\w+) (?:units|section)\b/.exec(line);
    if (head) { section = head[1]; sections.set(section, sections.get(section) ?? new Map()); continue; }
    if (/^## /.test(line)) { section = undefined; continue; }
    const key = /^#{3,4} `(\w+)=`(?:.*?\(defaults? to `([^`]*)`)?/.exec(line);
    if (key && section) sections.get(section).set(key[1], key[2] ?? '');
  }
  return sections;
}

function derive() {
  const tags = releaseTags();
  const pins = tags.map((tag) => ({ tag, commit: git('rev-list', '-n', '1', tag).trim() }));
  /** `section\0key` → facts gathered across releases. */
  const keys = new Map();
  for (const tag of tags) {
    const go = git('show', `${tag}:${GO}`);
    const md = git('show', `${tag}:${DOC}`);
    const bools = booleanKeys(go);
    const docs = documented(md);
    for (const [section, list] of supportedKeys(go)) {
      for (const name of list) {
        const id = `${section}\0${name}`;
        const facts = keys.get(id) ?? { section, name, since: tag.slice(1) };
        facts.last = tag.slice(1);
        facts.boolean = bools.get(section)?.has(name) || bools.get('*')?.has(name) || false;
        const doc = docs.get(section)?.get(name);
        facts.documented = doc !== undefined;
        if (doc) facts.default = doc; else delete facts.default;
        keys.set(id, facts);
      }
    }
  }
  const newest = tags.at(-1).slice(1);
  const rows = [...keys.values()].map(({ last, ...facts }) => (last === newest ? facts : { ...facts, until: last }));
  rows.sort((a, b) => a.section.localeCompare(b.section) || a.name.localeCompare(b.name));
  return { pins, rows, releases: tags.map((t) => t.slice(1)) };
}

function render({ rows, releases }) {
  const lines = rows.map((r) => `  ${JSON.stringify(r)},`);
  return `// GENERATED by scripts/data/quadlet.mjs from containers/podman at the tags pinned in data/upstream.lock.json.
// Do not edit by hand: summaries and value kinds are in the hand-written files next to this one.
/* eslint max-lines: "off" -- one record per line, generated */
import type { QuadletKeyFacts } from './types';

/** Podman releases with Quadlet, oldest first. */
export const PODMAN_RELEASES: readonly string[] = ${JSON.stringify(releases)};

export const QUADLET_KEY_FACTS: readonly QuadletKeyFacts[] = [
${lines.join('\n')}
];
`;
}

function readLock() {
  return existsSync(LOCK) ? JSON.parse(readFileSync(LOCK, 'utf8')) : {};
}

const derived = derive();
const text = render(derived);
// The same shape as the systemd entry: tag → commit.
const podmanPin = {
  repo: 'https://github.com/containers/podman',
  files: [GO, DOC, 'test/e2e/quadlet/', 'test/e2e/quadlet_test.go'],
  generators: ['scripts/data/quadlet.mjs', 'scripts/data/quadlet-corpus.mjs'],
  tags: Object.fromEntries(derived.pins.map((p) => [p.tag, p.commit])),
};
if (check) {
  const problems = [];
  if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== text) problems.push(`${OUT} differs from what ${repo} gives`);
  const locked = Object.entries(readLock().podman?.tags ?? {}).map(([tag, commit]) => ({ tag, commit }));
  for (const pin of locked) {
    const now = derived.pins.find((p) => p.tag === pin.tag);
    if (!now) problems.push(`tag ${pin.tag} is pinned but missing from ${repo}`);
    else if (now.commit !== pin.commit) problems.push(`tag ${pin.tag} moved: pinned ${pin.commit}, now ${now.commit}`);
  }
  const newer = derived.pins.filter((p) => !locked.some((l) => l.tag === p.tag));
  if (newer.length > 0) problems.push(`tags not pinned yet (re-run without --check): ${newer.map((p) => p.tag).join(' ')}`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`quadlet: ${derived.rows.length} keys from ${derived.pins.length} Podman releases agree with ${repo}`);
} else {
  writeFileSync(OUT, text);
  const lock = readLock();
  lock.podman = podmanPin;
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`wrote ${OUT} (${derived.rows.length} keys) and the podman pins in ${LOCK}`);
}
