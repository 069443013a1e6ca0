// Validators for supervisor's scalar datatypes: boolean, integer, byte_size, octal_type,
// signal_number, auto_restart, logging_level, list_of_exitcodes.
import type { ValueValidator } from '../types';
import { FALSE_WORDS, LOG_LEVELS, SIGNAL_NAMES, TRUE_WORDS } from '../../schema/supervisor/kinds';
import { at, commaItems, whole } from './issue';
import { isPythonInt, isPythonOctal, pythonInt } from './python';

const BOOLEAN_WORDS = [...TRUE_WORDS, ...FALSE_WORDS];
const spelled = BOOLEAN_WORDS.map((w) => `'${w}'`).join(', ');

export const boolean: ValueValidator = (value, _spec, ctx) =>
  BOOLEAN_WORDS.includes(value.toLowerCase()) ? []
    : whole(value, `${ctx.key} takes a boolean (${spelled}); supervisord refuses '${value}'.`);

export const integer: ValueValidator = (value, spec, ctx) => {
  if (!isPythonInt(value)) return whole(value, `${ctx.key} takes a whole number; supervisord refuses '${value}'.`);
  const n = pythonInt(value);
  if (spec.min !== undefined && n < spec.min) return whole(value, `${ctx.key} must be at least ${spec.min}.`);
  if (spec.max !== undefined && n > spec.max) return whole(value, `${ctx.key} must be at most ${spec.max}.`);
  return [];
};

const SUFFIXES = ['kb', 'mb', 'gb'];

export const byteSize: ValueValidator = (value, _spec, ctx) => {
  const lower = value.toLowerCase();
  const suffix = SUFFIXES.find((s) => lower.endsWith(s));
  const number = suffix ? value.slice(0, -suffix.length) : value;
  if (isPythonInt(number)) return [];
  return whole(value, `${ctx.key} takes a size in bytes, optionally with KB, MB or GB ('50MB', '1KB', '0'); supervisord refuses '${value}'.`);
};

export const octal: ValueValidator = (value, _spec, ctx) =>
  isPythonOctal(value) ? []
    : whole(value, `${ctx.key} takes an octal number such as '022' or '0700'; supervisord refuses '${value}'.`);

/** Signal numbers Python's signal module names on Linux (0 comes from SIG_BLOCK/SIG_DFL). */
const SIGNAL_NUMBERS = new Set([...Array.from({ length: 32 }, (_, i) => i), 34, 64]);
const EXTRA_SIGNAL_ATTRS = ['_DFL', '_IGN', '_BLOCK', '_UNBLOCK', '_SETMASK'];

export const signal: ValueValidator = (value, _spec, ctx) => {
  if (isPythonInt(value)) {
    return SIGNAL_NUMBERS.has(pythonInt(value)) ? []
      : whole(value, `${ctx.key}: ${value.trim()} is not a signal number on Linux.`);
  }
  let name = value.trim().toUpperCase();
  if (name.startsWith('SIG')) name = name.slice(3);
  if (SIGNAL_NAMES.includes(name) || EXTRA_SIGNAL_ATTRS.includes(name)) return [];
  return whole(value, `${ctx.key}: '${value}' is not a signal name (TERM, INT, QUIT, HUP, KILL, USR1, USR2, ...).`);
};

export const autoRestart: ValueValidator = (value, _spec, ctx) => {
  const lower = value.toLowerCase();
  if (lower === 'unexpected' || BOOLEAN_WORDS.includes(lower)) return [];
  return whole(value, `${ctx.key} takes 'true', 'false' or 'unexpected'; supervisord refuses '${value}'.`);
};

export const loggingLevel: ValueValidator = (value, _spec, ctx) =>
  LOG_LEVELS.includes(value.toLowerCase()) ? []
    : whole(value, `${ctx.key} takes one of ${LOG_LEVELS.join(', ')}; supervisord refuses '${value}'.`);

export const exitcodes: ValueValidator = (value, _spec, ctx) => {
  if (value === '') return [];
  for (const item of commaItems(value)) {
    if (!isPythonInt(item.text)) {
      return [at(item.start, item.end, `${ctx.key} takes exit codes separated by commas ('0,2'); '${item.text}' is not a number.`)];
    }
    const n = pythonInt(item.text);
    if (n < 0 || n > 255) return [at(item.start, item.end, `Exit codes run from 0 to 255; ${n} is out of range.`)];
  }
  return [];
};
