// Sizes, percentages, time spans and terminal numbers as the daemons' own parsers read them (systemd 252).
import { compareVersions } from '../../../schema/version';
import { parseBoolean, timespanError } from '../../systemd';
import { isPercent, parseSize } from '../../systemd/bytes';
import { parseCInteger } from '../../systemd/cnumber';
import { error, warning } from '../../systemd/issue';
import { validateRlimit } from '../../systemd/limits';
import type { ValueValidator } from '../../types';

/** journald's Compress=: a boolean, or a size threshold; a bare 0 or 1 is taken with a warning. */
export const validateCompress: ValueValidator = (value) => {
  const v = value.trim();
  if (v === '0' || v === '1') {
    return [warning(`Compress=${v} is ambiguous: journald reads it as ${v === '1' ? 'yes' : 'no'}; write yes, no or a size such as 1K.`, 0, value.length)];
  }
  if (parseBoolean(v) !== undefined || parseSize(v) !== undefined) return [];
  return [error(`'${value}' is neither a boolean nor a byte size (yes, no, 512, 1K).`, 0, value.length)];
};

/** journald's LineMax=: a size; below 79 it is raised to 79 with a warning. */
export const validateLineMax: ValueValidator = (value) => {
  const size = parseSize(value.trim());
  if (size === undefined) return [error(`'${value}' is not a byte size: write a number with an optional K, M or G suffix (48K, 1M).`, 0, value.length)];
  if (size < 79n) return [warning(`LineMax= below 79 is raised to 79.`, 0, value.length)];
  return [];
};

/** oomd 252's permyriad limits: a percentage up to 100% (N%, N.NN%, N‰, N‱), never a bare number. */
export const validatePermyriad: ValueValidator = (value, _spec, context) => (isPercent(value.trim()) ? []
  : [error(`'${value}' is not a percentage: ${context.key}= takes a value from 0% to 100%, such as 60% or 12.5%.`, 0, value.length)]);

/** CrashChangeVT=: a boolean or a virtual terminal number from 1 to 63. */
export const validateCrashVt: ValueValidator = (value) => {
  const v = value.trim();
  if (parseBoolean(v) !== undefined) return [];
  const n = parseCInteger(v, true);
  if (n !== undefined && n >= 1n && n <= 63n) return [];
  return [error(`'${value}' is neither a boolean nor a virtual terminal number from 1 to 63.`, 0, value.length)];
};

/** The managers' watchdog times: a time span, `default` or `off`. */
export const validateWatchdog: ValueValidator = (value) => {
  const v = value.trim();
  if (v === 'default' || v === 'off' || timespanError(v) < 0) return [];
  return [error(`'${value}' is not a time span: write a span such as 30s or 10min, default, or off.`, 0, value.length)];
};

/** TimerSlackNSec=: a time span whose bare numbers are nanoseconds. */
export const validateNsec: ValueValidator = (value) => (timespanError(value.trim(), { nsec: true }) < 0 ? []
  : [error(`'${value}' is not a time span: write numbers with units such as 50us, 1ms or 10ns.`, 0, value.length)]);

/** system.conf's DefaultLimitXXX= read as a unit's LimitXXX=; .nspawn's LimitXXX= already are. */
export const validateDaemonRlimit: ValueValidator = (value, spec, context) =>
  validateRlimit(value, spec, { ...context, key: context.key.replace(/^Default(?=Limit)/, '') }).map((issue) =>
    ({ ...issue, message: issue.message.replace(/\bLimit([A-Z]+)=/, `${context.key}=`) }));

/** A key read as a boolean up to the release in spec.max and ignored (with a notice) after it. */
export const validateBooleanUntil: ValueValidator = (value, spec, context) => {
  if (spec.max !== undefined && compareVersions(context.version, spec.max) > 0) return [];
  return parseBoolean(value.trim()) !== undefined ? []
    : [error(`'${value}' is not a boolean: ${context.key}= takes yes or no up to systemd ${spec.max ?? ''}.`, 0, value.length)];
};
