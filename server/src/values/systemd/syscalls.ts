// SystemCallFilter= and SystemCallLog=: an optional `~` before the whole list (not before a later word),
// system call names and @groups of the release's table, and `NAME:ERRNO` only in a deny list (`~...`).
import { compareVersions } from '../../schema/version';
import type { ValueIssue, ValueValidator } from '../types';
import { error, quotedWords } from './issue';
import { SYSCALL_TABLE_VERSION, syscallGroups, syscallNames } from './syscalls.generated';

/** An errno name (EPERM) or number (0..4095), as parse_errno() takes it. */
function isErrno(text: string): boolean {
  return /^E[A-Z0-9]+$/.test(text) || (/^(0|[1-9][0-9]{0,3})$/.test(text) && Number(text) <= 4095);
}

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
