// systemd-analyze security --offline=yes as a user runs it: on unit files by path, several at once.
// The text output gives each unit's overall exposure; the JSON output (with SYSTEMD_ANALYZE_DEBUG=1,
// which adds the weight, badness and range columns) gives every check, in the same order of units.
import { execFile } from 'node:child_process';
import { basename } from 'node:path';
import { batches } from '../systemd/oracle';

export interface OracleCheck {
  name: string;
  /** null when the check does not apply. */
  badness: number | null;
}

export interface OracleUnit {
  file: string;
  /** The name systemd scored it under (a template's instance is `i`). */
  unit: string;
  /** Tenths. */
  exposure: number;
  label: string;
  checks: OracleCheck[];
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve) => {
    // Exit status is 1 when a unit is over the threshold (10 here, never) or one fails to load: the output still counts.
    execFile('systemd-analyze', args, { env, maxBuffer: 256 << 20, encoding: 'utf8' }, (_error, stdout) => resolve(stdout));
  });
}

/** The JSON arrays printed one after another, one per unit. */
function jsonArrays(text: string): unknown[][] {
  const out: unknown[][] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) out.push(JSON.parse(trimmed.replace(/:18446744073709551615/g, ':-1')) as unknown[]);
  }
  return out;
}

async function batch(files: string[]): Promise<OracleUnit[]> {
  const base = ['security', '--offline=yes', '--no-pager', '--threshold=100'];
  const env = { ...process.env, SYSTEMD_COLORS: '0', LC_ALL: 'C.UTF-8' };
  const [text, json] = await Promise.all([run([...base, ...files], env), run([...base, '--json=short', ...files], { ...env, SYSTEMD_ANALYZE_DEBUG: '1' })]);
  const overall = [...text.matchAll(/Overall exposure level for (\S+): (\d+)\.(\d) (\w+)/g)];
  const tables = jsonArrays(json);
  const out: OracleUnit[] = [];
  overall.forEach((m, i) => {
    const unit = m[1] ?? '';
    const file = files.find((f) => f.endsWith(`/${unit}`) || f.endsWith(`/${unit.replace(/@i\./, '@.')}`));
    const rows = (tables[i] ?? []) as { name: string; badness: number }[];
    if (!file) return;
    out.push({
      file, unit, exposure: Number(m[2]) * 10 + Number(m[3]), label: m[4] ?? '',
      checks: rows.map((r) => ({ name: r.name, badness: r.badness < 0 ? null : r.badness })),
    });
  });
  return out;
}

/** Every unit systemd scored; files it could not load are left out. */
export async function runSecurityOracle(files: string[], parallel = 2): Promise<OracleUnit[]> {
  // A template's drop-ins apply to its instances: an instance and a template of one name go to different batches.
  const template = (f: string) => basename(f).replace(/@[^.]*\./, '@.');
  const queue = batches(files, 60).flatMap((batch) => {
    const out: string[][] = [];
    for (const file of batch) {
      const into = out.find((b) => !b.some((other) => template(other) === template(file)));
      if (into) into.push(file);
      else out.push([file]);
    }
    return out;
  });
  const out: OracleUnit[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) out.push(...await batch(next));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}
