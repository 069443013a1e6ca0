// Numbers as the C library reads them for systemd: strtoull/strtoll in base 10 (the end offset matters:
// systemd parses on from there) and safe_ato*() in base 0 (`0x1f` hex, `017` octal), with 64-bit bounds.
export const UINT64_MAX = (1n << 64n) - 1n;
export const INT64_MAX = (1n << 63n) - 1n;

/** Blanks systemd's WHITESPACE skips: space, tab, newline, carriage return. */
export function skipBlanks(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  return i;
}

export interface Scanned {
  value: bigint;
  /** Offset after the digits; equal to the start when nothing was read. */
  end: number;
  /** The number does not fit (strtoull/strtoll set ERANGE). */
  overflow: boolean;
}

/** strtoull/strtoll(text + start, &end, 10): blanks, an optional sign, decimal digits. */
export function scanDecimal(text: string, start: number, max: bigint = UINT64_MAX): Scanned {
  let i = start;
  while (i < text.length && ' \t\n\r\v\f'.includes(text[i])) i++;
  let negative = false;
  if (text[i] === '+' || text[i] === '-') negative = text[i++] === '-';
  const digitsStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsStart) return { value: 0n, end: start, overflow: false };
  const value = BigInt(text.slice(digitsStart, i));
  return { value: negative ? -value : value, end: i, overflow: value > max };
}

/**
 * safe_atou64()/safe_atou()/safe_atoi(): the whole text is one number in base 0 (0x hex, leading 0
 * octal), leading blanks allowed, nothing after it. Undefined when it is not one; the caller checks range.
 * `unsigned` refuses a minus sign before anything but zero, as safe_atou* do.
 */
export function parseCInteger(text: string, unsigned: boolean): bigint | undefined {
  const m = /^[ \t\n\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  const body = m[2];
  const value = /^0[xX]/.test(body) ? BigInt(body) : body.length > 1 && body.startsWith('0') ? BigInt(`0o${body.slice(1)}`) : BigInt(body);
  if (unsigned && m[1] === '-' && value !== 0n) return undefined; // "-0" passes, as it does in systemd
  return m[1] === '-' ? -value : value;
}
