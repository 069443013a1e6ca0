// Splitting text into physical lines the way LSP counts them (\r\n, \n and \r all end a line).
import type { Position, Range } from 'vscode-languageserver-types';
import type { Expansion, SourceLine } from './model';

/** The expansions of the many entries that have none: one shared, frozen empty list rather than one each. */
export const NO_EXPANSIONS = Object.freeze([]) as unknown as Expansion[];

/** The physical lines, each still of kind 'blank': the parsers classify them in place. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  if (!text.includes('\r')) {
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push({ text: text.slice(start, end), eol: '\n', kind: 'blank' });
      start = end + 1;
    }
    lines.push({ text: text.slice(start), eol: '', kind: 'blank' });
    return lines;
  }
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ text: text.slice(start, match.index), eol: match[0], kind: 'blank' });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), eol: '', kind: 'blank' });
  return lines;
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function spanRange(start: Position, end: Position): Range {
  return { start, end };
}

/** Index of the first character from `from` on that is not a space or tab, or the length when there is none. */
export function firstNonBlank(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last character before `end` that is not whitespace. */
export function lastNonBlank(text: string, end = text.length): number {
  let i = end;
  while (i > 0 && isWhitespace(text.charCodeAt(i - 1))) i--;
  return i;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** Whitespace as both daemons strip it: space, tab, and the other ASCII controls C and Python trim. */
export function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** The code units `/\s/` matches (JavaScript's WhiteSpace and LineTerminator), without a regex per character. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
