// Server time of one keystroke in a large file, in process: the edit applied to the document, the
// lines around it parsed again, and the rules redoing what it changed (incremental/), against a full
// analysis of the same text. `node --import tsx bench/incrementalEdit.ts` prints the figures alone.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
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
  /** A line break typed at the end of the edit line and deleted again: every line below moves. */
  newlineP50: number;
  newlineP99: number;
  /** The same in the middle of the file (the unit: inside its 8,000-entry [Service]). */
  middleNewlineP50: number;
  /** The edit line deleted with its line break, and typed back. */
  lineDeletedP50: number;
  /** Three lines pasted above the edit line, and removed again. */
  pasteP50: number;
  /** A full analysis and check of the same text, for comparison. */
  fullP50: number;
}

type EditKind = 'character' | 'newline' | 'delete line' | 'paste';

/** The change of edit `i` (even: the edit, odd: its undoing) at `line`, whose text is `text`. */
function changeAt(kind: EditKind, i: number, line: number, text: string, pasted: string): TextDocumentContentChangeEvent {
  const end = { line, character: text.length };
  const start = { line, character: 0 };
  const next = { line: line + 1, character: 0 };
  const undo = i % 2 === 1;
  switch (kind) {
    case 'character': return undo ? { range: { start: end, end: { line, character: text.length + 1 } }, text: '' } : { range: { start: end, end }, text: '7' };
    case 'newline': return undo ? { range: { start: end, end: next }, text: '' } : { range: { start: end, end }, text: '\n' };
    case 'delete line': return undo ? { range: { start, end: start }, text: text + '\n' } : { range: { start, end: next }, text: '' };
    case 'paste': return undo ? { range: { start, end: { line: line + 3, character: 0 } }, text: '' } : { range: { start, end: start }, text: pasted };
  }
}

function run(fixture: Fixture, edits: number, kind: EditKind, line = fixture.editLine): number[] {
  let document = TextDocument.create(fixture.uri, fixture.languageId, 1, fixture.text);
  let analyzed = analyze(fixture.uri, 1, fixture.text, fixture.languageId) as AnalyzedDocument;
  const memo: FindingsMemo = {};
  computeDiagnostics(analyzed, DEFAULT_SETTINGS, undefined, undefined, memo);
  const lines = fixture.text.split('\n');
  const pasted = lines.slice(line, line + 3).join('\n') + '\n';
  const samples: number[] = [];
  for (let i = 0; i < edits; i++) {
    const change = changeAt(kind, i, line, lines[line], pasted);
    const start = performance.now();
    document = TextDocument.update(document, [change], i + 2);
    analyzed = reanalyze(analyzed, i + 2, document.getText(), fixture.languageId) as AnalyzedDocument;
    computeDiagnostics(analyzed, DEFAULT_SETTINGS, undefined, undefined, memo);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The first entry line from the middle of the fixture on. */
function middleLine(fixture: Fixture): number {
  const lines = fixture.text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (line < lines.length - 1 && !/^[A-Za-z_]+\s*=/.test(lines[line])) line++;
  return line;
}

export function incrementalFigures(edits = 400): IncrementalFigures[] {
  return [stressUnit(), stressSupervisor()].map((fixture) => {
    run(fixture, 50, 'character'); // warm up
    run(fixture, 20, 'newline');
    const typed = run(fixture, edits, 'character');
    const lineEdits = Math.ceil(edits / 4);
    const newline = run(fixture, lineEdits, 'newline');
    const middle = run(fixture, lineEdits, 'newline', middleLine(fixture));
    const deleted = run(fixture, lineEdits, 'delete line');
    const pasted = run(fixture, lineEdits, 'paste');
    const full: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      const a = analyze(fixture.uri, 1, fixture.text, fixture.languageId);
      if (a) computeDiagnostics(a, DEFAULT_SETTINGS);
      full.push(performance.now() - start);
    }
    return { fixture: fixture.name, lines: fixture.text.split('\n').length, typeP50: median(typed), typeP99: percentile(typed, 99),
      newlineP50: median(newline), newlineP99: percentile(newline, 99), middleNewlineP50: median(middle),
      lineDeletedP50: median(deleted), pasteP50: median(pasted), fullP50: median(full) };
  });
}

if (require.main === module) {
  for (const f of incrementalFigures()) console.log(JSON.stringify(f));
}
