// The oracle: `systemd-analyze verify` on the corpus. Only its configuration messages count:
// line-level ones (`PATH:LINE: message`) and the unit-level refusals of the *_verify() checks
// ("Service has ... Refusing.", "Timer unit lacks value setting. Refusing."). Messages about missing executables, other units, bus names or
// man pages say nothing about the file's syntax and are left out.
import { execFile } from 'node:child_process';
import { lstatSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface OracleLine {
  file: string;
  line: number;
  message: string;
  /** `notice`: systemd takes the line but warns (legacy settings); `reject`: the line is ignored or refused. */
  kind: 'reject' | 'notice';
}

export interface OracleResult {
  lines: OracleLine[];
  /** Files whose unit systemd refuses as a whole for a service setting. */
  refused: Set<string>;
}

const NOTICE = /is obsolete|will be removed|has been removed and it is ignored|is deprecated|Unit uses KillMode=none|please update/i;
/** The refusals of service_verify(), socket_verify(), mount_verify(), swap_verify(), timer_verify(), path_verify(), ... */
const UNIT_REFUSALS = ['Service has ', 'Service is of type D-Bus ', 'Unit has ', 'Unit configured for accepting sockets', 'MaxConnection= ',
  'Explicit service configuration ', 'Where= setting ', 'What= setting is missing', 'Cannot create mount unit ', 'Cannot have an automount ',
  'Timer unit lacks ', 'Path unit lacks ', 'Slice name ', 'More than one '];
const REFUSAL = new RegExp(`^(${UNIT_REFUSALS.join('|')}).*Refusing( to load)?\\.$`
  + '|^Value of What= and unit name do not match, not loading\\.$|^ExtraOptions= setting may not contain reserved option ');

/**
 * Batches whose files have distinct unit names (verify loads units by name) and distinct BusName=
 * (two services with one bus name in a batch make systemd refuse the second for that alone).
 */
export function batches(files: string[], size: number): string[][] {
  const out: { keys: Set<string>; files: string[]; alone: boolean }[] = [];
  for (const file of files) {
    const keys = [basename(file), ...busNames(file).map((n) => `bus:${n}`)];
    // A name the host has as an alias may be merged into its target by other units of the batch,
    // and systemd then reports it under the target's name: such a file is checked alone.
    const alone = hostAlias(basename(file));
    let batch = alone ? undefined : out.find((b) => b.files.length < size && !b.alone && !keys.some((k) => b.keys.has(k)));
    if (!batch) out.push((batch = { keys: new Set(), files: [], alone }));
    keys.forEach((k) => batch.keys.add(k));
    batch.files.push(file);
  }
  return out.map((b) => b.files);
}

const HOST_UNIT_FOLDERS = ['/usr/lib/systemd/system', '/lib/systemd/system', '/etc/systemd/system'];

function hostAlias(name: string): boolean {
  return HOST_UNIT_FOLDERS.some((dir) => {
    try {
      return lstatSync(join(dir, name)).isSymbolicLink();
    } catch {
      return false;
    }
  });
}

function busNames(file: string): string[] {
  try {
    return [...readFileSync(file, 'utf8').matchAll(/^[ \t]*BusName[ \t]*=[ \t]*(\S+)/gm)].map((m) => m[1]);
  } catch {
    return [];
  }
}

function verify(files: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile('systemd-analyze', ['verify', '--man=no', ...files], { maxBuffer: 64 << 20, timeout: 600_000 },
      (_error, stdout, stderr) => resolve(`${stdout}\n${stderr}`));
  });
}

export function parseVerify(output: string, files: string[]): OracleResult {
  const byName = new Map(files.map((f) => [basename(f), f]));
  const known = new Set(files);
  const lines: OracleLine[] = [];
  const refused = new Set<string>();
  for (const text of output.split('\n')) {
    const m = /^(\/[^:]+):(\d+): (.*)$/.exec(text);
    if (m && known.has(m[1])) {
      lines.push({ file: m[1], line: Number(m[2]) - 1, message: m[3], kind: NOTICE.test(m[3]) ? 'notice' : 'reject' });
      continue;
    }
    const unit = /^([^\s:/]+): (.*)$/.exec(text);
    if (unit && REFUSAL.test(unit[2])) {
      // verify checks a template through an instance: `foo@i.service` stands for `foo@.service`.
      const file = byName.get(unit[1]) ?? byName.get(unit[1].replace(/@[^.]+\./, '@.'));
      if (file) refused.add(file);
    }
  }
  return { lines, refused };
}

export async function runOracle(files: string[], parallel = 4): Promise<OracleResult> {
  const result: OracleResult = { lines: [], refused: new Set() };
  const queue = batches(files, 40);
  async function worker(): Promise<void> {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const part = parseVerify(await verify(batch), batch);
      result.lines.push(...part.lines);
      part.refused.forEach((f) => result.refused.add(f));
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return result;
}
