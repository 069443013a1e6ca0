// `%x` specifiers as systemd's specifier_printf() reads them: `%%` is a percent sign, a letter or
// digit outside the table is an error (the line is skipped), any other character after `%` is kept
// with it, and a `%` at the end stays.

/** The first unknown specifier in `text`: its offset (of the `%`) and letter; undefined when all are known. */
export function unknownSpecifier(text: string, known: Readonly<Record<string, string>>): { at: number; letter: string } | undefined {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '%') continue;
    const next = text[i + 1];
    if (next === undefined) return undefined;
    i++;
    if (next === '%') continue;
    if (/^[A-Za-z0-9]$/.test(next) && !Object.prototype.hasOwnProperty.call(known, next)) return { at: i - 1, letter: next };
  }
  return undefined;
}

/** Offsets in `raw` (a column as written, quotes included) of each character of its unquoted text. */
export function unquotedOffsets(raw: string): number[] {
  const at: number[] = [];
  let quote = '';
  for (let p = 0; p < raw.length; p++) {
    const c = raw[p];
    if (c === '\\' && p + 1 < raw.length) { at.push(p + 1); p++; continue; }
    if (quote) { if (c === quote) quote = ''; else at.push(p); continue; }
    if (c === '"' || c === '\'') { quote = c; continue; }
    at.push(p);
  }
  return at;
}
