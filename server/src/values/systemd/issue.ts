// Small helpers shared by the systemd validators.
import type { ValueIssue } from '../types';

/** systemd's WHITESPACE: only these separate words; a no-break space is part of a word. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function error(message: string, start: number, end: number, code?: string): ValueIssue {
  return code ? { message, start, end, severity: 'error', code } : { message, start, end, severity: 'error' };
}

export function warning(message: string, start: number, end: number, code?: string): ValueIssue {
  return code ? { message, start, end, severity: 'warning', code } : { message, start, end, severity: 'warning' };
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Whitespace-separated words with their offsets (no quoting). */
export function words(value: string): Word[] {
  const out: Word[] = [];
  for (const m of value.matchAll(/[^ \t\n\r]+/g)) out.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/**
 * Words as systemd's extract_first_word reads them with quotes: `"a b"` and `'a b'` are one word, the
 * quotes removed; a backslash escapes the next character. `unbalanced` is set when a quote is not closed.
 */
export function quotedWords(value: string): { words: Word[]; unbalanced: boolean } {
  const out: Word[] = [];
  const n = value.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(value.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    // Most words have no quote or backslash: those are a plain slice, with no per-character concatenation.
    while (i < n) {
      const c = value.charCodeAt(i);
      if (c === 92 || c === 34 || c === 39 || isSpace(c)) break;
      i++;
    }
    let text = value.slice(start, i);
    let quote = '';
    for (; i < n; i++) {
      const ch = value[i];
      if (quote) {
        if (ch === '\\' && i + 1 < n) { text += value[++i]; continue; }
        if (ch === quote) { quote = ''; continue; }
        text += ch;
      } else {
        if (isSpace(value.charCodeAt(i))) break;
        if (ch === '\\' && i + 1 < n) { text += value[++i]; continue; }
        if (ch === '"' || ch === '\'') { quote = ch; continue; }
        text += ch;
      }
    }
    if (quote) return { words: out, unbalanced: true };
    out.push({ text, start, end: i });
  }
  return { words: out, unbalanced: false };
}
