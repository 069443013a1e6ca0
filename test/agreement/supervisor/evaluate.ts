// Runs the corpus through supervisor's own config processing (oracle.py) and through our
// checker, and compares: every rejected config needs an error from us on the section or option
// supervisor names; no accepted config may get an error from us.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { fileSystemWorkspace } from '../../../server/src/host/fsWorkspace';
import { parseSupervisor } from '../../../server/src/parse/supervisor';
import type { Config } from './mutants';

export const PYTHON = '/usr/bin/python3';

export interface Verdict {
  config: Config;
  dir: string;
  /** supervisord's or supervisorctl's message when it refuses the config. */
  rejection: string | undefined;
  errors: { file: string; diagnostic: Diagnostic }[];
  warnings: number;
  warningList: { file: string; diagnostic: Diagnostic }[];
  /** Where the rejection points: a section (and option), a line, or nothing. */
  target: Target;
  outcome: 'agree-accepted' | 'agree-rejected' | 'missed' | 'elsewhere' | 'false-error' | 'machine-warned' | 'machine-missed';
}

/** How supervisor's message was tied to a place: a section it names, a line, a quoted value, or nothing. */
export function targetKind(t: Target): 'section' | 'line' | 'value' | 'none' {
  if (t.line !== undefined) return 'line';
  if (t.section || t.option) return 'section';
  return t.values.length > 0 ? 'value' : 'none';
}

export interface Target {
  file?: string;
  section?: string;
  option?: string;
  line?: number;
  /** Values quoted in the message, for messages that name no section. */
  values: string[];
}

export function writeCorpus(configs: Config[], root = mkdtempSync(join(tmpdir(), 'supervisor-agreement-'))): { dir: string; config: Config }[] {
  return configs.map((config, i) => {
    // One folder per config, one more level down, so a program file's search for its main config stays local.
    const dir = join(root, String(i).padStart(5, '0'), config.name);
    for (const sub of ['logs', 'run', 'conf.d']) mkdirSync(join(dir, sub), { recursive: true });
    for (const [path, text] of Object.entries(config.files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return { dir, config };
  });
}

interface OracleOut { path: string; server: string | null; client: string | null }

export function runOracle(paths: string[]): OracleOut[] {
  const out = execFileSync(PYTHON, [join(__dirname, 'oracle.py')], {
    input: JSON.stringify(paths), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, HOME: process.env.HOME ?? '/root' },
  });
  return JSON.parse(out) as OracleOut[];
}

/** What a supervisor error message points at. */
export function targetOf(message: string): Target {
  const values = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const fileMatch = /\(file: '([^']+)'\)/.exec(message);
  const file = fileMatch?.[1];
  const inSection = /in section '([^']+)'/.exec(message);
  if (inSection) return { file, section: inSection[1], values };
  const format = /Format string .* for '([^']+)'/.exec(message);
  if (format) {
    const key = format[1];
    const dot = key.indexOf('.');
    return dot < 0 ? { section: 'supervisord', option: key, values } : { section: key.slice(0, dot), option: key.slice(dot + 1), values };
  }
  // supervisor 4.2.5 names the last program it looked at instead of the group; the member is quoted.
  const unquoted = /^(.*) (?:can not be converted to an octal type|is not an existing directory)$/.exec(message);
  if (unquoted) return { values: [unquoted[1]] };
  const invalid = /^Invalid (\w+) value (.*)$/.exec(message);
  // supervisor calls [unix_http_server] chown "sockchown" in this message.
  if (invalid) return { option: invalid[1] === 'sockchown' ? 'chown' : invalid[1], values: [invalid[2]] };
  const member = /names unknown program or fcgi-program (\S+)/.exec(message);
  if (member) return { values: [member[1]] };
  const line = /\[line\s+(\d+)\]/.exec(message) ?? /line: (\d+)/.exec(message);
  const parsedFile = /file: '([^']+)'/.exec(message) ?? /parsing errors: '?([^'\s]+)/.exec(message);
  if (line) return { file: parsedFile?.[1], line: parseInt(line[1], 10), values };
  if (/does not include supervisord section/.test(message)) return { section: 'supervisord', values };
  if (/\[include\] section, but no files/.test(message)) return { section: 'include', values };
  const bracket = /\[([^\]\s]+)\]/.exec(message);
  if (bracket) return { section: bracket[1], values };
  return { values };
}

function check(dir: string, config: Config): { errors: Verdict['errors']; warnings: number; warningList: Verdict['errors'] } {
  const workspace = fileSystemWorkspace();
  const errors: Verdict['errors'] = [];
  const warningList: Verdict['errors'] = [];
  let warnings = 0;
  for (const path of Object.keys(config.files)) {
    const full = join(dir, path);
    const analyzed = analyze(`file://${full}`, 1, config.files[path], 'supervisor-conf');
    if (!analyzed) continue;
    const diagnostics = computeDiagnostics(analyzed, { systemdVersion: 252 }, workspace, (code, error) => {
      throw new Error(`rule ${code} threw on ${full}: ${String(error)}`);
    });
    for (const d of diagnostics) {
      if (d.severity === 1) errors.push({ file: full, diagnostic: d });
      else {
        warnings++;
        warningList.push({ file: full, diagnostic: d });
      }
    }
  }
  return { errors, warnings, warningList };
}

/** Whether one of our errors sits where supervisor's message points. */
function located(target: Target, errors: Verdict['errors'], dir: string, config: Config): boolean {
  if (errors.length === 0) return false;
  if (target.line !== undefined) {
    return errors.some((e) => (!target.file || e.file === target.file) && e.diagnostic.range.start.line === (target.line as number) - 1);
  }
  const within = (file: string, names: (s: { name: string; entries: { key: string; value: string }[] }) => boolean): boolean => {
    const rel = Object.keys(config.files).find((p) => join(dir, p) === file);
    if (rel === undefined) return false;
    const sections = parseSupervisor(config.files[rel]).sections;
    return errors.some((e) => e.file === file && sections.some((s) => names(s) &&
      e.diagnostic.range.start.line >= s.headerRange.start.line && e.diagnostic.range.start.line <= s.range.end.line));
  };
  const files = Object.keys(config.files).map((p) => join(dir, p));
  if (target.section) {
    const section = target.section;
    if (files.some((f) => within(f, (s) => s.name === section))) return true;
    // A missing section ([supervisord], [include] files): any error in the main file names it.
    return !files.some((f) => within(f, (s) => s.name === section)) &&
      errors.some((e) => e.file === join(dir, config.main)) && !hasSection(config, section);
  }
  if (target.option) {
    const option = target.option;
    return files.some((f) => within(f, (s) => s.entries.some((e) => e.key === option)));
  }
  // An empty value: the message quotes ''.
  if (target.values.length > 0 && target.values.every((v) => v === '')) {
    return files.some((f) => within(f, (s) => s.entries.some((e) => e.value.trim() === '')));
  }
  // Converters lower-case some values before complaining ('50m' for 50M), so compare without case.
  const quoted = target.values.filter((v) => v.length > 0).map((v) => v.toLowerCase());
  if (quoted.length) {
    if (errors.some((e) => quoted.some((q) => messageText(e.diagnostic).toLowerCase().includes(q)))) return true;
    return files.some((f) => within(f, (s) => s.entries.some((e) => quoted.some((q) => e.value.toLowerCase().includes(q)))));
  }
  return true;
}

function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : JSON.stringify(d.message);
}

function hasSection(config: Config, name: string): boolean {
  return Object.values(config.files).some((text) => parseSupervisor(text).sections.some((s) => s.name === name));
}

/** Runs the corpus in a scratch folder (removed afterwards unless KEEP_AGREEMENT_CORPUS is set). */
export function evaluate(configs: Config[]): Verdict[] {
  const root = mkdtempSync(join(tmpdir(), 'supervisor-agreement-'));
  try {
    return compare(writeCorpus(configs, root));
  } finally {
    if (!process.env.KEEP_AGREEMENT_CORPUS) rmSync(root, { recursive: true, force: true });
  }
}

function compare(written: { dir: string; config: Config }[]): Verdict[] {
  const oracle = runOracle(written.map((w) => join(w.dir, w.config.main)));
  return written.map(({ dir, config }, i) => {
    const verdict = oracle[i];
    const client = verdict.client === 'skipped' ? null : verdict.client;
    const rejection = verdict.server ?? client ?? undefined;
    const { errors, warnings, warningList } = check(dir, config);
    const target = rejection ? targetOf(rejection) : { values: [] };
    let outcome: Verdict['outcome'];
    if (config.kind === 'machine' && rejection) {
      const flagged = warningList.filter((w) => w.diagnostic.code === 'supervisor/not-on-this-machine');
      outcome = located(target, flagged, dir, config) ? 'machine-warned' : 'machine-missed';
    } else if (!rejection) outcome = errors.length ? 'false-error' : 'agree-accepted';
    else if (errors.length === 0) outcome = 'missed';
    else outcome = located(target, errors, dir, config) ? 'agree-rejected' : 'elsewhere';
    return { config, dir, rejection, errors, warnings, warningList, target, outcome };
  });
}

export function figures(verdicts: Verdict[]): string {
  const count = (f: (v: Verdict) => boolean): number => verdicts.filter(f).length;
  const rows: [string, number][] = [
    ['configs', verdicts.length],
    ['  real or hand-written bases', count((v) => v.config.kind === 'base')],
    ['  curated single-defect mutants', count((v) => v.config.kind === 'curated')],
    ['  systematic single-value mutants', count((v) => v.config.kind === 'systematic')],
    ['  machine-dependent mutants', count((v) => v.config.kind === 'machine')],
    ['supervisor accepts', count((v) => !v.rejection)],
    ['  we report no error (agree)', count((v) => v.outcome === 'agree-accepted')],
    ['  we report an error (disagree)', count((v) => v.outcome === 'false-error')],
    ['  ... with warnings from us', count((v) => !v.rejection && v.warnings > 0)],
    ['supervisor rejects (machine-independent)', count((v) => !!v.rejection && v.config.kind !== 'machine')],
    ['  we report an error where it points (agree)', count((v) => v.outcome === 'agree-rejected')],
    ['    ... message names the section or option', count((v) => v.outcome === 'agree-rejected' && targetKind(v.target) === 'section')],
    ['    ... message names a line', count((v) => v.outcome === 'agree-rejected' && targetKind(v.target) === 'line')],
    ['    ... message quotes the value only', count((v) => v.outcome === 'agree-rejected' && targetKind(v.target) === 'value')],
    ['    ... message names no place (any error counts)', count((v) => v.outcome === 'agree-rejected' && targetKind(v.target) === 'none')],
    ['  we report an error elsewhere (disagree)', count((v) => v.outcome === 'elsewhere')],
    ['  we report no error (disagree)', count((v) => v.outcome === 'missed')],
    ['machine-dependent rejections (folders, accounts)', count((v) => v.config.kind === 'machine')],
    ['  we warn where it points', count((v) => v.outcome === 'machine-warned')],
    ['  we do not', count((v) => v.outcome === 'machine-missed')],
  ];
  return rows.map(([k, n]) => `${k.padEnd(48)} ${n}`).join('\n');
}
