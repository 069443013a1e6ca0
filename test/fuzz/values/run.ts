// The full differential value sweep: `npm run fuzz:values [-- --values N --seed S]`. Prints the
// disagreements with systemd-analyze per parser, explained (exceptions.ts) and unexplained, and writes
// them all to test-results/fuzz-values/report.json. Exit status 1 when any is unexplained.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sweep, type Disagreement } from './sweep';

const { values: args } = parseArgs({ options: {
  values: { type: 'string', default: '100000' },
  seed: { type: 'string', default: '252' },
  show: { type: 'string', default: '3' },
} });

function hostVersion(): number {
  const out = execFileSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  return Number(/systemd (\d+)/.exec(out)?.[1]);
}

function byParser(list: Disagreement[]): Map<string, Disagreement[]> {
  const out = new Map<string, Disagreement[]>();
  for (const d of list) {
    const key = `${d.parser} systemd:${d.oracle} us:${d.ours}${d.exception ? ` [${d.exception.kind}: ${d.exception.id}]` : ''}`;
    out.set(key, [...(out.get(key) ?? []), d]);
  }
  return new Map([...out].sort((a, b) => b[1].length - a[1].length));
}

async function main(): Promise<void> {
  const version = hostVersion();
  const started = Date.now();
  const result = await sweep(version, Number(args.seed), Number(args.values));
  const show = Number(args.show);
  for (const [key, list] of byParser(result.disagreements)) {
    console.log(`${String(list.length).padStart(6)}  ${key}`);
    for (const d of list.slice(0, d0(key) ? show : 0)) {
      console.log(`          ${d.directive}=${JSON.stringify(d.value).slice(0, 100)}  systemd: ${d.systemd.join(' / ').slice(0, 120)}  us: ${d.ourMessages.join(' / ').slice(0, 120)}`);
    }
  }
  const gaps = result.disagreements.filter((d) => d.exception?.kind === 'gap').length;
  const deliberate = result.disagreements.filter((d) => d.exception?.kind === 'deliberate').length;
  console.log(`VALUES systemd ${version} seed ${args.seed}: ${result.judged}/${result.values} values judged (${result.unjudged} hidden by fatal lines) `
    + `over ${result.parsers} parsers in ${((Date.now() - started) / 1000).toFixed(1)}s; disagreements ${result.disagreements.length}: `
    + `deliberate ${deliberate}, known gaps ${gaps}, unexplained ${result.unexplained.length}`);
  const out = resolve(__dirname, '../../../test-results/fuzz-values');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'report.json'), JSON.stringify(result, (_key, v: unknown) => (v instanceof RegExp ? String(v) : v), 1));
  process.exitCode = result.unexplained.length ? 1 : 0;
}

/** Examples are printed for unexplained and gap groups; deliberate ones are understood. */
function d0(key: string): boolean {
  return !key.includes('[deliberate');
}

void main();
