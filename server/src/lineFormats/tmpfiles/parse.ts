// tmpfiles.d lines as systemd-tmpfiles 252 reads them: blank lines and lines starting with `#`
// (after blanks) are skipped; the others hold up to six columns (type, path, mode, user, group,
// age), split with quotes and backslashes (../words.ts), and an argument: the rest of the line as
// written. Never throws; every offset is a UTF-16 column of its line.
import { splitWords, strippedBounds, textLines, type SplitLine, type Word } from '../words';

export const TMPFILES_COLUMNS = ['type', 'path', 'mode', 'user', 'group', 'age', 'argument'] as const;
export type TmpfilesColumn = (typeof TMPFILES_COLUMNS)[number];

export interface TmpfilesLine {
  line: number;
  /** The six columns as far as they are written. */
  words: Word[];
  /** The rest of the line after the age column, raw (quotes and escapes kept, as systemd keeps them). */
  argument?: Word;
  error?: SplitLine['error'];
  /** Where the line's text starts and ends, blanks around it left out. */
  start: number;
  end: number;
}

/** Lines systemd reads as entries (comments and blank lines left out); at most `limit` of them. */
export function parseTmpfiles(text: string, limit = 100_000): TmpfilesLine[] {
  const out: TmpfilesLine[] = [];
  const lines = textLines(text);
  for (let n = 0; n < lines.length && out.length < limit; n++) {
    const entry = parseTmpfilesLine(lines[n], n);
    if (entry) out.push(entry);
  }
  return out;
}

export function parseTmpfilesLine(lineText: string, line: number): TmpfilesLine | undefined {
  const { start, end } = strippedBounds(lineText);
  if (start >= end || lineText[start] === '#') return undefined;
  const split = splitWords(lineText, 6, start, end);
  const entry: TmpfilesLine = { line, words: split.words, start, end };
  if (split.error) entry.error = split.error;
  else if (split.words.length === 6 && split.rest < end) {
    const raw = lineText.slice(split.rest, end);
    entry.argument = { text: raw, raw, start: split.rest, end };
  }
  return entry;
}

/** The column at a UTF-16 offset of the line: the word under it, or the one a new word there would be. */
export function tmpfilesColumnAt(entry: Pick<TmpfilesLine, 'words' | 'argument'>, character: number): { column: TmpfilesColumn; word?: Word } {
  for (let i = 0; i < entry.words.length; i++) {
    const word = entry.words[i];
    if (character >= word.start && character <= word.end) return { column: TMPFILES_COLUMNS[i], word };
    if (character < word.start) return { column: TMPFILES_COLUMNS[i] };
  }
  if (entry.argument && character >= entry.argument.start) return { column: 'argument', word: entry.argument };
  return { column: TMPFILES_COLUMNS[Math.min(entry.words.length, 6)] };
}
