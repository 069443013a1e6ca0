// Environment= assignments: `VAR=value` words, quoted with "..." or '...' when they hold blanks.
import type { ValueIssue, ValueValidator } from '../types';
import { escapesIn } from './escapes';
import { expands } from './specifiers';
import { error, quotedWords } from './issue';

export function isAssignment(word: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(word);
}

/** systemd reads these lists with C escapes and refuses one it does not know. */
function unknownEscape(value: string): ValueIssue[] {
  const bad = escapesIn(value).find((e) => e.char === undefined);
  return bad ? [error(`systemd refuses the unknown escape '${value.slice(bad.start, bad.end)}' here.`, bad.start, bad.end)] : [];
}

export const validateEnvironment: ValueValidator = (value) => {
  const { words, unbalanced } = quotedWords(value);
  if (unbalanced) return [error('Unbalanced quotes in the assignments.', 0, value.length)];
  const escape = unknownEscape(value);
  if (escape.length) return escape;
  return words.filter((w) => !isAssignment(w.text) && !expands(w.text, 'Environment')).map((w) =>
    error(`'${w.text}' is not a VAR=value assignment (names use letters, digits and _, not starting with a digit).`, w.start, w.end));
};

/** env_name_is_valid(): letters, digits and _, not starting with a digit. */
export function isEnvironmentName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** PassEnvironment= (names) and UnsetEnvironment= (names or VAR=value assignments). */
export const validateEnvironmentNames: ValueValidator = (value, _spec, context) => {
  const { words, unbalanced } = quotedWords(value);
  if (unbalanced) return [error('Unbalanced quotes in the names.', 0, value.length)];
  const assignments = context.key === 'UnsetEnvironment';
  // UnsetEnvironment= refuses an escape it does not know; PassEnvironment= drops the backslash.
  const escape = assignments ? unknownEscape(value) : [];
  if (escape.length) return escape;
  return words.filter((w) => !expands(w.text, context.key) && !(isEnvironmentName(w.text) || (assignments && isAssignment(w.text))))
    .map((w) => error(`'${w.text}' is not a variable name${assignments ? ' or VAR=value assignment' : ''} (letters, digits and _, not starting with a digit).`, w.start, w.end));
};
