// C escapes as systemd's cunescape_one() reads them in command lines: \a \b \f \n \r \t \v \\ \" \' \s,
// \xHH, \uHHHH, \UHHHHHHHH and \OOO octal. Others are kept as written, with a warning.

export interface Escape {
  start: number;
  end: number;
  /** Undefined for an escape systemd does not know. */
  char: string | undefined;
}

const SIMPLE: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', '\'': '\'', s: ' ' };

export function escapesIn(text: string): Escape[] {
  const out: Escape[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') continue;
    const next = text[i + 1];
    if (next === undefined) break;
    // Only the next few characters are read: a long run of backslashes stays linear.
    const hex = (n: number): string | undefined => {
      const digits = text.slice(i + 2, i + 2 + n);
      return digits.length === n && /^[0-9a-fA-F]+$/.test(digits) ? digits : undefined;
    };
    let length = 2;
    let char: string | undefined = SIMPLE[next];
    if (next === 'x' || next === 'u' || next === 'U') {
      const digits = hex(next === 'x' ? 2 : next === 'u' ? 4 : 8);
      const code = digits === undefined ? NaN : parseInt(digits, 16);
      char = digits !== undefined && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
      if (digits !== undefined) length += digits.length;
    } else if (/^[0-7]{3}$/.test(text.slice(i + 1, i + 4))) {
      const code = parseInt(text.slice(i + 1, i + 4), 8);
      char = code > 0 && code < 256 ? String.fromCharCode(code) : undefined;
      length = 4;
    }
    out.push({ start: i, end: i + length, char });
    i += length - 1;
  }
  return out;
}
