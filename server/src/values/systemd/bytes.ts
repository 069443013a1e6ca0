// Byte sizes exactly as systemd's parse_size() reads them (base 1024; suffixes E P T G M K B in falling
// order, each at most once; fractions; no sign, no 64-bit overflow), percentages as parse_permyriad()
// reads them (`50%`, `12.5%`, `12.34%`, `5‰`, `12‱`), and `infinity` where the spec allows it.
import type { ValueValidator } from '../types';
import { UINT64_MAX, parseCInteger, scanDecimal, skipBlanks } from './cnumber';
import { error } from './issue';

const SIZE_TABLE: readonly (readonly [string, bigint])[] = [
  ['E', 1n << 60n], ['P', 1n << 50n], ['T', 1n << 40n], ['G', 1n << 30n], ['M', 1n << 20n], ['K', 1n << 10n], ['B', 1n], ['', 1n],
];

/** parse_size(text, 1024): the size in bytes, or undefined when systemd refuses it. */
export function parseSize(text: string): bigint | undefined {
  let total = 0n;
  let from = 0;
  let p = 0;
  do {
    p = skipBlanks(text, p);
    const n = scanDecimal(text, p);
    if (n.end === p || n.overflow) return undefined;
    if (text[p] === '-') return undefined;
    let e = n.end;
    let fraction = 0;
    if (text[e] === '.') {
      e++;
      const digits = /^[0-9]+/.exec(text.slice(e))?.[0] ?? '';
      if (digits) fraction = Number(`0.${digits}`);
      e += digits.length;
    }
    e = skipBlanks(text, e);
    const i = SIZE_TABLE.findIndex(([suffix], index) => index >= from && text.startsWith(suffix, e));
    if (i < 0) return undefined;
    const factor = SIZE_TABLE[i][1];
    if (n.value + (fraction > 0 ? 1n : 0n) > UINT64_MAX / factor) return undefined;
    total += n.value * factor + BigInt(Math.floor(fraction * Number(factor)));
    if (total > UINT64_MAX) return undefined;
    p = e + SIZE_TABLE[i][0].length;
    from = i + 1;
  } while (p < text.length);
  return total;
}

export function isSize(value: string): boolean {
  return parseSize(value) !== undefined;
}

/** parse_permyriad_unbounded(): `N%` with up to two decimals, `N‰` with one, `N‱`; in 1/10000. */
export function parsePermyriad(text: string): number | undefined {
  const forms: readonly (readonly [string, number, number])[] = [['\u2031', 0, 1], ['\u2030', 1, 10], ['%', 2, 100]];
  for (const [symbol, places, scale] of forms) {
    if (!text.endsWith(symbol)) continue;
    const body = text.slice(0, -symbol.length);
    const dot = body.indexOf('.');
    const decimals = dot < 0 ? '' : body.slice(dot + 1);
    if (dot >= 0 && (decimals.length === 0 || decimals.length > places || !/^[0-9]+$/.test(decimals))) return undefined;
    const whole = parseCInteger(dot < 0 ? body : body.slice(0, dot), false);
    if (whole === undefined || whole < 0n || whole > 2_147_483_647n) return undefined;
    const value = Number(whole) * scale + Number(decimals.padEnd(places, '0') || '0');
    return value > 2_147_483_647 ? undefined : value;
  }
  return undefined;
}

/** A percentage systemd takes for a share (0% to 100%). */
export function isPercent(value: string): boolean {
  const v = parsePermyriad(value.trim());
  return v !== undefined && v <= 10_000;
}

export const validateBytes: ValueValidator = (value, spec) => {
  const v = value.trim();
  if (v === '' || isSize(v)) return [];
  if (spec.values?.some((w) => w.name === v)) return [];
  if (spec.percent && isPercent(v)) return [];
  const forms = ['512M', '1G'];
  if (spec.percent) forms.push('50%');
  if (spec.values?.length) forms.push(...spec.values.map((w) => w.name));
  return [error(`'${value}' is not a byte size: write a number with an optional K, M, G, T, P or E suffix (${forms.join(', ')}).`, 0, value.length)];
};
