// Python's shlex.split in POSIX mode, as supervisord splits `command=` (and shlex.quote, its inverse,
// for the conversions that write a command= line): blanks separate words, single
// quotes keep everything, double quotes keep everything but `\"` and `\\`, and outside quotes a
// backslash keeps the next character. No comments. Python raises on an open quote or a lone trailing
// backslash; `error` says which, and the words read so far are kept.

export interface ShlexResult {
  words: { text: string; quoted: boolean }[];
  error?: 'No closing quotation' | 'No escaped character';
}

const BLANK = /[ \t\n\r]/;

export function posixShlexSplit(text: string, max = 500): ShlexResult {
  const words: { text: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length && words.length < max) {
    while (i < text.length && BLANK.test(text[i])) i++;
    if (i >= text.length) break;
    let word = '';
    let quoted = false;
    for (; i < text.length && !BLANK.test(text[i]); i++) {
      const c = text[i];
      if (c === '\\') {
        if (i + 1 >= text.length) return { words, error: 'No escaped character' };
        word += text[++i];
      } else if (c === '\'') {
        const close = text.indexOf('\'', i + 1);
        if (close < 0) return { words, error: 'No closing quotation' };
        word += text.slice(i + 1, close);
        quoted = true;
        i = close;
      } else if (c === '"') {
        quoted = true;
        let j = i + 1;
        for (; j < text.length && text[j] !== '"'; j++) {
          if (text[j] === '\\' && (text[j + 1] === '"' || text[j + 1] === '\\')) j++;
          word += text[j];
        }
        if (j >= text.length) return { words, error: 'No closing quotation' };
        i = j;
      } else {
        word += c;
      }
    }
    words.push({ text: word, quoted });
  }
  return { words };
}

const SAFE = /^[\w@%+=:,./-]+$/;

/** shlex.quote: the word as is when every character is safe, else in single quotes. */
export function shlexQuote(word: string): string {
  if (word === '') return '\'\'';
  if (SAFE.test(word)) return word;
  return `'${word.replace(/'/g, '\'"\'"\'')}'`;
}
