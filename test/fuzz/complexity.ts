// The complexity fuzzer: runs every analysis step (parse, classify, each rule, each feature at a few
// positions) on an input that doubles in size, and flags a step whose
// time grows faster than linearly. It compares ratios t(2n)/t(n), never absolute times, and each
// time is the least CPU time of a few runs, so a loaded machine slows both sides of a ratio alike.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis';
import { classify, pathOf } from '../../server/src/classify/classify';
import { quickFixes } from '../../server/src/features/codeActions';
import { complete } from '../../server/src/features/completion';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { fileInfo } from '../../server/src/features/fileInfo';
import { foldingRanges } from '../../server/src/features/folding';
import { hover } from '../../server/src/features/hover';
import { documentSymbols } from '../../server/src/features/symbols';
import { unitDefinition, unitLinks } from '../../server/src/features/unitLinks';
import { parse } from '../../server/src/parse';
import { commonRules } from '../../server/src/rules/common';
import { forgetValueVerdicts } from '../../server/src/rules/common/invalidValue';
import type { RuleContext } from '../../server/src/rules/types';
import { cpuMs, type Sandbox } from './check';
import type { Series } from './growth';

export interface Step {
  name: string;
  /** Untimed work before each run: a cold cache, or the step's input. */
  prepare?(): unknown;
  run(input: unknown): unknown;
}

const SETTINGS = { systemdVersion: 252 };

/** Positions to query: the start, the middle, the end of the longest line, the last line. */
function positions(document: TextDocument, text: string): [string, Position][] {
  let longest = 0;
  let longestLength = -1;
  for (let line = 0, start = 0; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    if (length > longestLength) [longest, longestLength] = [line, length];
    if (end < 0) break;
    start = end + 1;
  }
  return [
    ['start', { line: 0, character: 0 }],
    ['middle', document.positionAt(Math.floor(text.length / 2))],
    ['end of the longest line', { line: longest, character: longestLength }],
    ['last line', { line: document.lineCount - 1, character: 0 }],
  ];
}

/** Every step, on one text. The analysed document they share is made once, outside the timing. */
export function stepsFor(series: Series, text: string, sandbox: Sandbox): Step[] {
  const { uri, languageHint } = series;
  const steps: Step[] = [
    { name: 'parse systemd', run: () => parse(text, 'systemd') },
    { name: 'parse supervisor', run: () => parse(text, 'supervisor') },
    { name: 'classify by name', run: () => classify(uri, text, languageHint) },
    { name: 'classify by content', run: () => classify('file:///fuzz/plain/grow.conf', text) },
    { name: 'analyze', run: () => analyze(uri, 1, text, languageHint) },
  ];
  const analyzed = analyze(uri, 1, text, languageHint);
  if (analyzed) {
    const { doc, kind, support } = analyzed;
    const context: RuleContext = { doc, kind, schema: support.schema, settings: SETTINGS, filePath: pathOf(uri), workspace: sandbox.workspace };
    // Value verdicts are kept across analyses: forgotten before each run, which must pay the first analysis's cost.
    for (const rule of [...commonRules, ...support.rules]) {
      steps.push({ name: `rule ${rule.code}`, prepare: forgetValueVerdicts, run: () => rule.check(context) });
    }
    const version = kind.dialect === 'systemd' ? 252 : support.schema.latestVersion;
    steps.push(
      { name: 'diagnostics', prepare: forgetValueVerdicts, run: () => computeDiagnostics(analyzed, SETTINGS, sandbox.workspace) },
      {
        name: 'quick fixes',
        prepare: () => computeDiagnostics(analyzed, SETTINGS, sandbox.workspace),
        run: (diagnostics) => quickFixes(uri, diagnostics as Diagnostic[]),
      },
      { name: 'document symbols', run: () => documentSymbols(doc) },
      { name: 'folding ranges', run: () => foldingRanges(doc) },
      { name: 'document links', run: () => unitLinks(analyzed, sandbox.units) },
    );
    for (const [where, position] of positions(TextDocument.create(uri, languageHint, 1, text), text)) {
      steps.push(
        { name: `hover at ${where}`, run: () => hover(analyzed, position, version) },
        { name: `completion at ${where}`, run: () => complete(analyzed, position, { version, units: sandbox.units }) },
        { name: `definition at ${where}`, run: () => unitDefinition(analyzed, position, sandbox.units) },
        { name: `file info at ${where}`, run: () => fileInfo(analyzed, position, sandbox.workspace) },
      );
    }
  }
  return steps;
}

// A full collection before each measurement, so that none pays for the garbage of the one before
// (garbage collection threads count in the process's CPU time).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function timeOnce(step: Step, clean: boolean): number {
  const input = step.prepare?.();
  if (clean) collectGarbage();
  const began = cpuMs();
  try {
    step.run(input);
  } catch {
    // Throwing is the other fuzzer's business; here only the time counts.
  }
  return cpuMs() - began;
}

export interface GrowthOptions {
  /** First and last text sizes, in characters (doubling in between). */
  minSize?: number;
  maxSize?: number;
  /** Runs per measurement when a ratio looks too high (the least counts). */
  repeats?: number;
  /** t(2n)/t(n) above this is super-linear (linear is 2, quadratic 4). */
  limit?: number;
  /** Times below this many ms are noise: no verdict on them. */
  floorMs?: number;
  /** A measurement this slow with a ratio over the limit ends the series at once (and is not repeated). */
  capMs?: number;
}

export interface StepGrowth {
  step: string;
  sizes: number[];
  ms: number[];
}

export interface GrowthResult {
  series: string;
  /** The steps whose time grew faster than linearly, with their sizes and times. */
  superLinear: StepGrowth[];
  /** The largest size measured. */
  reached: number;
  /** The slowest step at the largest size. */
  slowest: { step: string; ms: number };
}

/** k for a text of about `size` characters. */
function repeatsFor(series: Series, size: number): number {
  const base = series.text(0).length;
  const per = Math.max(1, series.text(1).length - base);
  return Math.max(1, Math.round((size - base) / per));
}

/**
 * Measures a series from `minSize` to `maxSize`. A step is super-linear when its ratio stays over the
 * limit for three doublings running (each re-measured as the least of `repeats` runs on both sides),
 * or when one such doubling already costs more than `capMs`.
 */
export function measureGrowth(series: Series, sandbox: Sandbox, options: GrowthOptions = {}): GrowthResult {
  const { minSize = 256, maxSize = 1 << 20, repeats = 5, limit = 3, floorMs = 15, capMs = 3000 } = options;
  const history = new Map<string, StepGrowth>();
  const superLinear: StepGrowth[] = [];
  let previous: { text: string } | undefined;
  // A re-measurement runs the step from a fresh analysis: the shared one has caches the first run filled.
  const fresh = (text: string, name: string) => stepsFor(series, text, sandbox).find((s) => s.name === name);
  let reached = 0;
  let slowest = { step: '', ms: 0 };
  for (let size = minSize; size <= maxSize; size *= 2) {
    const text = series.text(repeatsFor(series, size));
    const steps = stepsFor(series, text, sandbox);
    slowest = { step: '', ms: 0 };
    for (const step of steps) {
      const growth = history.get(step.name) ?? { step: step.name, sizes: [], ms: [] };
      history.set(step.name, growth);
      const last = growth.ms.length - 1;
      // Collecting first costs more than most steps take: only for those slow enough to judge.
      let ms = timeOnce(step, last >= 0 && growth.ms[last] * 2 > floorMs);
      if (previous && last >= 0 && ms > floorMs && ms > limit * growth.ms[last] && ms < capMs) {
        // Looks super-linear: measure both sides again, from a clean heap, and keep the least of each.
        for (let r = 1; r < repeats; r++) {
          const again = fresh(text, step.name);
          const before = fresh(previous.text, step.name);
          if (again) ms = Math.min(ms, timeOnce(again, true));
          if (before) growth.ms[last] = Math.min(growth.ms[last], timeOnce(before, true));
        }
      }
      growth.sizes.push(text.length);
      growth.ms.push(ms);
      if (ms > slowest.ms) slowest = { step: step.name, ms };
      // Judged on the times as they stand now: a re-measurement may have lowered the one before.
      const over = (i: number) => i > 0 && growth.ms[i] > floorMs && growth.ms[i] > limit * growth.ms[i - 1];
      const now = growth.ms.length - 1;
      // Three doublings running: one or two can jump where the garbage collector's generations fill up.
      if (over(now) && ((over(now - 1) && over(now - 2)) || ms > capMs)) {
        superLinear.push(growth);
        break; // one is enough: the steps after it may be as slow
      }
    }
    reached = text.length;
    if (superLinear.length) break;
    previous = { text };
  }
  return { series: series.name, superLinear, reached, slowest };
}

/** A readable table of one step's growth, for failure messages. */
export function describeGrowth(growth: StepGrowth): string {
  return growth.sizes.map((size, i) => {
    const ratio = i > 0 && growth.ms[i - 1] > 0 ? ` (×${(growth.ms[i] / growth.ms[i - 1]).toFixed(1)})` : '';
    return `${size} chars: ${growth.ms[i].toFixed(1)} ms${ratio}`;
  }).join(', ');
}
