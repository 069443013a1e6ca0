// Integers as config_parse_unsigned/int/long read them: safe_atou/safe_atoi (base 0: `0x10` is hex,
// `010` octal, `09` refused) within the C type's range, then the setting's own bounds and words.
import type { ValueValidator } from '../types';
import { isPercent } from './bytes';
import { parseCInteger } from './cnumber';
import { error } from './issue';

export function cIntegerValidator(min: bigint, max: bigint): ValueValidator {
  return (value, spec) => {
    const v = value.trim();
    if (v === '' || spec.values?.some((w) => w.name === v) || (spec.percent && isPercent(v))) return [];
    const n = parseCInteger(v, min >= 0n);
    if (n === undefined || n < min || n > max) {
      const extra = spec.values?.length ? ` or ${spec.values.map((w) => w.name).join(', ')}` : '';
      return [error(`'${value}' is not a whole number systemd takes here (${min} to ${max})${extra}.`, 0, value.length)];
    }
    if ((spec.min !== undefined && n < BigInt(spec.min)) || (spec.max !== undefined && n > BigInt(spec.max))) {
      return [error(`${n} is out of range: allowed ${spec.min ?? '…'} to ${spec.max ?? '…'}.`, 0, value.length)];
    }
    return [];
  };
}
