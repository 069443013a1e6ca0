// What Python's int() accepts, since supervisor converts numbers with it: optional blanks and
// sign, digits with single underscores between them.
const INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
const OCTAL = /^\s*[+-]?(?:0[oO]_?)?[0-7]+(?:_[0-7]+)*\s*$/;

export function isPythonInt(text: string): boolean {
  return INT.test(text);
}

/** `int(text, 8)`: `022`, `0o22`, `22`. */
export function isPythonOctal(text: string): boolean {
  return OCTAL.test(text);
}

export function pythonInt(text: string): number {
  return parseInt(text.replace(/_/g, '').trim(), 10);
}

/** Where the value's non-blank text starts and ends, for issue ranges. */
export function trimmed(value: string): { start: number; end: number } {
  const start = value.length - value.trimStart().length;
  return { start, end: Math.max(start, value.trimEnd().length) };
}
