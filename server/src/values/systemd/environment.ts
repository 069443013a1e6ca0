// Environment= assignments: `VAR=value` words, quoted with "..." or '...' when they hold blanks.
import type { ValueValidator } from '../types';
import { error, quotedWords } from './issue';

export function isAssignment(word: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(word);
}

export const validateEnvironment: ValueValidator = (value) => {
  const { words, unbalanced } = quotedWords(value);
  if (unbalanced) return [error('Unbalanced quotes in the assignments.', 0, value.length)];
  return words.filter((w) => !isAssignment(w.text)).map((w) =>
    error(`'${w.text}' is not a VAR=value assignment (names use letters, digits and _, not starting with a digit).`, w.start, w.end));
};
