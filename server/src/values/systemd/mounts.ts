// Settings that name paths to mount or create, with systemd's syntax for each: BindPaths=
// (`[-]SRC[:DEST[:OPTS]]`), MountImages= (`[-]SRC:DEST[:OPTS]`), ExtensionImages= (`[-]SRC[:OPTS]`),
// TemporaryFileSystem= (`PATH[:OPTS]`), RuntimeDirectory= and friends (relative `DIR[:LINK]`), and
// single absolute paths without prefixes (RootDirectory=, PathExists=, ...).
import type { ValueIssue, ValueValidator } from '../types';
import { escapesIn } from './escapes';
import { error, quotedWords, type Word } from './issue';
import { pathProblem, type PathRule } from './pathRules';

function pathIssue(path: string, rule: PathRule, word: Word, key: string, what = 'path'): ValueIssue[] {
  const problem = pathProblem(path, rule);
  return problem ? [error(`${key}= refuses the ${what} '${path}': ${problem}.`, word.start, word.end)] : [];
}

function eachWord(check: (w: Word, key: string, raw: string) => ValueIssue[]): ValueValidator {
  return (value, _spec, context) => {
    const { words, unbalanced } = quotedWords(value);
    if (unbalanced) return [error('Unbalanced quotes.', 0, value.length)];
    return words.flatMap((w) => check(w, context.key, value.slice(w.start, w.end)));
  };
}

const withoutDash = (path: string): string => (path.startsWith('-') ? path.slice(1) : path);

export const validateBindPaths = eachWord((w, key) => {
  const [source, destination, options, ...rest] = w.text.split(':');
  const issues = pathIssue(withoutDash(source), 'absolute', w, key, 'source');
  if (destination !== undefined) issues.push(...pathIssue(destination, 'absolute', w, key, 'destination'));
  if (options !== undefined && !['', 'rbind', 'norbind'].includes(options)) issues.push(error(`'${options}' is not a bind option (rbind or norbind).`, w.start, w.end));
  if (rest.length) issues.push(error(`'${w.text}' has too many ':' parts for ${key}=.`, w.start, w.end));
  return issues;
});

export const validateMountImages = eachWord((w, key) => {
  const [source, destination] = w.text.split(':');
  const issues = pathIssue(withoutDash(source), 'absolute', w, key, 'image');
  if (destination === undefined) issues.push(error(`${key}= needs IMAGE:DESTINATION; '${w.text}' has no destination.`, w.start, w.end));
  else issues.push(...pathIssue(destination, 'absolute', w, key, 'destination'));
  return issues;
});

export const validateExtensionImages = eachWord((w, key, raw) => (escapesIn(raw).some((e) => e.char === undefined)
  ? [error(`${key}= refuses the unknown escape in '${raw}'.`, w.start, w.end)] : pathIssue(withoutDash(w.text.split(':')[0]), 'absolute', w, key, 'image')));

export const validateTemporaryFileSystem = eachWord((w, key) => pathIssue(w.text.split(':')[0], 'absolute', w, key));

/** `DIR[:LINK]`: the first ':' ends the directory; both relative; no backslash escapes. */
export const validateDirectories = eachWord((w, key, raw) => {
  if (escapesIn(raw).some((e) => e.char === undefined)) return [error(`${key}= refuses the unknown escape in '${raw}'.`, w.start, w.end)];
  const colon = w.text.indexOf(':');
  if (colon >= 0 && key === 'ConfigurationDirectory') return [error(`ConfigurationDirectory= takes no :LINK part.`, w.start, w.end)];
  const directory = colon < 0 ? w.text : w.text.slice(0, colon);
  const issues = directory === '' ? [] : pathIssue(directory, 'relative', w, key, 'directory');
  if (directory !== '' && directory.split('/').every((part) => part === '.' || part === '')) issues.push(error(`${key}= refuses '${directory}': it names no directory.`, w.start, w.end));
  else if (directory.split('/').some((part) => new TextEncoder().encode(part).length > 255)) issues.push(error(`${key}= refuses '${directory}': a part of it is longer than 255 bytes.`, w.start, w.end));
  if (colon >= 0 && w.text.length > colon + 1) issues.push(...pathIssue(w.text.slice(colon + 1), 'relative', w, key, 'link'));
  return issues;
});

/** One absolute path, no `-` prefix. */
export const validatePlainPath: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return v === '' ? [] : pathIssue(v, 'absolute', { text: v, start: value.indexOf(v), end: value.indexOf(v) + v.length }, context.key);
};

/** ExecSearchPath=: absolute paths separated by ':', taken as written (no quotes). */
export const validateColonPaths: ValueValidator = (value, _spec, context) => {
  let at = 0;
  const issues: ValueIssue[] = [];
  for (const part of value.split(':')) {
    if (part !== '') issues.push(...pathIssue(part, 'absolute', { text: part, start: at, end: at + part.length }, context.key));
    at += part.length + 1;
  }
  return issues;
};

/** Symlinks= and the like: absolute paths, no prefixes. */
export const validatePlainPaths = eachWord((w, key) => pathIssue(w.text, 'absolute', w, key));
