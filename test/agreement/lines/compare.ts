// Line-by-line comparison of our findings with the tool's errors, per family.
import type { LineIssue } from '../../../server/src/lineFormats/issues';
import type { OracleResult } from './oracle';

export interface Tally {
  oracleLines: number;
  matched: number;
  ourLines: number;
  confirmed: number;
  /** Messages that named no line: placed on the line they point to (placeLineless), else counted as missed. */
  lineless: number;
  linelessPlaced: number;
  missed: string[];
  unconfirmed: string[];
}

export function emptyTally(): Tally {
  return { oracleLines: 0, matched: 0, ourLines: 0, confirmed: 0, lineless: 0, linelessPlaced: 0, missed: [], unconfirmed: [] };
}

/** Our findings that count as "the tool refuses this line": errors, and users or groups this machine lacks. */
export function counted(issue: LineIssue): boolean {
  return issue.severity === 'error' || /\/unknown-(user|group)$/.test(issue.code);
}

/**
 * Some errors name no line: tmpfiles' attribute errors name the path (`Unknown file attribute 'Q' on
 * '/a'.`), its escape errors the argument (`Failed to unescape parameter to write: a\qb`), sysusers
 * the group a user line names (`Group adm not found.`). Each is placed on the one line that says so.
 */
function placeLineless(message: string, text: string): number | undefined {
  const lines = text.split('\n');
  const path = /on '([^']*)'\.$/.exec(message)?.[1];
  const argument = /^Failed to unescape parameter to write: (.+)$/.exec(message)?.[1];
  const group = /^Group (\S+) not found\.$/.exec(message)?.[1];
  const found = lines.map((l, i) => ({ l, i })).filter(({ l }) => (path !== undefined && l.trim().split(/\s+/)[1] === path)
    || (argument !== undefined && l.trimEnd().endsWith(argument))
    || (group !== undefined && /^u$/.test(l.trim().split(/\s+/)[0]) && (l.trim().split(/\s+/)[2] ?? '').endsWith(`:${group}`)));
  return found.length === 1 ? found[0].i + 1 : undefined;
}

export function tallyFile(t: Tally, name: string, text: string, oracle: OracleResult, ours: readonly LineIssue[]): void {
  const theirs = new Map(oracle.lines);
  for (const message of oracle.lineless) {
    t.lineless++;
    const line = placeLineless(message, text);
    if (line !== undefined) {
      t.linelessPlaced++;
      theirs.set(line, message);
    } else {
      t.oracleLines++;
      t.missed.push(`${name}: (no line) ${message}`);
    }
  }
  const mine = new Map<number, LineIssue>();
  for (const issue of ours) if (counted(issue) && !mine.has(issue.line + 1)) mine.set(issue.line + 1, issue);
  for (const [line, message] of theirs) {
    t.oracleLines++;
    if (mine.has(line)) t.matched++;
    else t.missed.push(`${name}:${line}: ${message}`);
  }
  for (const [line, issue] of mine) {
    t.ourLines++;
    if (theirs.has(line)) t.confirmed++;
    else t.unconfirmed.push(`${name}:${line}: ${issue.code} ${issue.message}`);
  }
}

export const recall = (t: Tally) => (t.oracleLines ? t.matched / t.oracleLines : 1);
export const precision = (t: Tally) => (t.ourLines ? t.confirmed / t.ourLines : 1);
