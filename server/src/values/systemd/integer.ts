// Integers with optional bounds; words listed in the spec (idle, infinity, ...) and `N%` where allowed.
import type { ValueValidator } from '../types';
import { isPercent } from './bytes';
import { parseCInteger } from './cnumber';
import { error } from './issue';

/** A whole number as safe_atoi()/safe_atou() read it: base 0 (`0x10` hex, `010` octal). */
export function parseInteger(value: string): number | undefined {
  const n = parseCInteger(value.trim(), false);
  return n === undefined ? undefined : Number(n);
}

export const validateInteger: ValueValidator = (value, spec) => {
  const v = value.trim();
  if (v === '') return [];
  if (spec.values?.some((w) => w.name === v)) return [];
  if (spec.percent && isPercent(v)) return [];
  const n = parseInteger(v);
  if (n === undefined) {
    const extra = spec.values?.length ? ` or ${spec.values.map((w) => w.name).join(', ')}` : '';
    return [error(`'${value}' is not a whole number${extra}.`, 0, value.length)];
  }
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    return [error(`${n} is out of range: allowed ${spec.min ?? '…'} to ${spec.max ?? '…'}.`, 0, value.length)];
  }
  return [];
};
