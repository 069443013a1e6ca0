// The oracle: the machine's `systemd-analyze verify` on units that each hold many fuzzed values, one per
// line. A line systemd names with "ignoring", "Failed to parse", "Unknown ..." or a fatal error is an
// error; a line it takes with a remark (unknown escapes, deprecated spellings) is a warning; a line it
// does not name is ok. A fatal line stops systemd's reading of the file: the lines after it are not
// judged and go into the next round.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzDirective } from './directives';

export type Verdict = 'error' | 'warning' | 'ok';

export interface FuzzValue {
  directive: FuzzDirective;
  value: string;
}

export interface Judged extends FuzzValue {
  oracle: Verdict;
  /** systemd's messages for the line. */
  messages: string[];
  /** Where it was checked, for our side. */
  file: string;
  line: number;
}

/** systemd takes the value and says something about it. */
const ACCEPTED_WITH_REMARK = /Ignoring unknown escape sequences|is deprecated|obsolete|please update|will be removed|not safe|which does not match strict/i;

export function verdictOf(messages: string[]): Verdict {
  if (messages.length === 0) return 'ok';
  return messages.every((m) => ACCEPTED_WITH_REMARK.test(m)) ? 'warning' : 'error';
}

const UNIT_TYPE: Readonly<Record<string, string>> = {
  Unit: 'service', Service: 'service', Socket: 'socket', Timer: 'timer', Path: 'path', Mount: 'mount',
  Swap: 'swap', Automount: 'automount', Slice: 'slice',
};

interface UnitFile {
  path: string;
  /** 1-based line → value. */
  lines: Map<number, FuzzValue>;
}

/** Writes the values of one unit type into files of at most `perFile` values under `dir`. */
function writeUnits(dir: string, prefix: string, type: string, values: FuzzValue[], perFile: number): UnitFile[] {
  const out: UnitFile[] = [];
  for (let i = 0; i < values.length; i += perFile) {
    // A mount unit's name must match its Where=; no value here depends on that, and the unit-level
    // message carries no line, so the names are plain.
    const path = join(dir, `${prefix}${out.length}.${type}`);
    const text: string[] = type === 'service' ? ['[Service]', 'ExecStart=/bin/true'] : [];
    const lines = new Map<number, FuzzValue>();
    let section = '';
    for (const v of values.slice(i, i + perFile)) {
      if (v.directive.section !== section) {
        section = v.directive.section;
        text.push(`[${section}]`);
      }
      text.push(`${v.directive.name}=${v.value}`);
      lines.set(text.length, v);
    }
    writeFileSync(path, text.join('\n') + '\n');
    out.push({ path, lines });
  }
  return out;
}

function verify(files: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile('systemd-analyze', ['verify', '--man=no', '--recursive-errors=no', ...files],
      { maxBuffer: 64 << 20, timeout: 300_000, env: { ...process.env, SYSTEMD_LOG_COLOR: '0', LANG: 'C' } },
      (_error, stdout, stderr) => resolve(`${stdout}\n${stderr}`));
  });
}

/** The unit failed to load: systemd stopped reading its file at the last line it named. */
const FATAL = /^(?:([^\s:/]+): Unit configuration has fatal error|Unit (\S+) (?:failed to load properly|has a bad unit file setting))/;

/** Messages without a line that still name one value: `Accepting user/group name 'x'`. */
const NAMED_VALUE = /^Accepting user\/group name '(.*)', which does not match strict user\/group name rules\.$/;

/**
 * Judges every value with systemd. Returns the judged values, in rounds until every value is judged
 * (a fatal line hides the lines after it) or `maxRounds` is spent; values still unjudged are dropped
 * and counted.
 */
export async function judge(dir: string, values: FuzzValue[], options: { perFile?: number; filesPerCall?: number; maxRounds?: number } = {}):
Promise<{ judged: Judged[]; unjudged: number }> {
  const perFile = options.perFile ?? 120;
  const filesPerCall = options.filesPerCall ?? 60;
  const judged: Judged[] = [];
  let pending = values;
  for (let round = 0; round < (options.maxRounds ?? 8) && pending.length; round++) {
    const byType = new Map<string, FuzzValue[]>();
    for (const v of pending) {
      const type = UNIT_TYPE[v.directive.section];
      byType.set(type, [...(byType.get(type) ?? []), v]);
    }
    const files = [...byType].flatMap(([type, vs]) =>
      writeUnits(dir, `r${round}x`, type, vs.sort((a, b) => a.directive.section.localeCompare(b.directive.section)), perFile));
    pending = [];
    for (let i = 0; i < files.length; i += filesPerCall) {
      const batch = files.slice(i, i + filesPerCall);
      const output = await verify(batch.map((f) => f.path));
      pending.push(...collect(batch, output, judged));
    }
  }
  return { judged, unjudged: pending.length };
}

/** Reads one verify run: adds the judged values, returns those after a fatal line. */
function collect(files: UnitFile[], output: string, judged: Judged[]): FuzzValue[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const messages = new Map<string, Map<number, string[]>>();
  const fatal = new Set<string>();
  const named: string[] = [];
  for (const text of output.split('\n')) {
    const m = /^(\/[^:]+):(\d+): (.*)$/.exec(text);
    if (m && byPath.has(m[1])) {
      const perLine = messages.get(m[1]) ?? new Map<number, string[]>();
      messages.set(m[1], perLine);
      perLine.set(Number(m[2]), [...(perLine.get(Number(m[2])) ?? []), m[3]]);
      continue;
    }
    const f = FATAL.exec(text);
    if (f) fatal.add(f[1] ?? f[2]);
    const n = NAMED_VALUE.exec(text);
    if (n) named.push(n[1]);
  }
  const rest: FuzzValue[] = [];
  for (const file of files) {
    const perLine = messages.get(file.path) ?? new Map<number, string[]>();
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const stop = fatal.has(name) ? Math.max(0, ...perLine.keys()) : Infinity;
    for (const [line, v] of file.lines) {
      if (line > stop) {
        rest.push(v);
        continue;
      }
      const said = [...(perLine.get(line) ?? [])];
      // A user name systemd accepts with a remark that names no line: the lines holding exactly it.
      const names = (v.directive.name === 'SupplementaryGroups' ? v.value.split(/[ \t]+/).map((x) => x.replace(/\\(.)/g, '$1')) : [v.value])
        .map((x) => x.replace(/%%/g, '%'));
      const accepted = /^(User|Group|SupplementaryGroups|SocketUser|SocketGroup)$/.test(v.directive.name) ? names.filter((x) => named.includes(x)) : [];
      for (const name of accepted) said.push(`Accepting user/group name '${name}', which does not match strict user/group name rules.`);
      judged.push({ ...v, oracle: verdictOf(said), messages: said, file: file.path, line });
    }
  }
  return rest;
}
