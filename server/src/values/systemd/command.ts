// Command lines for ExecStart= and friends: prefixes `@ - : + ! !!`, quoting, an executable that is an
// absolute path (or, since systemd 239, a plain file name looked up in the default PATH), and several
// commands separated by a lone `;`.
import { compareVersions } from '../../schema/version';
import type { ValueIssue, ValueValidator } from '../types';
import { error, quotedWords, type Word } from './issue';

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
  if (exe.startsWith('/') || exe.startsWith('%')) return [];
  if (compareVersions(version, 239) < 0) {
    return [error(`'${exe}' is not an absolute path: systemd before 239 needs the program's full path.`, at, first.end)];
  }
  if (exe.includes('/')) {
    return [error(`'${exe}' is neither an absolute path nor a plain program name.`, at, first.end)];
  }
  return [];
}

export const validateCommand: ValueValidator = (value, _spec, context) => {
  if (value.trim() === '') return [];
  const { words, unbalanced } = quotedWords(value);
  if (unbalanced) return [error('Unbalanced quotes in the command line.', 0, value.length)];
  const issues: ValueIssue[] = [];
  let current: Word[] = [];
  for (const w of words) {
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
