// Byte sizes as systemd's parse_size() reads them (base 1024, suffixes B K M G T P E), plus
// percentages and `infinity` where the spec allows them.
import type { ValueValidator } from '../types';
import { error } from './issue';

const SIZE = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[ \t]*[KMGTPEB]?$/;

export function isSize(value: string): boolean {
  const parts = value.trim().match(/(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[ \t]*[KMGTPEB]?/g);
  if (!parts) return false;
  const joined = parts.join('').replace(/[ \t]/g, '');
  return joined === value.replace(/[ \t]/g, '') && parts.every((p) => SIZE.test(p.trim()));
}

/** `50%` or `12.34%` (systemd also reads permyriad with two decimals). */
export function isPercent(value: string): boolean {
  return /^[0-9]+(?:\.[0-9]{1,2})?%$/.test(value.trim());
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
