#!/usr/bin/env node
// Generates the directive tables of systemd's other INI families (networkd, nspawn, the daemons' configs)
// from bare clones of systemd: each family's gperf table or ConfigTableItem array at every major release
// tag v219..v256 of systemd-stable and its last point release (first and last release of each key) and,
// with --systemd-next, at the
// "Finalize ... for vNNN" commits of a clone of systemd's main branch for v257 and later (systemd-stable has
// no tags past v256); the words of the enum parsers come from the string tables of the newest release
// read. The releases and their commits are pinned in data/upstream.lock.json.
//
//   node scripts/data/gen-family-schemas.mjs --systemd STABLE.git [--systemd-next MAIN.git]          # write
//   node scripts/data/gen-family-schemas.mjs --systemd STABLE.git [--systemd-next MAIN.git] --check  # fail on drift
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILY_SOURCES, keyHistory, parseBooleanLookups, parseEnumMacros, parseSource, parseStringTables } from './familySources.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'server', 'src', 'schema', 'families');
const LOCK = join(ROOT, 'data', 'upstream.lock.json');
const FIRST = 219;
const LAST = 256;

function args(argv) {
  const value = (flag) => { const at = argv.indexOf(flag); return at >= 0 ? argv[at + 1] : undefined; };
  const repo = value('--systemd');
  if (!repo) {
    process.stderr.write('usage: gen-family-schemas.mjs --systemd STABLE_GIT_DIR [--systemd-next MAIN_GIT_DIR] [--check]\n');
    process.exit(2);
  }
  return { repo, next: value('--systemd-next'), check: argv.includes('--check') };
}

function git(repo, ...argv) {
  return execFileSync('git', ['--git-dir', repo, ...argv], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}

function tryShow(repo, tag, path) {
  try {
    return git(repo, 'show', `${tag}:${path}`);
  } catch {
    return undefined;
  }
}

/**
 * { version, repo, rev, point } of each major release tag v219..v256 the stable clone has, with its last
 * point release (`v252.31`): stable releases backport keys (SuspendEstimationSec= reached 252.x), and a
 * distribution ships the point release, so a key of either counts as the major release's.
 */
function majorTags(repo) {
  const tags = git(repo, 'tag', '--list', 'v*').split('\n');
  const have = new Set(tags);
  const found = [];
  for (let v = FIRST; v <= LAST; v++) {
    if (!have.has(`v${v}`)) continue;
    const points = tags.map((t) => new RegExp(`^v${v}\\.(\\d+)$`).exec(t)).filter(Boolean).map((m) => Number(m[1]));
    const point = points.length ? `v${v}.${Math.max(...points)}` : undefined;
    found.push({ version: v, repo, rev: `v${v}`, ...(point ? { point } : {}) });
  }
  return found;
}

/** The release commits after `after` on a main-branch clone, found by their "Finalize ... for vNNN" subject. */
function finalizeCommits(repo, after) {
  const found = new Map();
  for (const line of git(repo, 'log', '--format=%H %s', '--grep=^Finalize', 'HEAD').split('\n')) {
    const m = /^([0-9a-f]{40}) Finalize (?:NEWS and )?meson\.version for v(\d+)$/.exec(line);
    if (m && Number(m[2]) > after && !found.has(Number(m[2]))) found.set(Number(m[2]), m[1]);
  }
  return [...found].sort((a, b) => a[0] - b[0]).map(([version, rev]) => ({ version, repo, rev }));
}

/** Files of the newest tag that define enum parsers or string tables, read once. */
function enumSources(repo, tag) {
  const files = (pattern) => {
    try {
      return git(repo, 'grep', '-l', '-E', pattern, tag, '--', 'src').split('\n').filter(Boolean).map((l) => l.slice(l.indexOf(':') + 1));
    } catch {
      return [];
    }
  };
  const texts = [...new Set([...files('DEFINE_CONFIG_PARSE_ENUM'), ...files('_table\\[[^]]*\\] *= *\\{'), ...files('STRING_TABLE_LOOKUP')])]
    .map((path) => tryShow(repo, tag, path) ?? '');
  const macros = new Map();
  const tables = new Map();
  const booleans = new Set();
  for (const text of texts) {
    for (const [k, v] of parseEnumMacros(text)) macros.set(k, v);
    for (const [k, v] of parseStringTables(text)) if (!tables.has(k)) tables.set(k, v);
    for (const k of parseBooleanLookups(text)) booleans.add(k);
  }
  return { macros, tables, booleans };
}

function generate(repo, next) {
  const stable = majorTags(repo);
  const versions = [...stable, ...(next ? finalizeCommits(next, stable[stable.length - 1].version) : [])];
  const commits = Object.fromEntries(versions.flatMap((v) => [v.rev, ...(v.point ? [v.point] : [])]
    .map((rev) => [rev.startsWith('v') ? rev : `v${v.version}`, git(v.repo, 'rev-parse', `${rev}^{commit}`).trim()])));
  const families = {};
  const usedParsers = new Set();
  const scanned = {};
  for (const [id, source] of Object.entries(FAMILY_SOURCES)) {
    const seen = [];
    for (const v of versions) {
      const rows = [...rowsAt(v.repo, v.rev, source), ...(v.point ? rowsAt(v.repo, v.point, source) : [])];
      if (rows.length) seen.push({ version: v.version, rows });
    }
    scanned[id] = seen.length ? `v${seen[0].version}..v${seen[seen.length - 1].version}` : 'absent';
    families[id] = keyHistory(seen);
    for (const k of families[id]) usedParsers.add(k.parser);
  }
  const last = versions[versions.length - 1];
  const newest = `v${last.version}`;
  const { macros, tables, booleans } = enumSources(last.repo, last.rev);
  const enums = {};
  for (const parser of [...usedParsers].sort()) {
    const macro = macros.get(parser);
    const words = macro && tables.get(macro.lookup);
    if (!words) continue;
    enums[parser] = { values: words, ...(macro.list ? { list: true } : {}), ...(booleans.has(macro.lookup) ? { booleans: true } : {}) };
  }
  const files = new Map();
  const header = (what) => `// GENERATED by scripts/data/gen-family-schemas.mjs from systemd's ${what} (pins: data/upstream.lock.json). Do not edit by hand.\n`;
  for (const [id, keys] of Object.entries(families)) {
    const rows = keys.map((k) => `  [${[k.section, k.key, k.parser].map((s) => JSON.stringify(s)).join(', ')}, ${k.first}${k.last !== undefined ? `, ${k.last}` : ''}],`);
    files.set(join(OUT, `${id}.generated.ts`), `${header(FAMILY_SOURCES[id].map((s) => s.path).join(', '))}/* eslint max-lines: "off" -- one row per key, generated */
import type { FamilyKeyRow } from './rows';

/** [section, key, parser (without config_parse_), first release, last release (absent while current)]; scanned ${scanned[id]}. */
export const ${camel(id)}Keys: readonly FamilyKeyRow[] = [
${rows.join('\n')}
];
`);
  }
  const enumRows = Object.entries(enums).map(([p, e]) => `  ${JSON.stringify(p)}: ${JSON.stringify(e)},`);
  files.set(join(OUT, 'enums.generated.ts'), `${header(`string tables at ${newest}`)}/* eslint max-lines: "off" -- one row per parser, generated */
import type { FamilyEnum } from './rows';

/** The newest systemd release the family tables were read from. */
export const FAMILY_NEWEST = ${last.version};

/** Enum parser (without config_parse_) -> the words its string table holds at ${newest}. */
export const familyEnums: Readonly<Record<string, FamilyEnum>> = {
${enumRows.join('\n')}
};
`);
  const lock = existsSync(LOCK) ? JSON.parse(readFileSync(LOCK, 'utf8')) : {};
  lock.systemd = {
    repo: 'https://github.com/systemd/systemd-stable', tags: 'v219..v256 release tags, each with its last point release',
    ...(next ? { next: 'https://github.com/TuNaiChao/systemd (a fork of systemd/systemd; same commits)', nextTags: '"Finalize ... for vNNN" commits of main' } : {}),
    scanned, enumsFrom: newest, commits,
  };
  files.set(LOCK, JSON.stringify(lock, null, 2) + '\n');
  return files;
}

/** The rows of the first candidate file of `source` that has any at `rev`. */
function rowsAt(repo, rev, source) {
  for (const candidate of source) {
    const text = tryShow(repo, rev, candidate.path);
    const rows = text === undefined ? [] : parseSource(candidate.format, text);
    if (rows.length) return rows;
  }
  return [];
}

function camel(id) {
  return id.replace(/[-.](\w)/g, (_, c) => c.toUpperCase());
}

const { repo, next, check } = args(process.argv.slice(2));
const files = generate(repo, next);
if (check) {
  const drift = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
  if (drift.length) {
    process.stderr.write(`family tables drifted from ${repo}:\n${drift.map((p) => `  ${p}`).join('\n')}\nrun without --check to regenerate\n`);
    process.exit(1);
  }
  process.stdout.write(`family tables match ${repo} (${files.size} files)\n`);
} else {
  for (const [path, text] of files) writeFileSync(path, text);
  process.stdout.write(`wrote ${files.size} files\n`);
}
