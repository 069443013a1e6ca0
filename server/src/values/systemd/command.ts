// Command lines for ExecStart= and friends: prefixes `@ - : + ! !!`, quoting, an executable that is an
// absolute path (or, since systemd 239, a plain file name looked up in the default PATH), and several
// commands separated by a lone `;`.
import { compareVersions } from '../../schema/version';
import type { ValueIssue, ValueValidator } from '../types';
import { escapesIn } from './escapes';
import { error, quotedWords, warning, type Word } from './issue';

/** Length of the prefix run, as systemd reads it: each of @ - : once, then one of + ! !!. */
export function prefixLength(word: string): number {
  let i = 0;
  let at = false; let dash = false; let colon = false; let priv = ''; // '', '+', '!', '!!'
  for (; i < word.length; i++) {
    const ch = word[i];
    if (ch === '@' && !at) at = true;
    else if (ch === '-' && !dash) dash = true;
    else if (ch === ':' && !colon) colon = true;
    else if (ch === '+' && priv === '') priv = '+';
    else if (ch === '!' && priv === '') priv = '!';
    else if (ch === '!' && priv === '!') priv = '!!';
    else break;
  }
  return i;
}

function checkCommand(ws: Word[], version: number | string): ValueIssue[] {
  if (ws.length === 0) return [];
  const first = ws[0];
  const skip = prefixLength(first.text);
  const exe = first.text.slice(skip);
  const at = first.start + skip;
  if (exe === '') {
    return [error('The command line has prefixes but no program.', first.start, first.end)];
  }
  if (exe.endsWith('/')) return [error(`'${exe}' names a directory, not a program.`, at, first.end)];
  if (first.text.slice(0, skip).includes('@') && ws.length < 2) {
    return [error(`With '@' the second word is the name the program sees (argv[0]); it is missing.`, first.start, first.end)];
  }
  if (/["']/.test(exe)) return [error(`The program name '${exe}' holds a quote; systemd refuses it.`, at, first.end)];
  if (exe.startsWith('/') || /^%[A-Za-z0-9]/.test(exe)) return [];
  if (exe.length > 255) return [error(`'${exe}' is too long for a program name.`, at, first.end)];
  if (compareVersions(version, 239) < 0) {
    return [error(`'${exe}' is not an absolute path: systemd before 239 needs the program's full path.`, at, first.end)];
  }
  if (exe.includes('/')) {
    return [error(`'${exe}' is neither an absolute path nor a plain program name.`, at, first.end)];
  }
  return [];
}

/** Escapes systemd does not know stay as written, with a warning (`\-`); `\;` is a literal ';' word. */
function unknownEscapes(value: string): ValueIssue[] {
  return escapesIn(value).filter((e) => e.char === undefined && value.slice(e.start, e.end) !== '\\;').map((e) =>
    warning(`systemd does not know the escape '${value.slice(e.start, e.end)}' and keeps it as written; write '\\\\' for a backslash.`, e.start, e.end));
}

/** The program's name must come out of its escapes without control characters, quotes or a backslash. */
function programEscapes(raw: string, start: number): ValueIssue[] {
  const bad = escapesIn(raw).find((e) => e.char === undefined || /[\x00-\x1f\x7f\\"']/.test(e.char));
  return bad ? [error('The program name holds an escape that leaves a special character in it (a control character, quote or backslash); systemd refuses it.', start + bad.start, start + bad.end)] : [];
}

export const validateCommand: ValueValidator = (value, _spec, context) => {
  if (value.trim() === '') return [];
  const { words, unbalanced } = quotedWords(value);
  if (unbalanced) return [error('Unbalanced quotes in the command line.', 0, value.length)];
  const issues: ValueIssue[] = unknownEscapes(value);
  let current: Word[] = [];
  for (const w of words) {
    if (current.length === 0) issues.push(...programEscapes(value.slice(w.start, w.end), w.start));
    if (w.text === ';' && value.slice(w.start, w.end) === ';') {
      issues.push(...checkCommand(current, context.version));
      current = [];
    } else {
      current.push(w);
    }
  }
  issues.push(...checkCommand(current, context.version));
  return issues;
};
