// One random edit sequence analysed two ways: incrementally (each version from the one before, rule
// findings carried over) and from scratch. The parse and the diagnostics must be the same after
// every edit. Shared by test/fuzz/incremental.test.ts and the long run (incrementalRun.ts).
import { analyze, reanalyze, type AnalyzedDocument } from '../../server/src/analysis';
import { computeDiagnostics, type FindingsMemo } from '../../server/src/features/diagnostics';
import { notification, startingPoint } from './editSequences';
import { Rng } from './prng';

const settings = { systemdVersion: 252 };

export interface SequenceResult {
  edits: number;
  /** Edits analysed from the previous version (the rest were parsed whole: classification changed, say). */
  incremental: number;
  failure?: string;
}

/** Comparable form: what JSON keeps (the parser shares objects; a copy does not, and that is fine). */
const plain = (value: unknown) => JSON.stringify(value);

export function checkSequence(seed: number, edits: number): SequenceResult {
  const rng = new Rng(seed);
  const start = startingPoint(rng);
  const uri = `file:///incremental/${seed}/${start.name}`;
  let text = start.text;
  let analyzed: AnalyzedDocument | undefined = analyze(uri, 1, text, start.languageId);
  const memo: FindingsMemo = {};
  if (analyzed) computeDiagnostics(analyzed, settings, undefined, undefined, memo);
  let incremental = 0;
  for (let version = 2; version < 2 + edits; version++) {
    text = notification(rng, text).text;
    const next: AnalyzedDocument | undefined = analyzed ? reanalyze(analyzed, version, text, start.languageId) : analyze(uri, version, text, start.languageId);
    const fresh = analyze(uri, version, text, start.languageId);
    const where = () => `seed ${seed}, version ${version}, text ${JSON.stringify(text.slice(0, 400))}`;
    if ((next === undefined) !== (fresh === undefined)) return { edits, incremental, failure: `${where()}: classification differs` };
    analyzed = next;
    if (!next || !fresh) continue;
    if (next.edit) incremental++;
    if (plain(next.doc) !== plain(fresh.doc)) return { edits, incremental, failure: `${where()}: the parse differs${firstDifference(next.doc, fresh.doc)}` };
    const carried = plain(computeDiagnostics(next, settings, undefined, undefined, memo));
    const full = plain(computeDiagnostics(fresh, settings));
    if (carried !== full) return { edits, incremental, failure: `${where()}: diagnostics differ\n  carried ${carried.slice(0, 600)}\n  full    ${full.slice(0, 600)}` };
  }
  return { edits, incremental };
}

function firstDifference(a: object, b: object): string {
  for (const key of Object.keys(b) as (keyof typeof b)[]) {
    const x = plain(a[key]);
    const y = plain(b[key]);
    if (x === y) continue;
    let at = 0;
    while (at < x.length && x[at] === y[at]) at++;
    return ` in ${String(key)} at ${at}:\n  incremental ${x.slice(Math.max(0, at - 200), at + 200)}\n  full        ${y.slice(Math.max(0, at - 200), at + 200)}`;
  }
  return '';
}
