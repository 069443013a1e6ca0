// Agreement figures of one family, as test/agreement/systemd/compare.ts counts them for units:
// - recall: the daemon's line messages on which we report an error or a warning (per entry: a message on
//   a continuation line matches its entry), plus the files it refuses whole on which we report anything;
// - precision of our errors: our errors on a line the daemon names, or in a file it refuses whole
//   without naming a line (a single-defect mutant: the one defect is what it refused);
// - clean files: files the daemon reads without a word, on which we must report no error.
import type { Diagnostic } from 'vscode-languageserver-types';
import { entryStarts } from '../systemd/compare';
import type { OurReport } from '../systemd/ours';
import type { OracleResult } from './oracle';

export interface Mismatch { file: string; line: number; text: string }

export interface Figures {
  oracleLines: number;
  matched: number;
  recall: number;
  /** Files refused whole (with no line named), and how many we report anything on. */
  refusedFiles: number;
  refusedFlagged: number;
  ourErrors: number;
  confirmedErrors: number;
  precision: number;
  missed: Mismatch[];
  unconfirmed: Mismatch[];
}

const isError = (d: Diagnostic) => (d.severity ?? 1) === 1;
const isProblem = (d: Diagnostic) => (d.severity ?? 1) <= 2;

export function compare(oracle: OracleResult, ours: OurReport[], files: readonly string[]): Figures {
  const mappers = new Map<string, (line: number) => number>();
  const lineOf = (file: string, line: number) => {
    let m = mappers.get(file);
    if (!m) mappers.set(file, (m = entryStarts(file)));
    return m(line);
  };
  const byFile = new Map(ours.map((r) => [r.file, r.diagnostics]));
  const diagnostics = (file: string) => byFile.get(file) ?? [];

  const wanted = new Set(files);
  const oracleKeys = new Set<string>();
  const missed: Mismatch[] = [];
  let matched = 0;
  for (const o of oracle.lines.filter((x) => wanted.has(x.file))) {
    const line = lineOf(o.file, o.line);
    const key = `${o.file}:${line}`;
    if (oracleKeys.has(key)) continue;
    oracleKeys.add(key);
    if (diagnostics(o.file).some((d) => isProblem(d) && lineOf(o.file, d.range.start.line) === line)) matched++;
    else missed.push({ file: o.file, line: line + 1, text: o.message });
  }
  const namesLines = new Set(oracle.lines.map((o) => o.file));
  const refusedOnly = [...oracle.refused.keys()].filter((f) => wanted.has(f) && !namesLines.has(f));
  const refusedFlagged = refusedOnly.filter((f) => diagnostics(f).some(isProblem));
  for (const f of refusedOnly.filter((x) => !refusedFlagged.includes(x))) missed.push({ file: f, line: 0, text: `refused whole: ${oracle.refused.get(f) ?? ''}` });

  let ourErrors = 0;
  let confirmed = 0;
  const unconfirmed: Mismatch[] = [];
  for (const file of files) {
    for (const d of diagnostics(file).filter(isError)) {
      ourErrors++;
      const line = lineOf(file, d.range.start.line);
      if (oracleKeys.has(`${file}:${line}`) || refusedOnly.includes(file)) confirmed++;
      else unconfirmed.push({ file, line: line + 1, text: `${String(d.code)}: ${d.message}` });
    }
  }
  const oracleLines = oracleKeys.size + refusedOnly.length;
  const hits = matched + refusedFlagged.length;
  return {
    oracleLines, matched: hits, recall: oracleLines ? hits / oracleLines : 1,
    refusedFiles: refusedOnly.length, refusedFlagged: refusedFlagged.length,
    ourErrors, confirmedErrors: confirmed, precision: ourErrors ? confirmed / ourErrors : 1, missed, unconfirmed,
  };
}
