// Integers with optional bounds; words listed in the spec (idle, infinity, ...) and `N%` where allowed.
import type { ValueValidator } from '../types';
import { isPercent } from './bytes';
import { error } from './issue';

export function parseInteger(value: string): number | undefined {
  const v = value.trim();
  if (/^[-+]?[0-9]+$/.test(v)) return parseInt(v, 10);
  if (/^[-+]?0x[0-9a-fA-F]+$/.test(v)) return parseInt(v, 16);
  return undefined;
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
