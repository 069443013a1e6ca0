// The columns of a tmpfiles.d or sysusers.d line, split as systemd 252's extract_many_words() with
// EXTRACT_UNQUOTE splits them: blanks (space, tab, CR, LF) separate words, '…' and "…" group text
// with blanks in it (anywhere in a word: a"b c"d is one word), and a backslash takes the next
// character literally, inside quotes too. An unclosed quote or a backslash at the end of the line
// is an error. Offsets are UTF-16 columns of the line as the editor shows it.

/** One column: its text with quotes and backslashes removed, and where it was written. */
export interface Word {
  text: string;
  /** What the line says, quotes included. */
  raw: string;
  start: number;
  end: number;
}

export type SplitError = 'unclosed-quote' | 'trailing-backslash';

export interface SplitLine {
  words: Word[];
  /** Where the text after the last word begins (the line's end when nothing follows). */
  rest: number;
  /** The first word systemd cannot read, and why; the words before it are kept. */
  error?: { at: number; end: number; reason: SplitError };
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Leading and trailing blanks as systemd's strstrip() removes them. */
export function strippedBounds(line: string): { start: number; end: number } {
  let start = 0;
  let end = line.length;
  while (start < end && isBlank(line[start])) start++;
  while (end > start && isBlank(line[end - 1])) end--;
  return { start, end };
}

/** Up to `count` words of `line` between `from` and `to` (its stripped bounds). */
export function splitWords(line: string, count: number, from: number, to: number): SplitLine {
  const words: Word[] = [];
  let p = from;
  while (words.length < count) {
    while (p < to && isBlank(line[p])) p++;
    if (p >= to) return { words, rest: to };
    const start = p;
    let text = '';
    let quote = '';
    for (;;) {
      if (p >= to) {
        if (quote) return { words, rest: to, error: { at: start, end: to, reason: 'unclosed-quote' } };
        break;
      }
      const c = line[p];
      if (c === '\\') {
        if (p + 1 >= to) return { words, rest: to, error: { at: start, end: to, reason: 'trailing-backslash' } };
        text += line[p + 1];
        p += 2;
      } else if (quote) {
        if (c === quote) quote = '';
        else text += c;
        p++;
      } else if (c === '"' || c === '\'') {
        quote = c;
        p++;
      } else if (isBlank(c)) {
        break;
      } else {
        text += c;
        p++;
      }
    }
    words.push({ text, raw: line.slice(start, p), start, end: p });
  }
  while (p < to && isBlank(line[p])) p++;
  return { words, rest: p };
}

/** systemd's empty_or_dash(): the column is left to its default. */
export function isDefault(word: Word | undefined): boolean {
  return word === undefined || word.text === '' || word.text === '-';
}

/** The lines of a text with their offsets, split where systemd's read_line() ends one (LF, CRLF, CR). */
export function textLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
