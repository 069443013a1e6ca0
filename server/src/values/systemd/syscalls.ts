// SystemCallFilter= and SystemCallLog=: an optional `~` before the whole list (not before a later word),
// system call names and @groups of the release's table, and `NAME:ERRNO` only in a deny list (`~...`).
import { compareVersions } from '../../schema/version';
import type { ValueIssue, ValueValidator } from '../types';
import { error, quotedWords } from './issue';
import { parseCInteger } from './cnumber';
import { SYSCALL_TABLE_VERSION, errnoNames, syscallGroups, syscallNames } from './syscalls.generated';

/** An errno name (EPERM) or number (1..4095), as parse_errno() takes it. */
function isErrno(text: string): boolean {
  if (/^E[A-Z0-9]+$/.test(text)) return errnoNames.has(text);
  const n = parseCInteger(text, true);
  return n !== undefined && n >= 1n && n <= 4095n;
}

/** SystemCallErrorNumber=: an errno name or number, or `kill`. */
export const validateErrno: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return v === 'kill' || isErrno(v) ? [] : [error(`${context.key}= takes an errno name such as EPERM, a number from 1 to 4095, or kill.`, 0, value.length)];
};

export const validateSyscalls: ValueValidator = (value, _spec, context) => {
  const known = compareVersions(context.version, SYSCALL_TABLE_VERSION) === 0;
  const trimmed = value.trimStart();
  const inverted = trimmed.startsWith('~');
  const rest = inverted ? value.replace('~', ' ') : value;
  const { words, unbalanced } = quotedWords(rest);
  if (unbalanced) return [error('Unbalanced quotes.', 0, value.length)];
  const issues: ValueIssue[] = [];
  for (const w of words) {
    const colon = context.key === 'SystemCallFilter' ? w.text.indexOf(':') : -1;
    const name = colon < 0 ? w.text : w.text.slice(0, colon);
    if (colon >= 0 && (!inverted || !isErrno(w.text.slice(colon + 1)))) {
      issues.push(error(`'${w.text}': NAME:ERRNO needs an errno name or number, in a list that starts with '~' (an allow list takes no error number).`, w.start, w.end));
    } else if (name.startsWith('~')) {
      issues.push(error(`'~' inverts the whole list and goes only before the first word.`, w.start, w.end));
    } else if (name.startsWith('@')) {
      if (known && !syscallGroups.has(name)) issues.push(error(`'${name}' is not a system call group of systemd ${SYSCALL_TABLE_VERSION}.`, w.start, w.end));
    } else if (known ? !syscallNames.has(name) : !/^[a-z0-9_]+$/.test(name)) {
      issues.push(error(`'${name}' is not a system call ${known ? `systemd ${SYSCALL_TABLE_VERSION} knows` : 'name'}.`, w.start, w.end));
    }
  }
  return issues;
};
