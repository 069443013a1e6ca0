// Our verdict on each case of Podman's own quadlet tests (corpus.generated.json, made by
// scripts/data/quadlet-corpus.mjs): an error from us means "quadlet refuses this file".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import type { WorkspaceView } from '../../../server/src/rules/types';
import { NEWEST_PODMAN } from '../../../server/src/schema/quadlet';
import { NEWEST_KNOWN_SYSTEMD } from '../../../server/src/settings';

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
  /** Our errors that say quadlet refuses the file: quadlet's rules and the syntax. */
  errors: Diagnostic[];
  /**
   * Our errors about the generated service, which systemd reads after quadlet converted the file: the unit
   * rules in [Unit], [Service] and [Install] (quadlet's tests carry values there that only systemd would
   * reject, such as `DynamicUser=foobar`). Not quadlet's verdict, so counted apart.
   */
  serviceErrors: Diagnostic[];
}

/** The codes that claim quadlet's verdict. */
const isQuadletVerdict = (d: Diagnostic) => String(d.code).startsWith('quadlet/') || String(d.code).startsWith('syntax/');

export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(join(__dirname, 'corpus.generated.json'), 'utf8')) as Corpus;
}

/** Where the cases are placed: quadlet's system folder, so that the file is told by its path as a user's would be. */
const FOLDER = '/etc/containers/systemd';

/** A workspace holding the case and the files the test places beside it, nothing else. */
function besideWorkspace(names: string[]): WorkspaceView {
  return {
    readFile: () => undefined,
    glob: (pattern, cwd) => (pattern === '*' && cwd === FOLDER ? names.map((n) => `${FOLDER}/${n}`) : []),
  };
}

/** Our errors on a case, the whole pipeline as the editor and the checker run it (syntax, generic and quadlet rules). */
export function judge(corpus: Corpus, c: QuadletCase): Verdict {
  const analyzed = analyze(`file://${FOLDER}/${c.file}`, 1, corpus.files[c.file]);
  if (!analyzed || analyzed.kind.dialect !== 'systemd' || analyzed.kind.family !== 'quadlet') throw new Error(`${c.file} is not read as a Quadlet file`);
  const settings = { systemdVersion: NEWEST_KNOWN_SYSTEMD, podmanVersion: NEWEST_PODMAN };
  const diagnostics = computeDiagnostics(analyzed, settings, besideWorkspace([c.file, ...(c.beside ?? [])]), (code, error) => {
    throw new Error(`rule ${code} failed on ${c.file}: ${String(error)}`);
  });
  const errors = diagnostics.filter((d) => d.severity === 1);
  return { case: c, errors: errors.filter(isQuadletVerdict), serviceErrors: errors.filter((d) => !isQuadletVerdict(d)) };
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
