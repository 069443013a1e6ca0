// Fuzz cases: real config files put through random mutators, and random syntax-aware documents
// for both dialects. Everything derives from one seed, so a case is replayable from it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Dialect } from '../../server/src/parse/model';
import { supervisorSchema } from '../../server/src/schema/supervisor';
import { systemdSchema } from '../../server/src/schema/systemd';
import { Rng } from './prng';

export interface FuzzCase {
  seed: number;
  /** What made the text, for the report. */
  recipe: string[];
  dialect: Dialect;
  /** A name (relative path) the document is opened under; the checker puts it below a temp folder. */
  name: string;
  languageHint: string;
  text: string;
}

interface CorpusFile {
  dialect: Dialect;
  name: string;
  text: string;
}

const ROOT = resolve(__dirname, '../..');
const MAX_CORPUS_FILE = 64 * 1024;

function walk(dir: string, out: string[], depth = 0): void {
  if (depth > 4) return;
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    try {
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full, out, depth + 1);
      else if (stat.isFile() && stat.size <= MAX_CORPUS_FILE) out.push(full);
    } catch {
      // dangling symlink or unreadable: skip
    }
  }
}

function dialectOf(path: string, text: string): Dialect | undefined {
  if (/\.(service|socket|timer|path|mount|automount|swap|slice|scope|target|device)$/.test(path)) return 'systemd';
  if (/\.(service|socket|timer|path|mount|automount|swap|slice|scope|target|device)\.d\/[^/]+\.conf$/.test(path)) return 'systemd';
  if (/supervisor/.test(path) && /\.(conf|ini)$/.test(path)) return 'supervisor';
  if (/^[ \t]*\[(Unit|Service|Install)\]/m.test(text)) return 'systemd';
  if (/^[ \t]*\[(program:|supervisord\]|group:)/m.test(text)) return 'supervisor';
  return undefined;
}

const corpora = new Map<boolean, CorpusFile[]>();

/**
 * The real files mutators start from: the repo's examples and fixtures, and unless told otherwise the
 * host's units and supervisor configs (more variety, but then a case seed means something only on this machine).
 */
export function loadCorpus(hostFiles = true): CorpusFile[] {
  const cached = corpora.get(hostFiles);
  if (cached) return cached;
  const paths: string[] = [];
  const dirs = [join(ROOT, 'examples'), join(ROOT, 'test/fixtures'), join(ROOT, 'test/neovim/fixtures')];
  if (hostFiles) dirs.push('/usr/lib/systemd/system', '/etc/supervisor');
  for (const dir of dirs) walk(dir, paths);
  const corpus: CorpusFile[] = [];
  corpora.set(hostFiles, corpus);
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const dialect = dialectOf(path, text);
    if (!dialect) continue;
    const name = path.startsWith(ROOT) ? relative(ROOT, path) : path.slice(1);
    corpus.push({ dialect, name, text });
  }
  return corpus;
}

// Characters that stress line splitting, UTF-16 columns and the parsers' special characters.
const ODD_CHARS = ['\0', '\r', '\n', '\r\n', '\t', '\v', '\f', '\u00a0', '\uFEFF', '\u2028', '\u{1F600}', '\uD83D', '\uDE00',
  'é', '\\', '%', '%%', '%(', ')', '[', ']', '=', ':', ';', '#', '"', "'", ' ', '$', '{', '}', '\x7f', '\x1b'];

const SNIPPETS = ['[', ']', '[]', '[[Unit]]', '[Unit', 'Service]', '[program:', '[program:x', '%(', '%(program_name', '%(program_name)',
  '%(program_name)s', '%(here)s', '%(ENV_HOME)s', '%(process_num)02d', '%()s', '%(%(x)s)s', '%%(x)s', '%', '%n', '%i', '%%', '%%%',
  '\\', '\\\\', ' \\\n', '\\\n\\\n', '=', '==', ':', ' = ', '#', ';', ' ;x', ' # y', 'Key=', '=value', '\t', '\r', '\0', '\uFEFF',
  '\u{1F600}', 'ExecStart=', 'command=', 'Requires=', 'After=a.service b.target', 'Environment="A=1" B=2', 'files=*.conf', 'files = [z-a].conf'];

// Include patterns: supervisor expands them with fnmatch rules (reversed ranges, unclosed classes...).
const GLOBS = ['*', '?', '[z-a]', '[a-cz-a]', '[!', '[!z-a]', '[]]', '[\\]', '[a-', '[^]', '**', 'conf.d/*.conf', '../*', '*.ini',
  '[!a-z]*', 'x[.conf', '\\*', '%(here)s/*.conf', '%(here)s/[z-a]', 'sp ace.conf', '[[]br]acket.conf',
  'st[*]r?.conf', 'dangling.conf', '%(here)s/../*/*'];
// Only with `hostile`: special files and whole-tree patterns (they need the bounded reads of the workspace;
// `*/*/*/*` too, as one flipped or trimmed first character makes it `/*/*/*`, which reaches /proc and /dev).
const HOSTILE_GLOBS = ['zero.conf', 'fifo.conf', '/dev/zero', '/dev/stdin', '/proc/self/fd/*', '/*/*/*/*', '*/*/*/*', '../../*/*', '../../units/loops/*/*/*/*'];
let globs = GLOBS;

// What the `runs` mutator repeats: whitespace, separators, quotes, the characters of expansions and headers.
const RUN_PIECES = [' ', '\t', '  \t', '=', ',', ', ', ':', ';', '#', '%', '%(', '0', '1', '[', ']', '"', "'", '\\', '.', '-', '@',
  '/', '*', '$', '{', '\u00a0', '\u3000', 'a', 'a ', 'x=', ' \\'];

type Mutator = (rng: Rng, text: string) => string;

function at(rng: Rng, text: string): number {
  return rng.int(text.length + 1);
}

/** Inserts `rng.range(1, upTo)` pieces at random places, each made by `piece` after its place is drawn. */
function sprinkle(rng: Rng, text: string, upTo: number, piece: () => string): string {
  let out = text;
  for (let k = rng.range(1, upTo); k > 0; k--) {
    const a = at(rng, out);
    out = out.slice(0, a) + piece() + out.slice(a);
  }
  return out;
}

function randomString(rng: Rng, max: number): string {
  let s = '';
  const n = rng.int(max + 1);
  for (let i = 0; i < n; i++) {
    s += rng.weighted<() => string>([
      [6, () => String.fromCharCode(rng.range(0x20, 0x7e))],
      [2, () => rng.pick(ODD_CHARS)],
      [1, () => String.fromCharCode(rng.int(0x10000))],
    ])();
  }
  return s;
}

const MUTATORS: Record<string, Mutator> = {
  flip(rng, text) {
    if (!text) return rng.pick(ODD_CHARS);
    let out = text;
    for (let k = rng.range(1, 8); k > 0; k--) {
      const i = rng.int(out.length);
      out = out.slice(0, i) + rng.weighted<() => string>([
        [3, () => String.fromCharCode(out.charCodeAt(i) ^ (1 << rng.int(8)))],
        [2, () => rng.pick(ODD_CHARS)],
        [1, () => String.fromCharCode(rng.int(0x10000))],
      ])() + out.slice(i + 1);
    }
    return out;
  },
  truncate(rng, text) {
    return text.slice(0, at(rng, text));
  },
  cut(rng, text) {
    const a = at(rng, text);
    return text.slice(0, a) + text.slice(Math.min(text.length, a + rng.int(200)));
  },
  insert(rng, text) {
    const a = at(rng, text);
    return text.slice(0, a) + (rng.chance(0.5) ? rng.pick(SNIPPETS) : randomString(rng, 20)) + text.slice(a);
  },
  duplicate(rng, text) {
    const a = at(rng, text);
    const b = Math.min(text.length, a + rng.int(300));
    const c = at(rng, text);
    return text.slice(0, c) + text.slice(a, b) + text.slice(c);
  },
  crlf(rng, text) {
    return rng.weighted<() => string>([
      [3, () => text.replace(/\r?\n/g, '\r\n')],
      [1, () => text.replace(/\r?\n/g, '\r')],
      [2, () => text.replace(/\r?\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r']))],
    ])();
  },
  bom(rng, text) {
    return '\uFEFF' + (rng.chance(0.2) ? '\uFEFF' : '') + text;
  },
  nul: (rng, text) => sprinkle(rng, text, 5, () => '\0'.repeat(rng.range(1, 3))),
  tabs(rng, text) {
    return rng.chance(0.5) ? text.replace(/ /g, () => (rng.chance(0.5) ? '\t' : ' '))
      : text.replace(/^/gm, () => rng.pick(['\t', ' \t', '\t\t', '']));
  },
  longLine(rng, text) {
    const unit = rng.pick(['x', 'a b ', '\\', '%(', '%(x)s', '%', '%%', '[', ']', '=', ' ', '\t', '#', 'é', '\u{1F600}', 'foo.service ']);
    const line = rng.pick(['', 'ExecStart=', 'command=', 'After=', '[', 'Environment=']) + unit.repeat(Math.ceil(rng.range(50_000, 100_000) / unit.length));
    const lines = text.split('\n');
    lines.splice(rng.int(lines.length + 1), 0, line);
    return lines.join('\n');
  },
  deepContinuation(rng, text) {
    const depth = rng.range(50, 3000);
    const indent = rng.pick(['', ' ', '\t', '    ']);
    const body = Array.from({ length: depth }, (_, i) => `${indent}arg${i}${rng.pick([' \\', ' \\', '\\', ' \\\\', ''])}`).join('\n');
    const lines = text.split('\n');
    lines.splice(rng.int(lines.length + 1), 0, rng.pick(['ExecStart=/bin/x \\', 'command=x', 'environment=', 'Description=\\']) + '\n' + body);
    return lines.join('\n');
  },
  brackets: (rng, text) => sprinkle(rng, text, 6, () => rng.pick(['[', ']', '[[', ']]', '[]', '\n[', ']\n', '\n[Unit\n', '\n[program:x\n', '\n[ ]\n'])),
  expansions: (rng, text) => sprinkle(rng, text, 6, () => rng.pick(['%(', '%(here', '%(here)', '%(here)s', '%(process_num)03d', '%()', '%(x)',
    '%', '%%', '%(ENV_X)s', '%(' + 'y'.repeat(rng.int(50)), '%(a)-10.3f'])),
  specifiers: (rng, text) => sprinkle(rng, text, 6, () => rng.pick(['%', '%n', '%i', '%%', '%%%', '%\n', '%\\\n', '%{', '%Z', '%h/x'])),
  shuffleLines(rng, text) {
    const lines = text.split('\n');
    for (let k = rng.range(1, 5); k > 0 && lines.length > 1; k--) {
      const i = rng.int(lines.length);
      const j = rng.int(lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  },
  splice(rng, text) {
    const other = rng.pick(spliceSource).text;
    return text.slice(0, at(rng, text)) + other.slice(at(rng, other));
  },
  globs: (rng, text) => sprinkle(rng, text, 4, () => rng.pick(globs)),
  // Long runs of one piece, the inputs on which a backtracking pattern goes quadratic or worse.
  runs(rng, text) {
    const piece = rng.pick(RUN_PIECES);
    const run = piece.repeat(Math.ceil(rng.weighted([[6, 200], [3, 4000], [1, 40_000]] as const) * rng.next() / piece.length) + 1);
    const a = at(rng, text);
    return text.slice(0, a) + rng.pick(['', 'a', 'x=', ' ', '"', '%(', '[']) + run + rng.pick(['', '!', 'x', ']', ')s', '\n', '=']) + text.slice(a);
  },
  blankLines(rng, text) {
    const line = rng.pick(['\n', '\r\n', ' \n', '\t\n', '\n\n', '\r', ' \t \n', '\u2028']);
    const lines = text.split('\n');
    lines.splice(rng.int(lines.length + 1), 0, line.repeat(rng.weighted([[6, 100], [3, 3000], [1, 30_000]] as const)));
    return lines.join('\n');
  },
  nestedBrackets(rng, text) {
    const depth = rng.range(2, rng.chance(0.8) ? 200 : 20_000);
    const open = rng.pick(['[', '[[', '%(', '(', '{', '${']);
    const close = { '[': ']', '[[': ']]', '%(': ')', '(': ')', '{': '}', '${': '}' }[open] ?? ']';
    const nest = open.repeat(depth) + rng.pick(['x', '', 'Unit', 'program:x']) + (rng.chance(0.6) ? close.repeat(rng.int(depth + 1)) : '');
    return text.slice(0, at(rng, text)) + nest + text.slice(at(rng, text));
  },
  percentChains: (rng, text) => sprinkle(rng, text, 3, () => rng.pick(['%(', '%(x)', '%', '%%', '%(%(', '%0', '%(x)0']).repeat(rng.range(2, 3000)) +
    rng.pick(['', 's', ')s', 'd', '!', ')'])),
  separators: (rng, text) => sprinkle(rng, text, 3, () => rng.pick([',', ', ', ' ,', ';', ':', '=', '==', ' = ', '|', '/', '.', '-', '@', '\\ '])
    .repeat(rng.range(2, 5000))),
  trailing(rng, text) {
    return text.replace(/\n/g, () => rng.pick([' \n', '\t\n', '\\\n', '\n', '\n', '\n']));
  },
};

const MUTATOR_NAMES = Object.keys(MUTATORS);
// Long lines and deep continuations make slow cases; keep them a small share.
const EXPENSIVE = new Set(['longLine', 'deepContinuation', 'runs', 'blankLines', 'nestedBrackets', 'percentChains', 'separators']);

function mutate(rng: Rng, text: string, recipe: string[]): string {
  let out = text;
  for (let k = rng.weighted([[4, 1], [3, 2], [2, 3], [1, 6]] as const); k > 0; k--) {
    let name = rng.pick(MUTATOR_NAMES);
    if (EXPENSIVE.has(name) && !rng.chance(0.15)) name = rng.pick(['flip', 'insert', 'cut', 'crlf', 'brackets', 'expansions']);
    recipe.push(name);
    out = MUTATORS[name](rng, out);
  }
  return out;
}

const SYSTEMD_SECTIONS = systemdSchema.sections.map((s) => s.name);
const SYSTEMD_KEYS = systemdSchema.directives.map((d) => d.name);
const SUPERVISOR_SECTIONS = supervisorSchema.sections.map((s) => s.name);
const SUPERVISOR_KEYS = supervisorSchema.directives.map((d) => d.name);
const UNIT_NAMES = ['network.target', 'foo.service', 'a@b.service', 'sshd.service', 'x.socket', 'multi-user.target', 'basic.target'];

function randomValue(rng: Rng, dialect: Dialect, directive: string): string {
  const spec = (dialect === 'systemd' ? systemdSchema : supervisorSchema).directives.find((d) => d.name === directive);
  const parts: string[] = [];
  for (let k = rng.int(4); k >= 0; k--) {
    parts.push(rng.weighted<() => string>([
      [4, () => (spec?.value.values?.length ? rng.pick(spec.value.values).name : rng.pick(['yes', 'no', '5s', '/usr/bin/x', 'true', '1', '-1', 'infinity']))],
      [2, () => rng.pick(UNIT_NAMES)],
      [dialect === 'systemd' ? 2 : 0, () => rng.pick(['%n', '%i', '%%', '%h', '%']) + rng.pick(['', '/x', 'y'])],
      [dialect === 'supervisor' ? 2 : 0, () => rng.pick(['%(program_name)s', '%(process_num)02d', '%(here)s', '%(ENV_HOME)s', '%(', '%(x', '%%'])],
      [1, () => randomString(rng, 8)],
      [1, () => rng.pick(globs)],
      [1, () => '"' + randomString(rng, 6) + (rng.chance(0.7) ? '"' : '')],
    ])());
  }
  return parts.join(rng.pick([' ', ',', ', ', '  ']));
}

function generateSystemd(rng: Rng, recipe: string[]): string {
  recipe.push('gen-systemd');
  const out: string[] = [];
  for (let s = rng.int(5); s >= 0; s--) {
    out.push(rng.weighted<() => string>([
      [8, () => `[${rng.pick(SYSTEMD_SECTIONS)}]`],
      [1, () => `[${randomString(rng, 6)}]`],
      [1, () => rng.pick(['[', '[Unit', '[]', ' [Service] x', '[X-Custom]'])],
    ])());
    for (let e = rng.int(8); e > 0; e--) {
      const key = rng.chance(0.9) ? rng.pick(SYSTEMD_KEYS) : randomString(rng, 6);
      let line = `${key}${rng.pick(['=', '=', ' = ', '= ', '\t=', ''])}${randomValue(rng, 'systemd', key)}`;
      for (let c = rng.weighted([[6, 0], [2, 1], [1, 4]] as const); c > 0; c--) {
        line += rng.pick([' \\', '\\', ' \\\\']) + '\n' + (rng.chance(0.3) ? rng.pick(['# c', '; c']) + '\n' : '') + rng.pick(['', '  ', '\t']) + randomValue(rng, 'systemd', key);
      }
      out.push(line);
      if (rng.chance(0.15)) out.push(rng.pick(['# comment', '; comment', '', '   ', '#', 'garbage line']));
    }
  }
  return out.join(rng.pick(['\n', '\n', '\r\n'])) + (rng.chance(0.7) ? '\n' : '');
}

function generateSupervisor(rng: Rng, recipe: string[]): string {
  recipe.push('gen-supervisor');
  const out: string[] = [];
  for (let s = rng.int(5); s >= 0; s--) {
    const section = rng.pick(SUPERVISOR_SECTIONS);
    out.push(rng.weighted<() => string>([
      [8, () => `[${section}${/^(program|group|eventlistener|fcgi-program|rpcinterface|ctlplugin)$/.test(section) ? ':' + rng.pick(['x', 'web', '', 'a b']) : ''}]`],
      [1, () => `[${randomString(rng, 6)}]`],
      [1, () => rng.pick(['[', '[program:x', '[]', ' [program:y] trailing', '[include]'])],
    ])());
    for (let e = rng.int(8); e > 0; e--) {
      const key = rng.chance(0.9) ? rng.pick(SUPERVISOR_KEYS) : randomString(rng, 6);
      let line = `${rng.chance(0.1) ? ' ' : ''}${key}${rng.pick(['=', ' = ', ':', ': ', ' ', '=='])}${randomValue(rng, 'supervisor', key)}`;
      if (rng.chance(0.2)) line += rng.pick([' ; inline', ' # inline', ';not', '\t;tab']);
      for (let c = rng.weighted([[6, 0], [2, 1], [1, 4]] as const); c > 0; c--) {
        line += '\n' + rng.pick(['  ', '\t', '    ', ' ']) + randomValue(rng, 'supervisor', key);
      }
      out.push(line);
      if (rng.chance(0.15)) out.push(rng.pick(['# comment', '; comment', '', '   ', 'garbage line', '  indented']));
    }
  }
  if (rng.chance(0.3)) {
    out.push(`[include]\nfiles = ${Array.from({ length: rng.range(1, 3) }, () => rng.pick(globs)).join(rng.pick([' ', '  ', '\n  ']))}`);
  }
  return out.join(rng.pick(['\n', '\n', '\r\n'])) + (rng.chance(0.7) ? '\n' : '');
}

const SYSTEMD_NAMES = ['units/fuzz.service', 'units/fuzz@.service', 'units/fuzz.socket', 'units/fuzz.timer', 'units/fuzz.mount',
  'units/fuzz.path', 'units/fuzz.target', 'units/fuzz.slice', 'units/nginx.service.d/override.conf', 'etc/systemd/system/fuzz.service',
  'units/untitled-unit'];
const SUPERVISOR_NAMES = ['supervisor/supervisord.conf', 'supervisor/conf.d/fuzz.conf', 'supervisord.d/fuzz.ini', 'misc/plain.conf'];
// Names that trip quoting, URI encoding and path splitting; the document is opened under them.
const HOSTILE_SYSTEMD_NAMES = ['units/with space.service', 'units/ünï ✓.service', 'units/%41%2F..%2Fx.service', 'units/a#b?c.service',
  'units/tmp\\sshd.service', 'units/var-lib-docker\\x2dvolumes.mount', 'units/-rf.service', 'units/$(touch x).service',
  `units/${'n'.repeat(240)}.service`, 'units/new\nline.service', 'units/../units/./fuzz.service', 'units/[a-z]*.service.d/x.conf'];
const HOSTILE_SUPERVISOR_NAMES = ['supervisor/conf.d/sp ace.conf', 'supervisor/conf.d/[br]acket.conf', 'supervisor/conf.d/st*r?.conf',
  'supervisor/conf.d/%(here)s.conf', 'supervisor/conf.d/ünï ✓.conf', 'supervisor/conf.d/-rf.conf', 'supervisor/../supervisor/supervisord.conf',
  'supervisord.d/a;b.ini'];

let spliceSource: CorpusFile[] = [];

export interface GenerateOptions {
  /** Start from the host's files too (default true); the seeded slice in `npm test` leaves them out. */
  hostFiles?: boolean;
  /** Include patterns may also name FIFOs, /dev/zero and whole trees (see the sandbox's `hostile`). */
  hostile?: boolean;
}

export function generateCase(seed: number, options: GenerateOptions = {}): FuzzCase {
  const rng = new Rng(seed);
  const recipe: string[] = [];
  const files = loadCorpus(options.hostFiles ?? true);
  spliceSource = files;
  globs = options.hostile ? [...GLOBS, ...HOSTILE_GLOBS] : GLOBS;
  let dialect: Dialect;
  let text: string;
  const source = rng.weighted([[6, 'corpus'], [2, 'gen'], [1, 'gen+mutate'], [1, 'noise'], [files.length ? 0.3 : 0, 'raw']] as const);
  if (source === 'noise') {
    // No structure at all: random characters, or a soup of the parsers' special tokens.
    recipe.push('noise');
    dialect = rng.chance(0.5) ? 'systemd' : 'supervisor';
    text = rng.chance(0.5) ? randomString(rng, 400)
      : Array.from({ length: rng.int(120) }, () => rng.pick(rng.chance(0.5) ? SNIPPETS : ODD_CHARS)).join('');
  } else if ((source === 'corpus' || source === 'raw') && files.length) {
    const file = rng.pick(files);
    recipe.push(`file:${file.name}`);
    dialect = file.dialect;
    text = source === 'raw' ? file.text : mutate(rng, file.text, recipe);
  } else {
    dialect = rng.chance(0.5) ? 'systemd' : 'supervisor';
    text = dialect === 'systemd' ? generateSystemd(rng, recipe) : generateSupervisor(rng, recipe);
    if (source === 'gen+mutate') text = mutate(rng, text, recipe);
  }
  // Sometimes open a file as the other dialect: the hint and name disagree with the content.
  if (rng.chance(0.05)) dialect = dialect === 'systemd' ? 'supervisor' : 'systemd';
  const hostileName = rng.chance(0.1);
  const name = rng.pick(dialect === 'systemd' ? (hostileName ? HOSTILE_SYSTEMD_NAMES : SYSTEMD_NAMES)
    : (hostileName ? HOSTILE_SUPERVISOR_NAMES : SUPERVISOR_NAMES));
  const languageHint = rng.chance(0.9) ? (dialect === 'systemd' ? 'systemd-unit' : 'supervisor-conf') : 'plaintext';
  return { seed, recipe, dialect, name, languageHint, text };
}
