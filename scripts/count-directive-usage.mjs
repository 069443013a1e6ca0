#!/usr/bin/env node
// How many real unit files use each directive, per section: completion offers the common ones first.
// Counts files, not lines (a unit with five ExecStartPre= counts once), over a corpus of real units:
// this host's /usr/lib/systemd/system and /usr/lib/systemd/user, plus the Debian package units that
// the agreement test caches under .cache/agreement/corpus (run `npm run test:agreement` once to
// fetch them). Files with the same content count once; masked units (links to /dev/null) are skipped.
//
// Usage:
//   node scripts/count-directive-usage.mjs           count the corpus, write data/systemd/directive-usage.tsv
//                                                    and server/src/schema/systemd/usage.generated.ts
//   node scripts/count-directive-usage.mjs --table   only regenerate the .ts from the committed table
//   node scripts/count-directive-usage.mjs --check   exit 1 when the .ts differs from the table
//
// No supervisor table: no corpus of real supervisor configs is at hand (Debian's supervisor package
// ships one supervisord.conf and a sample with every option commented out; nothing else here uses it).
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TABLE = join(root, 'data/systemd/directive-usage.tsv');
const OUT = join(root, 'server/src/schema/systemd/usage.generated.ts');
const HOST_FOLDERS = ['/usr/lib/systemd/system', '/usr/lib/systemd/user'];
const CACHED_CORPUS = join(root, '.cache/agreement/corpus');
const UNIT_FILE = /^[^.][^/]*\.(service|socket|timer|path|mount|automount|swap|slice|target|scope)$/;

function unitFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => UNIT_FILE.test(name)).map((name) => join(folder, name)).filter((path) => {
    try {
      if (lstatSync(path).isSymbolicLink() && realpathSync(path) === '/dev/null') return false;
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });
}

/** The (section, directive) pairs a unit file sets, following systemd.syntax(7): comments start a line, `\` continues it. */
function pairsOf(text) {
  const pairs = new Set();
  let section;
  let continued = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (continued) {
      if (line.startsWith('#') || line.startsWith(';')) continue;
      continued = line.endsWith('\\');
      continue;
    }
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    continued = line.endsWith('\\');
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    const eq = line.indexOf('=');
    if (section && eq > 0) pairs.add(`${section}\t${line.slice(0, eq).trim()}`);
  }
  return pairs;
}

function count() {
  const folders = [...HOST_FOLDERS];
  if (existsSync(CACHED_CORPUS)) folders.push(...readdirSync(CACHED_CORPUS).sort().map((origin) => join(CACHED_CORPUS, origin)));
  const seen = new Set();
  const counts = new Map();
  let files = 0;
  for (const path of folders.flatMap(unitFiles)) {
    const text = readFileSync(path, 'utf8');
    const hash = createHash('sha256').update(text).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    files++;
    for (const pair of pairsOf(text)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  const packages = existsSync(CACHED_CORPUS)
    ? readdirSync(CACHED_CORPUS).filter((o) => o !== 'host' && unitFiles(join(CACHED_CORPUS, o)).length > 0).length : 0;
  const rows = [...counts].sort(([a, x], [b, y]) => {
    const [sa, da] = a.split('\t');
    const [sb, db] = b.split('\t');
    return sa.localeCompare(sb) || y - x || da.localeCompare(db);
  });
  const header = [
    '# Unit files that set each directive, per section. Made by scripts/count-directive-usage.mjs',
    `# on ${new Date().toISOString().slice(0, 10)} from ${files} distinct unit files: this host's ${HOST_FOLDERS.join(' and ')}`,
    `# (Debian 12) and the units of ${packages} Debian packages cached by the agreement test (.cache/agreement/corpus).`,
    '# Completion offers names by this count, most used first; ties and names not seen here go by name.',
    'section\tdirective\tfiles',
  ];
  writeFileSync(TABLE, [...header, ...rows.map(([pair, n]) => `${pair}\t${n}`)].join('\n') + '\n');
  console.log(`${files} unit files, ${rows.length} (section, directive) pairs -> ${TABLE}`);
}

function generated() {
  const lines = readFileSync(TABLE, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
  const bySection = {};
  for (const line of lines) {
    const [section, directive, files] = line.split('\t');
    (bySection[section] ??= {})[directive] = Number(files);
  }
  return [
    '// GENERATED by scripts/count-directive-usage.mjs from data/systemd/directive-usage.tsv. Do not edit by hand.',
    '// How many real unit files set each directive, per section (see the table\'s header for the corpus).',
    '/* eslint max-lines: "off" -- generated */',
    `export const directiveUsage: Readonly<Record<string, Readonly<Record<string, number>>>> = ${JSON.stringify(bySection, null, 1)};`,
    '',
  ].join('\n');
}

const args = process.argv.slice(2);
if (args.includes('--check')) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === generated();
  if (!same) console.error(`${OUT} is not what ${TABLE} gives: run node scripts/count-directive-usage.mjs --table`);
  process.exit(same ? 0 : 1);
}
if (!args.includes('--table')) count();
writeFileSync(OUT, generated());
console.log(`wrote ${OUT}`);
