// Python's shlex.shlex in its default (non-POSIX) mode, as supervisor's dict_of_key_value_pairs
// uses it: word characters extended with `/.+-():`, quotes kept in the token, `#` starts a
// comment to the end of the line, any other character is a token of its own.
export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface LexResult {
  tokens: Token[];
  /** Offset of a quote that is never closed (Python raises "No closing quotation"). */
  unclosedQuote?: number;
}

const WORD = /[A-Za-z0-9_/.+\-():]/;
const BLANK = /[ \t\r\n]/;

export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (BLANK.test(c)) { i++; continue; }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    if (WORD.test(c)) {
      while (i < text.length && WORD.test(text[i])) i++;
    } else if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return { tokens, unclosedQuote: start };
      i = close + 1;
    } else {
      i++;
    }
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
  return { tokens };
}
