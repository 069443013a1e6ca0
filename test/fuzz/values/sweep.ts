// One differential sweep: `count` seeded values spread over every directive of the release, judged by
// systemd-analyze and by us; each disagreement is explained by an exception or counted as unexplained.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng, caseSeed } from '../prng';
import { directivesAt, enumWords } from './directives';
import { explain, type ValueException } from './exceptions';
import { valueFor } from './generate';
import { judge, type FuzzValue, type Judged, type Verdict } from './oracle';
import { ourVerdicts } from './ours';

export interface Disagreement {
  directive: string;
  parser: string;
  value: string;
  oracle: Verdict;
  ours: Verdict;
  systemd: string[];
  ourMessages: string[];
  exception?: ValueException;
}

export interface SweepResult {
  values: number;
  judged: number;
  unjudged: number;
  parsers: number;
  disagreements: Disagreement[];
  unexplained: Disagreement[];
}

/** The values of a sweep: value i depends only on (seed, i); directives are taken in turn. */
export function sweepValues(version: number, seed: number, count: number): FuzzValue[] {
  const directives = directivesAt(version);
  const enums = enumWords(version);
  return Array.from({ length: count }, (_, i) => {
    const directive = directives[i % directives.length];
    return { directive, value: valueFor(directive, new Rng(caseSeed(seed, i)), enums) };
  });
}

export async function sweep(version: number, seed: number, count: number, chunk = 20_000): Promise<SweepResult> {
  // A short private folder: unit files only, removed at the end.
  const dir = mkdtempSync(join(tmpdir(), 'dcv-'));
  const all = sweepValues(version, seed, count);
  const result: SweepResult = {
    values: count, judged: 0, unjudged: 0, parsers: new Set(all.map((v) => v.directive.parser)).size, disagreements: [], unexplained: [],
  };
  try {
    for (let i = 0; i < all.length; i += chunk) {
      const { judged, unjudged } = await judge(mkdtempSync(join(dir, 'c')), all.slice(i, i + chunk));
      result.judged += judged.length;
      result.unjudged += unjudged;
      compare(judged, version, result);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

function compare(judged: Judged[], version: number, result: SweepResult): void {
  const ours = ourVerdicts(judged, version);
  judged.forEach((j, i) => {
    if (j.oracle === ours[i].verdict) return;
    const d: Disagreement = {
      directive: j.directive.name, parser: j.directive.parser, value: j.value, oracle: j.oracle, ours: ours[i].verdict,
      systemd: j.messages, ourMessages: ours[i].diagnostics.map((x) => (typeof x.message === 'string' ? x.message : x.message.value)),
    };
    d.exception = explain(d);
    result.disagreements.push(d);
    if (!d.exception) result.unexplained.push(d);
  });
}
