// Analyse a marked fixture as if it were open at `uri`.
import { analyze, type AnalyzedDocument } from '../../server/src/analysis';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { mark, type Marked } from './markers';

export function analyzeMarked(uri: string, source: string): { analyzed: AnalyzedDocument; marked: Marked } {
  const marked = mark(source);
  const analyzed = analyze(uri, 1, marked.text);
  if (!analyzed) throw new Error(`${uri} was not classified`);
  return { analyzed, marked };
}

export function diagnose(uri: string, text: string, systemdVersion = 252) {
  const analyzed = analyze(uri, 1, text);
  if (!analyzed) throw new Error(`${uri} was not classified`);
  return computeDiagnostics(analyzed, { systemdVersion }, undefined, (code, error) => { throw new Error(`rule ${code}: ${String(error)}`); });
}
