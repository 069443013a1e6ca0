// The words of an `Exec*=` line as systemd's extract_first_word reads them with EXTRACT_UNQUOTE and
// EXTRACT_CUNESCAPE: quotes group blanks into one word and are removed; a backslash starts a C escape
// (`\n`, `\t`, `\x41`, `\101`, `\u00e9`, `\s` for a blank) in and out of quotes. Each word keeps its
// source span and whether any part of it was quoted (a quoted `|` is meant literally).

export interface ExecWord {
  text: string;
  start: number;
  end: number;
  quoted: boolean;
}

const SIMPLE: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', s: ' ', '\\': '\\', '"': '"', '\'': '\'' };

/** One C escape at `value[i]` (just after the backslash): the text it stands for and how many characters it takes. */
function unescapeAt(value: string, i: number): { text: string; length: number } {
  const c = value[i];
  if (c in SIMPLE) return { text: SIMPLE[c], length: 1 };
  const hex = (digits: number, from: number): { text: string; length: number } | undefined => {
    const run = value.slice(from, from + digits);
    if (run.length !== digits || !/^[0-9a-fA-F]+$/.test(run)) return undefined;
    const code = parseInt(run, 16);
    return code <= 0x10ffff ? { text: String.fromCodePoint(code), length: digits + (from - i) } : undefined;
  };
  if (c === 'x') return hex(2, i + 1) ?? { text: c, length: 1 };
  if (c === 'u') return hex(4, i + 1) ?? { text: c, length: 1 };
  if (c === 'U') return hex(8, i + 1) ?? { text: c, length: 1 };
  const octal = /^[0-3][0-7]{2}/.exec(value.slice(i, i + 3));
  if (octal) return { text: String.fromCharCode(parseInt(octal[0], 8)), length: 3 };
  // systemd refuses other escapes (the value validator says so); shown as the character itself.
  return { text: c ?? '', length: c === undefined ? 0 : 1 };
}

const BLANK = /[ \t\n\r]/;

/** At most `max` words; an unclosed quote ends the last word at the end of the value. */
export function execWords(value: string, max = 500): ExecWord[] {
  const words: ExecWord[] = [];
  let i = 0;
  while (i < value.length && words.length < max) {
    while (i < value.length && BLANK.test(value[i])) i++;
    if (i >= value.length) break;
    const start = i;
    let text = '';
    let quote = '';
    let quoted = false;
    for (; i < value.length; i++) {
      const ch = value[i];
      if (!quote && BLANK.test(ch)) break;
      if (ch === '\\' && i + 1 < value.length) {
        const escape = unescapeAt(value, i + 1);
        text += escape.text;
        i += escape.length;
        continue;
      }
      if (quote ? ch === quote : ch === '"' || ch === '\'') {
        quote = quote ? '' : ch;
        quoted = true;
        continue;
      }
      text += ch;
    }
    words.push({ text, start, end: i, quoted });
  }
  return words;
}
