// Server time of one keystroke in a large file, in process: the edit applied to the document, the
// lines around it parsed again, and the rules redoing what it changed (incremental/), against a full
// analysis of the same text. `node --import tsx bench/incrementalEdit.ts` prints the figures alone.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, reanalyze, type AnalyzedDocument } from '../server/src/analysis';
import { computeDiagnostics, type FindingsMemo } from '../server/src/features/diagnostics';
import { DEFAULT_SETTINGS } from '../server/src/settings';
import { stressSupervisor, stressUnit, type Fixture } from './fixtures';
import { median, percentile } from './stats';

export interface IncrementalFigures {
  fixture: string;
  lines: number;
  /** One character typed and deleted again, alternately, at the end of the fixture's edit line. */
  typeP50: number;
  typeP99: number;
  /** A line break typed and deleted again: every line below moves. */
  newlineP50: number;
  /** A full analysis and check of the same text, for comparison. */
  fullP50: number;
}

function run(fixture: Fixture, edits: number, newline: boolean): number[] {
  let document = TextDocument.create(fixture.uri, fixture.languageId, 1, fixture.text);
  let analyzed = analyze(fixture.uri, 1, fixture.text, fixture.languageId) as AnalyzedDocument;
  const memo: FindingsMemo = {};
  computeDiagnostics(analyzed, DEFAULT_SETTINGS, undefined, undefined, memo);
  const line = fixture.editLine;
  const column = fixture.text.split('\n')[line].length;
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    const at = { line, character: column };
    const change = i % 2 === 0 ? { range: { start: at, end: at }, text: newline ? '\n' : '7' }
      : { range: { start: at, end: newline ? { line: line + 1, character: 0 } : { line, character: column + 1 } }, text: '' };
    const start = performance.now();
    document = TextDocument.update(document, [change], i + 2);
    analyzed = reanalyze(analyzed, i + 2, document.getText(), fixture.languageId) as AnalyzedDocument;
    computeDiagnostics(analyzed, DEFAULT_SETTINGS, undefined, undefined, memo);
    samples.push(performance.now() - start);
  }
  return samples;
}

export function incrementalFigures(edits = 400): IncrementalFigures[] {
  return [stressUnit(), stressSupervisor()].map((fixture) => {
    run(fixture, 50, false); // warm up
    const typed = run(fixture, edits, false);
    const newline = run(fixture, Math.ceil(edits / 4), true);
    const full: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      const a = analyze(fixture.uri, 1, fixture.text, fixture.languageId);
      if (a) computeDiagnostics(a, DEFAULT_SETTINGS);
      full.push(performance.now() - start);
    }
    return { fixture: fixture.name, lines: fixture.text.split('\n').length, typeP50: median(typed), typeP99: percentile(typed, 99),
      newlineP50: median(newline), fullP50: median(full) };
  });
}

if (require.main === module) {
  for (const f of incrementalFigures()) console.log(JSON.stringify(f));
}
