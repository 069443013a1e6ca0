// Absolute paths, alone or in lists, with the prefixes some directives allow:
// `-` (ignore if missing), `+` (relative to the root directory), `~` (home, WorkingDirectory=),
// and `|` / `!` in front of condition paths. systemd also refuses a `..` component.
import type { ValueIssue, ValueValidator } from '../types';
import { error, quotedWords, warning } from './issue';
import { pathProblem, startsAbsolute } from './pathRules';

function checkPath(text: string, start: number, prefixes: RegExp, key: string): ValueIssue[] {
  const skip = prefixes.exec(text)?.[0].length ?? 0;
  const path = text.slice(skip);
  if (key === 'WorkingDirectory' && (path === '~' || path.startsWith('~/'))) return [];
  if (key === 'PIDFile' && path !== '' && !startsAbsolute(path)) {
    const problem = pathProblem(`/run/${path}`, 'absolute');
    if (problem) return [error(`PIDFile= refuses '${path}': ${problem}.`, start + skip, start + text.length)];
    return [warning(`PIDFile= is best an absolute path; systemd reads '${path}' relative to /run.`, start + skip, start + text.length)];
  }
  const problem = pathProblem(path, 'absolute');
  if (!problem) return [];
  if (!startsAbsolute(path)) return [error(`${key}= needs an absolute path; '${path}' is not one.`, start + skip, start + text.length)];
  return [error(`${key}= refuses '${path}': ${problem}.`, start + skip, start + text.length)];
}

export const validatePath: ValueValidator = (value, spec, context) => {
  if (value.trim() === '') return [];
  const prefixes = spec.list ? /^[-+]*/ : /^-?/;
  if (!spec.list) {
    const v = value.trim();
    return checkPath(v, value.indexOf(v), prefixes, context.key);
  }
  const { words, unbalanced } = quotedWords(value);
  if (unbalanced) return [error('Unbalanced quotes.', 0, value.length)];
  return words.flatMap((w) => checkPath(w.text, w.start, prefixes, context.key));
};

export const validateConditionPath: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  if (v === '') return [];
  return checkPath(v, value.indexOf(v), /^\|?!?/, context.key);
};
