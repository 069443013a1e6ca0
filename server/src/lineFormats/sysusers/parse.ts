// sysusers.d lines as systemd-sysusers 252 reads them: blank lines and `#` comments skipped, the
// others split into six columns (type, name, ID, GECOS, home, shell) with quotes and backslashes
// (../words.ts); anything after the sixth is an error. Never throws; offsets are UTF-16 columns.
import { splitWords, strippedBounds, textLines, type SplitLine, type Word } from '../words';

export const SYSUSERS_COLUMNS = ['type', 'name', 'id', 'gecos', 'home', 'shell'] as const;
export type SysusersColumn = (typeof SYSUSERS_COLUMNS)[number];

export interface SysusersLine {
  line: number;
  words: Word[];
  /** Where text after the sixth column starts, if there is any. */
  trailing?: number;
  error?: SplitLine['error'];
  start: number;
  end: number;
}

export function parseSysusers(text: string, limit = 100_000): SysusersLine[] {
  const out: SysusersLine[] = [];
  const lines = textLines(text);
  for (let n = 0; n < lines.length && out.length < limit; n++) {
    const entry = parseSysusersLine(lines[n], n);
    if (entry) out.push(entry);
  }
  return out;
}

export function parseSysusersLine(lineText: string, line: number): SysusersLine | undefined {
  const { start, end } = strippedBounds(lineText);
  if (start >= end || lineText[start] === '#') return undefined;
  const split = splitWords(lineText, 6, start, end);
  const entry: SysusersLine = { line, words: split.words, start, end };
  if (split.error) entry.error = split.error;
  else if (split.rest < end) entry.trailing = split.rest;
  return entry;
}

export function sysusersColumnAt(entry: Pick<SysusersLine, 'words'>, character: number): { column: SysusersColumn | undefined; word?: Word } {
  for (let i = 0; i < entry.words.length; i++) {
    const word = entry.words[i];
    if (character >= word.start && character <= word.end) return { column: SYSUSERS_COLUMNS[i], word };
    if (character < word.start) return { column: SYSUSERS_COLUMNS[i] };
  }
  return { column: SYSUSERS_COLUMNS[entry.words.length] };
}
