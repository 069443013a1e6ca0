// Our verdict on each case of Podman's own quadlet tests (corpus.generated.json, made by
// scripts/data/quadlet-corpus.mjs): an error from us means "quadlet refuses this file".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parse } from '../../../server/src/parse';
import { checkQuadlet } from '../../../server/src/rules/quadlet';
import { NEWEST_PODMAN } from '../../../server/src/schema/quadlet';

export interface QuadletCase {
  file: string;
  expect: 'ok' | 'fail';
  /** What quadlet must print when it refuses the file. */
  message?: string;
  /** Other Quadlet files the test places beside it. */
  beside?: string[];
}

export interface Corpus {
  pin: { repository: string; tag: string; commit: string };
  cases: QuadletCase[];
  files: Record<string, string>;
}

export interface Verdict {
  case: QuadletCase;
  errors: Diagnostic[];
}

export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(join(__dirname, 'corpus.generated.json'), 'utf8')) as Corpus;
}

/** Our errors on a case, with the files quadlet loaded beside it known; syntax errors count too. */
export function judge(corpus: Corpus, c: QuadletCase): Verdict {
  const doc = parse(corpus.files[c.file], 'systemd');
  const quadletUnits = new Set([c.file, ...(c.beside ?? [])]);
  const diagnostics = checkQuadlet({ doc, fileName: c.file, podmanVersion: NEWEST_PODMAN, quadletUnits });
  const syntax = doc.problems.filter((p) => p.severity === 'error').map((p): Diagnostic => ({ range: p.range, message: p.message, code: p.code, severity: 1 }));
  return { case: c, errors: [...syntax, ...diagnostics.filter((d) => d.severity === 1)] };
}

export interface Figures {
  truePositives: number;
  falseNegatives: Verdict[];
  falsePositives: Verdict[];
  recall: number;
  precision: number;
}

export function figures(verdicts: Verdict[]): Figures {
  const failing = verdicts.filter((v) => v.case.expect === 'fail');
  const truePositives = failing.filter((v) => v.errors.length > 0).length;
  const falseNegatives = failing.filter((v) => v.errors.length === 0);
  const falsePositives = verdicts.filter((v) => v.case.expect === 'ok' && v.errors.length > 0);
  const flagged = truePositives + falsePositives.length;
  return {
    truePositives, falseNegatives, falsePositives,
    recall: failing.length === 0 ? 1 : truePositives / failing.length,
    precision: flagged === 0 ? 1 : truePositives / flagged,
  };
}
