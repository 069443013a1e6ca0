/**
 * Which supervisor config governs a file, and which processes a `[program:x]` section becomes.
 *
 * supervisord reads one main config (`-c`) and, from its `[include] files=` (whitespace-separated
 * globs, `%(here)s`/`%(host_node_name)s`/`%(ENV_X)s` expanded, relative globs joined to the main
 * config's folder), the extra files. Includes are not followed from included files. supervisorctl
 * reads only the main config's own `[supervisorctl]` section. So for a program file in `conf.d`
 * the commands need `supervisorctl -c MAIN`.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { envExpansions, expandPercent, ExpansionError, type Expansions } from './expand';
import { globMatchesPath } from './glob';
import { getValue, readSupervisorIni, type IniFile } from './iniRead';

export const SYSTEM_CONFIGS: readonly string[] = ['/etc/supervisor/supervisord.conf', '/etc/supervisord.conf'];

export interface ConfigFacts {
  readonly path: string;
  readonly ini: IniFile;
  readonly hasSupervisord: boolean;
  readonly hasSupervisorctl: boolean;
  readonly hasUnixHttpServer: boolean;
  readonly hasInetHttpServer: boolean;
  /** `[supervisorctl] serverurl`, `%(here)s` expanded; undefined when absent. */
  readonly serverurl: string | undefined;
  /** Absolute include patterns, as supervisord would glob them. */
  readonly includePatterns: readonly string[];
  /** Why the include patterns could not be computed, if they could not. */
  readonly includeError: string | undefined;
}

export interface Environment {
  env?: NodeJS.ProcessEnv;
  hostname?: string;
}

function baseExpansions(configPath: string, e: Environment): Record<string, string> {
  return {
    ...envExpansions(e.env ?? process.env),
    here: path.dirname(configPath),
    host_node_name: e.hostname ?? os.hostname(),
  };
}

/** Facts about one config file from its text. `configPath` must be absolute. */
export function configFacts(configPath: string, text: string, e: Environment = {}): ConfigFacts {
  const ini = readSupervisorIni(text);
  const here = path.dirname(configPath);
  const has = (name: string): boolean => ini.sections.has(name);
  let serverurl = getValue(ini, 'supervisorctl', 'serverurl');
  if (serverurl !== undefined) {
    try {
      serverurl = expandPercent(serverurl, { ...envExpansions(e.env ?? process.env), here });
    } catch {
      // left as written; supervisorctl will report the bad expansion itself
    }
  }
  const includePatterns: string[] = [];
  let includeError: string | undefined;
  const files = getValue(ini, 'include', 'files');
  if (files !== undefined) {
    try {
      // supervisor replaces the literal `%(here)s` first, then applies the other expansions
      const expanded = expandPercent(files.split('%(here)s').join(here), baseExpansions(configPath, e));
      for (const pattern of expanded.split(/\s+/).filter(Boolean)) {
        includePatterns.push(path.isAbsolute(pattern) ? pattern : path.join(here, pattern));
      }
    } catch (err) {
      includeError = err instanceof ExpansionError ? err.message : String(err);
    }
  }
  return {
    path: configPath,
    ini,
    hasSupervisord: has('supervisord'),
    hasSupervisorctl: has('supervisorctl'),
    hasUnixHttpServer: has('unix_http_server'),
    hasInetHttpServer: has('inet_http_server'),
    serverurl,
    includePatterns,
    includeError,
  };
}

export interface Governing {
  /** Absolute path to pass as `-c`. */
  readonly config: string;
  /** `self`: the file is a main config; `include`: a main config includes it. */
  readonly how: 'self' | 'include';
  /** The include pattern that matched, for `include`. */
  readonly pattern?: string;
  readonly facts: ConfigFacts;
}

export interface FindOptions extends Environment {
  /** Main configs in the workspace, searched first, in this order. */
  workspaceConfigs?: readonly string[];
  /** Searched after the workspace ones; defaults to SYSTEM_CONFIGS. */
  systemConfigs?: readonly string[];
  /** Text of `file` when it differs from the disk (an unsaved editor). */
  fileText?: string;
  readFile?: (p: string) => Promise<string>;
}

async function realpathOr(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return p;
  }
}

/** The realpath of the longest leading part of a pattern that has no glob characters. */
async function resolveLiteralPrefix(pattern: string): Promise<string> {
  const parts = pattern.split('/');
  let k = 0;
  while (k < parts.length - 1 && !/[*?[]/.test(parts[k + 1] as string)) k++;
  const prefix = parts.slice(0, k + 1).join('/') || '/';
  const real = await realpathOr(prefix);
  return [real, ...parts.slice(k + 1)].join('/');
}

export async function patternMatches(pattern: string, file: string): Promise<boolean> {
  if (globMatchesPath(pattern, file)) return true;
  const realFile = await realpathOr(file);
  const realPattern = await resolveLiteralPrefix(path.posix.normalize(pattern));
  return globMatchesPath(realPattern, realFile) || globMatchesPath(pattern, realFile);
}

/** Does this main config include `file` (absolute)? Returns the matching pattern. */
export async function includingPattern(facts: ConfigFacts, file: string): Promise<string | undefined> {
  for (const pattern of facts.includePatterns) if (await patternMatches(pattern, file)) return pattern;
  return undefined;
}

/**
 * The config that governs `file`: the file itself when it holds `[supervisorctl]`,
 * `[unix_http_server]` or `[supervisord]`; otherwise the first main config (workspace ones, then
 * the system ones) whose `[include] files` matches it. Undefined when none does.
 */
export async function findGoverningConfig(file: string, opts: FindOptions = {}): Promise<Governing | undefined> {
  const read = opts.readFile ?? ((p: string) => fs.readFile(p, 'utf8'));
  const abs = path.resolve(file);
  let ownText = opts.fileText;
  if (ownText === undefined) {
    try {
      ownText = await read(abs);
    } catch {
      ownText = '';
    }
  }
  const own = configFacts(abs, ownText, opts);
  if (own.hasSupervisorctl || own.hasUnixHttpServer || own.hasSupervisord) {
    return { config: abs, how: 'self', facts: own };
  }
  const seen = new Set<string>();
  for (const candidate of [...(opts.workspaceConfigs ?? []), ...(opts.systemConfigs ?? SYSTEM_CONFIGS)]) {
    const c = path.resolve(candidate);
    if (seen.has(c) || c === abs) continue;
    seen.add(c);
    let text: string;
    try {
      text = await read(c);
    } catch {
      continue;
    }
    const facts = configFacts(c, text, opts);
    const pattern = await includingPattern(facts, abs);
    if (pattern !== undefined) return { config: c, how: 'include', pattern, facts };
  }
  return undefined;
}

/** A process group as supervisord builds it from `[program:x]`/`[fcgi-program:x]`/`[eventlistener:x]`. */
export interface ProgramInfo {
  /** The program name (`x` of `[program:x]`). */
  readonly program: string;
  readonly sectionKind: 'program' | 'fcgi-program' | 'eventlistener';
  /** The group its processes belong to: a `[group:g]` listing it, else the program name. */
  readonly group: string;
  /** Process names, in supervisor's order; empty when `process_name` cannot be expanded. */
  readonly processes: readonly string[];
  /** The namespecs (`group:process` or the short form) that address exactly this program. */
  readonly namespecs: readonly string[];
  readonly numprocs: number;
}

const PROGRAM_SECTION = /^(program|fcgi-program|eventlistener):(.*)$/;

/**
 * Programs defined in `own` (the file being edited), with group membership taken from `all`
 * (every section of the governing config and its includes; pass `own` when there is none).
 */
export function programsIn(own: IniFile, all: readonly IniFile[] = [own], e: Environment & { here?: string } = {}): ProgramInfo[] {
  const groupOf = new Map<string, string>();
  for (const file of all) {
    for (const [name, section] of file.sections) {
      if (!name.startsWith('group:')) continue;
      const group = name.slice('group:'.length).trim();
      const programs = section.values.get('programs');
      for (const p of (programs ?? '').split(',').map((s) => s.trim()).filter(Boolean)) groupOf.set(p, group);
    }
  }
  const out: ProgramInfo[] = [];
  for (const name of own.sections.keys()) {
    const m = PROGRAM_SECTION.exec(name);
    if (!m) continue;
    const kind = m[1] as ProgramInfo['sectionKind'];
    const program = (m[2] as string).trim();
    const group = kind === 'eventlistener' ? program : groupOf.get(program) ?? program;
    const get = (k: string): string | undefined => getValue(own, name, k);
    const numprocs = Number.parseInt(get('numprocs') ?? '1', 10);
    const start = Number.parseInt(get('numprocs_start') ?? '0', 10);
    const template = (get('process_name') ?? '%(program_name)s').trim();
    const processes: string[] = [];
    if (Number.isInteger(numprocs) && numprocs >= 1 && Number.isInteger(start) && numprocs <= 10000) {
      const base: Expansions = {
        ...envExpansions(e.env ?? process.env),
        here: e.here ?? '',
        host_node_name: e.hostname ?? os.hostname(),
        program_name: program,
        group_name: group,
        numprocs,
      };
      try {
        for (let n = start; n < start + numprocs; n++) processes.push(expandPercent(template, { ...base, process_num: n }));
      } catch {
        processes.length = 0;
      }
    }
    const namespecs =
      processes.length === 0
        ? [group === program ? `${program}:*` : `${group}:${program}`]
        : processes.map((p) => (p === group && p !== 'all' ? p : `${group}:${p}`));
    out.push({ program, sectionKind: kind, group, processes, namespecs, numprocs: Number.isInteger(numprocs) ? numprocs : 1 });
  }
  return out;
}

/** Read the governing config and the files it includes (sorted per pattern, as supervisord does). */
export async function loadConfigTree(configPath: string, e: Environment = {}): Promise<{ main: ConfigFacts; files: Map<string, IniFile> }> {
  const text = await fs.readFile(configPath, 'utf8');
  const main = configFacts(path.resolve(configPath), text, e);
  const files = new Map<string, IniFile>([[main.path, main.ini]]);
  for (const pattern of main.includePatterns) {
    for (const file of (await globFiles(pattern)).sort()) {
      if (files.has(file)) continue;
      try {
        files.set(file, readSupervisorIni(await fs.readFile(file, 'utf8')));
      } catch {
        // unreadable include: supervisord would fail; nothing to add here
      }
    }
  }
  return { main, files };
}

/** List the files a pattern matches, walking only the directories it names. */
export async function globFiles(pattern: string): Promise<string[]> {
  const parts = path.posix.normalize(pattern).split('/').filter((p, i) => p !== '' || i === 0);
  let current = [parts[0] === '' ? '/' : parts[0] as string];
  for (const part of parts.slice(1)) {
    const next: string[] = [];
    for (const dir of current) {
      if (!/[*?[]/.test(part)) {
        next.push(path.join(dir, part));
        continue;
      }
      let names: string[] = [];
      try {
        names = await fs.readdir(dir);
      } catch {
        continue;
      }
      for (const name of names) {
        const candidate = path.join(dir, name);
        if (globMatchesPath(path.join(dir, part), candidate)) next.push(candidate);
      }
    }
    current = next;
  }
  const existing: string[] = [];
  for (const p of current) {
    try {
      if ((await fs.stat(p)).isFile()) existing.push(p);
    } catch {
      // not there
    }
  }
  return existing;
}
