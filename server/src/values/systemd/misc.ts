// Validators for the smaller value kinds: file modes, percentages, exit statuses.
import type { ValueValidator } from '../types';
import { isPercent, isSize } from './bytes';
import { parseCInteger } from './cnumber';
import { error, words } from './issue';
import { isSignal } from './signal';

/** parse_mode(): octal digits up to 07777 (leading zeros do not count). */
export const validateMode: ValueValidator = (value) => {
  const v = value.trim();
  if (/^[0-7]+$/.test(v) && parseInt(v, 8) <= 0o7777) return [];
  return [error(`'${value}' is not an octal file mode such as 0755 or 022.`, 0, value.length)];
};

export const validatePercent: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  if (v === '') return [];
  if (/^[0-9]+(?:\.[0-9]+)?%$/.test(v)) return [];
  return [error(`${context.key}= takes a percentage such as 20% or 150%.`, 0, value.length)];
};

export const validateExitStatus: ValueValidator = (value, spec) => words(value).flatMap((w) => {
  const n = parseCInteger(w.text, true);
  if (n !== undefined) {
    return n <= 255n ? [] : [error(`${w.text} is not an exit status (0-255).`, w.start, w.end)];
  }
  if (isSignal(w.text) || spec.values?.some((v) => v.name === w.text)) return [];
  return [error(`'${w.text}' is not an exit status, exit status name or signal.`, w.start, w.end)];
});

export const validatePercentOrBytes: ValueValidator = (value) =>
  isPercent(value) || isSize(value) ? [] : [error(`'${value}' is not a size or percentage.`, 0, value.length)];

/** CoredumpFilter=: flag names, `default`, `all`, or hex masks (`0x7f`, `33`). */
export const validateCoredumpFilter: ValueValidator = (value, spec) => words(value).flatMap((w) => {
  if (/^(0[xX])?[0-9a-fA-F]{1,16}$/.test(w.text) || w.text === 'default' || w.text === 'all' || spec.values?.some((v) => v.name === w.text)) return [];
  return [error(`'${w.text}' is not a core dump flag name, default, all, or a hex mask.`, w.start, w.end)];
});

/** SyslogFacility=: a facility name or its number (0 to 127). */
export const validateFacility: ValueValidator = (value, spec) => {
  const v = value.trim();
  const n = parseCInteger(v, true);
  if ((n !== undefined && n <= 127n) || spec.values?.some((w) => w.name === v)) return [];
  return [error(`'${v}' is not a syslog facility name or number.`, 0, value.length)];
};
