// Splitting text into physical lines the way LSP counts them (\r\n, \n and \r all end a line).
import type { Position, Range } from 'vscode-languageserver-types';

export interface RawLine {
  text: string;
  eol: string;
}

export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */ || ch === 13 /* \r */) {
      const eol = ch === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : text[i];
      lines.push({ text: text.slice(start, i), eol });
      i += eol.length - 1;
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), eol: '' });
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

/** Index of the first character that is not a space or tab, or the length when there is none. */
export function firstNonBlank(text: string): number {
  let i = 0;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last character that is not whitespace. */
export function lastNonBlank(text: string): number {
  let i = text.length;
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
