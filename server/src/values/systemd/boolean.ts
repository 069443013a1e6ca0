// Booleans as systemd's parse_boolean() reads them, case-insensitively.
import type { ValueValidator } from '../types';
import { error } from './issue';

const TRUE = ['1', 'yes', 'y', 'true', 't', 'on'];
const FALSE = ['0', 'no', 'n', 'false', 'f', 'off'];

export const BOOLEAN_WORDS: readonly string[] = [...TRUE, ...FALSE];

export function parseBoolean(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (TRUE.includes(lower)) return true;
  if (FALSE.includes(lower)) return false;
  return undefined;
}

export const validateBoolean: ValueValidator = (value) => {
  if (value === '' || parseBoolean(value) !== undefined) return [];
  return [error(`'${value}' is not a boolean: use yes/no, true/false, on/off or 1/0.`, 0, value.length)];
};
