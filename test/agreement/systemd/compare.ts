// Agreement figures between the oracle and our checker.
// - recall: share of the oracle's line messages we flag (error or warning) on the same line; the
//   stricter share of lines systemd ignores or refuses that we report as errors is counted too;
// - precision of our errors: share of our errors that sit on a line the oracle complains about, or,
//   for our load-time checks, in a unit the oracle refuses as a whole;
// - clean units: real units systemd takes without a word, on which we must report no error.
// Lines are compared per entry, so a message on a continuation line matches the entry it belongs to.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseSystemd } from '../../../server/src/parse/systemd';
import { loadRefusalRules } from '../../../server/src/rules/systemd';
import { SOCKET_PATH_TOO_LONG } from '../../../server/src/rules/systemd/socketPaths';
import type { OracleResult } from './oracle';
import type { OurReport } from './ours';

/**
 * Our codes for units systemd refuses as a whole: the load-time checks, and a socket path too long to
 * bind (systemd names its line, then refuses the socket when it had nothing else to listen on).
 */
export const UNIT_LEVEL_CODES = new Set([...loadRefusalRules.map((r) => r.code), SOCKET_PATH_TOO_LONG]);

export interface Mismatch { file: string; line: number; text: string }

export interface Figures {
  oracleLines: number;
  matched: number;
  recall: number;
  /** Lines systemd ignores or refuses, and how many of them we report as errors. */
  rejects: number;
  matchedAsError: number;
  ourErrors: number;
  confirmedErrors: number;
  precision: number;
  /** Units the oracle refuses as a whole, and how many of them our load-time checks flag. */
  refusedUnits: number;
  refusedFlagged: number;
  /** Refused units none of our load-time checks flag. */
  unflagged: string[];
  missed: Mismatch[];
  unconfirmed: Mismatch[];
}

/** Maps a 0-based line to the first line of the entry that holds it (shared with the families' comparison). */
export function entryStarts(file: string): (line: number) => number {
  const doc = parseSystemd(readFileSync(file, 'utf8'));
  const start = new Map<number, number>();
  for (const s of doc.sections) {
    for (const e of s.entries) for (let l = e.range.start.line; l <= e.range.end.line; l++) start.set(l, e.range.start.line);
  }
  return (line) => start.get(line) ?? line;
}

export function compare(oracle: OracleResult, ours: OurReport[], files: string[]): Figures {
  const mappers = new Map<string, (line: number) => number>();
  const lineOf = (file: string, line: number) => {
    let m = mappers.get(file);
    if (!m) mappers.set(file, (m = entryStarts(file)));
    return m(line);
  };
  const byFile = new Map(ours.map((r) => [r.file, r.diagnostics]));
  const flagged = (file: string, line: number, severities: number[]) => (byFile.get(file) ?? [])
    .some((d) => severities.includes(d.severity ?? 1) && lineOf(file, d.range.start.line) === line);

  const oracleKeys = new Set<string>();
  const missed: Mismatch[] = [];
  let matched = 0;
  let matchedAsError = 0;
  let rejects = 0;
  const seen = new Set<string>();
  for (const o of oracle.lines) {
    const line = lineOf(o.file, o.line);
    const key = `${o.file}:${line}`;
    oracleKeys.add(key);
    if (seen.has(`${key}:${o.kind}`)) continue;
    seen.add(`${key}:${o.kind}`);
    if (o.kind === 'reject') rejects++;
    if (flagged(o.file, line, [1, 2])) matched++;
    else missed.push({ file: o.file, line: line + 1, text: o.message });
    if (o.kind === 'reject' && flagged(o.file, line, [1])) matchedAsError++;
  }
  let ourErrors = 0;
  let confirmed = 0;
  const unconfirmed: Mismatch[] = [];
  for (const file of files) {
    for (const d of (byFile.get(file) ?? []).filter((x: Diagnostic) => (x.severity ?? 1) === 1)) {
      ourErrors++;
      const line = lineOf(file, d.range.start.line);
      if (oracleKeys.has(`${file}:${line}`) || (UNIT_LEVEL_CODES.has(String(d.code)) && oracle.refused.has(file))) confirmed++;
      else unconfirmed.push({ file, line: line + 1, text: `${String(d.code)}: ${d.message}` });
    }
  }
  const isFlagged = (file: string) => (byFile.get(file) ?? []).some((d) => (d.severity ?? 1) === 1 && UNIT_LEVEL_CODES.has(String(d.code)));
  const refusedFlagged = [...oracle.refused].filter(isFlagged);
  const oracleLines = seen.size;
  return {
    oracleLines, matched, recall: oracleLines ? matched / oracleLines : 1, rejects, matchedAsError,
    ourErrors, confirmedErrors: confirmed, precision: ourErrors ? confirmed / ourErrors : 1,
    missed, unconfirmed, refusedUnits: oracle.refused.size, refusedFlagged: refusedFlagged.length,
    unflagged: [...oracle.refused].filter((file) => !isFlagged(file)),
  };
}
