// Reads the LSB comment block of an init script (`### BEGIN INIT INFO` ... `### END INIT INFO`)
// into keywords and words with their positions. The rest of the script is shell and is not read
// here. Line rules follow Debian's tools: `# Keyword: value`, and only Description may go on over
// lines that start with `#` and a tab or two blanks. It never throws.
import type { Range } from 'vscode-languageserver-types';
import { keywordFact } from './facts';

export interface LsbWord {
  text: string;
  range: Range;
}

export interface LsbEntry {
  /** As written (`Required-Start`). */
  keyword: string;
  keywordRange: Range;
  /** The value on the keyword's line, trimmed; continuation lines of Description are in `more`. */
  value: string;
  words: LsbWord[];
  /** The whole line. */
  range: Range;
  /** Continuation lines (Description only), trimmed. */
  more: string[];
}

export type LsbLineProblem = 'bad-line' | 'unterminated';

export interface LsbHeader {
  /** Line of `### BEGIN INIT INFO`. */
  beginLine: number;
  /** Line of `### END INIT INFO`; undefined when the block does not end (see `problems`). */
  endLine: number | undefined;
  entries: LsbEntry[];
  problems: { kind: LsbLineProblem; range: Range }[];
}

/** A block longer than this is read no further: real headers have about fifteen lines. */
const MAX_BLOCK_LINES = 400;
const BEGIN = '### BEGIN INIT INFO';
const END = '### END INIT INFO';
const KEYWORD_LINE = /^#([ \t]*)([A-Za-z][A-Za-z0-9_-]*):/;
const CONTINUATION = /^#(\t| {2})/;

export function splitLines(text: string): string[] {
  return text.split(/\r?\n|\r/);
}

function lineRange(line: number, text: string): Range {
  return { start: { line, character: 0 }, end: { line, character: text.length } };
}

/** The line of `### BEGIN INIT INFO` (blanks around it allowed, as systemd-sysv-generator strips them), or -1. */
export function beginLineOf(lines: readonly string[]): number {
  return lines.findIndex((l) => l.trim() === BEGIN);
}

function wordsOf(line: number, text: string, from: number): LsbWord[] {
  const words: LsbWord[] = [];
  for (const m of text.slice(from).matchAll(/\S+/g)) {
    const start = from + (m.index ?? 0);
    words.push({ text: m[0], range: { start: { line, character: start }, end: { line, character: start + m[0].length } } });
  }
  return words;
}

/** A keyword line: the known keywords with any blanks after `#`, others (possible typos) with one blank as Debian writes them. */
function keywordEntry(line: number, text: string): LsbEntry | undefined {
  const m = KEYWORD_LINE.exec(text);
  if (!m) return undefined;
  const [, blanks, keyword] = m;
  if (!keywordFact(keyword) && blanks !== ' ') return undefined;
  const start = 1 + blanks.length;
  const valueStart = start + keyword.length + 1;
  return {
    keyword,
    keywordRange: { start: { line, character: start }, end: { line, character: start + keyword.length } },
    value: text.slice(valueStart).trim(),
    words: wordsOf(line, text, valueStart),
    range: lineRange(line, text),
    more: [],
  };
}

/** The first LSB block of the text; undefined when it has none. */
export function parseLsbHeader(text: string): LsbHeader | undefined {
  return lsbHeaderOfLines(splitLines(text));
}

export function lsbHeaderOfLines(lines: readonly string[]): LsbHeader | undefined {
  const beginLine = beginLineOf(lines);
  if (beginLine < 0) return undefined;
  const header: LsbHeader = { beginLine, endLine: undefined, entries: [], problems: [] };
  let last: LsbEntry | undefined;
  const stop = Math.min(lines.length, beginLine + 1 + MAX_BLOCK_LINES);
  for (let line = beginLine + 1; line < stop; line++) {
    const raw = lines[line];
    const text = raw.trimEnd();
    if (text.trim() === END) {
      header.endLine = line;
      return header;
    }
    if (!text.trimStart().startsWith('#')) {
      header.problems.push({ kind: 'unterminated', range: lineRange(line, raw) });
      return header;
    }
    const entry = keywordEntry(line, text);
    if (entry) {
      header.entries.push(entry);
      last = entry;
    } else if (last?.keyword.toLowerCase() === 'description' && CONTINUATION.test(text)) {
      const more = text.slice(1).trim();
      if (more) last.more.push(more);
    } else {
      header.problems.push({ kind: 'bad-line', range: lineRange(line, raw) });
      last = undefined;
    }
  }
  header.problems.push({ kind: 'unterminated', range: lineRange(stop - 1, lines[stop - 1] ?? '') });
  return header;
}

/** The entries for a keyword (case-insensitive), in order. */
export function entriesOf(header: LsbHeader, keyword: string): LsbEntry[] {
  const lower = keyword.toLowerCase();
  return header.entries.filter((e) => e.keyword.toLowerCase() === lower);
}

/** The words of the first entry for a keyword; empty when it is missing. */
export function wordsFor(header: LsbHeader, keyword: string): string[] {
  return entriesOf(header, keyword)[0]?.words.map((w) => w.text) ?? [];
}
