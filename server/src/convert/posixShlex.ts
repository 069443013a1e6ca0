// Python's shlex.split (POSIX mode, no comments), which supervisord uses to turn `command=` into
// argv, and shlex.quote, which writes a word that shlex.split reads back unchanged.

export interface SplitResult {
  words: string[];
  /** Why Python would refuse the text ("No closing quotation"), when it does. */
  error?: string;
}

const BLANK = /[ \t\r\n]/;

export function shlexSplit(text: string): SplitResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (BLANK.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === '\\') {
      if (i + 1 >= text.length) return { words, error: 'No escaped character' };
      word += text[i + 1];
      i += 2;
    } else if (c === '\'') {
      const close = text.indexOf('\'', i + 1);
      if (close < 0) return { words, error: 'No closing quotation' };
      word += text.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return { words, error: 'No closing quotation' };
        const d = text[i];
        if (d === '"') { i++; break; }
        // Inside double quotes a backslash escapes only a double quote or a backslash.
        if (d === '\\' && i + 1 < text.length && (text[i + 1] === '"' || text[i + 1] === '\\')) { word += text[i + 1]; i += 2; continue; }
        word += d;
        i++;
      }
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { words };
}

const SAFE = /^[\w@%+=:,./-]+$/;

/** shlex.quote: the word as is when every character is safe, else in single quotes. */
export function shlexQuote(word: string): string {
  if (word === '') return '\'\'';
  if (SAFE.test(word)) return word;
  return `'${word.replace(/'/g, '\'"\'"\'')}'`;
}
