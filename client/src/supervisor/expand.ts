/**
 * Python's `format % dict` as supervisor applies it to option values (`%(here)s`,
 * `%(program_name)s`, `%(process_num)02d`, `%(ENV_HOME)s`, `%%`). Only the conversions that
 * make sense in a config file are supported: `s`, `r`, `d`, `i`, `u`; anything else is reported
 * as an error, as Python would report an unknown name.
 */
export type Expansions = Readonly<Record<string, string | number>>;

export class ExpansionError extends Error {}

// Flags take every `0` (as Python's parser does), so the width cannot start with one: with `(\d*)` the
// two overlapping runs backtracked quadratically over `%000...` that ends in no conversion.
const SPEC = /%(?:\(([^)]*)\))?([#0\- +]*)([1-9]\d*)?(?:\.(\d+))?([a-zA-Z%])/y;

function pad(text: string, width: number, flags: string): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width, ' ');
  if (flags.includes('0') && /^[-+ ]?\d+$/.test(text)) {
    const sign = /^[-+ ]/.test(text) ? text[0] : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width, ' ');
}

export function expandPercent(format: string, values: Expansions): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const at = format.indexOf('%', i);
    if (at < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, at);
    SPEC.lastIndex = at;
    const m = SPEC.exec(format);
    if (!m) throw new ExpansionError(`badly formatted expansion at offset ${at}`);
    const [whole, key, flags = '', widthText = '', precision, conv] = m;
    i = at + whole.length;
    if (conv === '%' && key === undefined) {
      out += '%';
      continue;
    }
    if (key === undefined) throw new ExpansionError(`expansion at offset ${at} names no key`);
    if (!Object.prototype.hasOwnProperty.call(values, key)) {
      throw new ExpansionError(`unknown expansion name ${JSON.stringify(key)}`);
    }
    const value = values[key] as string | number;
    const width = widthText ? Number(widthText) : 0;
    let text: string;
    switch (conv) {
      case 's':
      case 'r':
        text = String(value);
        if (precision !== undefined) text = text.slice(0, Number(precision));
        break;
      case 'd':
      case 'i':
      case 'u': {
        const n = typeof value === 'number' ? value : Number.NaN;
        if (!Number.isInteger(n)) throw new ExpansionError(`%(${key})${conv} needs a number`);
        text = String(Math.abs(n));
        if (precision !== undefined) text = text.padStart(Number(precision), '0');
        text = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + text;
        break;
      }
      default:
        throw new ExpansionError(`unsupported conversion %${conv}`);
    }
    out += pad(text, width, flags);
  }
  return out;
}

/** `ENV_NAME` expansions from an environment, as supervisor offers them. */
export function envExpansions(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[`ENV_${k}`] = v;
  return out;
}
