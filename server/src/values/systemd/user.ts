// User and group names as systemd 252 checks them at load (valid_user_group_name with
// VALID_USER_RELAX|ALLOW_NUMERIC|WARN): a numeric id, or a name that breaks only the basic rules.
// A name outside the strict rules is accepted with a notice; the user `nobody` gets a warning too.
import { expands } from './specifiers';
import type { ValueIssue, ValueValidator } from '../types';
import { error, warning, words } from './issue';

/** parse_uid(): decimal, no leading zero, not 65535 (16-bit -1) nor 4294967295 (-1). */
function isUid(text: string): boolean {
  if (!/^(0|[1-9][0-9]*)$/.test(text)) return false;
  const n = Number(text);
  return n < 4294967295 && n !== 65535;
}

export type NameVerdict = 'ok' | 'relaxed' | 'invalid';

export function userNameVerdict(name: string): NameVerdict {
  if (isUid(name)) return 'ok';
  if (name === '' || name === '.' || name === '..' || name === '-' || /^-?[0-9]+$/.test(name)) return 'invalid';
  if (name.startsWith(' ') || name.endsWith(' ') || /[\x00-\x1f\x7f:/]/.test(name)) return 'invalid';
  return /^[A-Za-z_][A-Za-z0-9_-]{0,30}$/.test(name) ? 'ok' : 'relaxed';
}

function checkName(name: string, start: number, end: number, key: string): ValueIssue[] {
  if (expands(name, key)) return []; // expanded at load; the result is checked then
  name = name.replace(/%%/g, '%');
  const verdict = userNameVerdict(name);
  if (verdict === 'invalid') return [error(`'${name}' is not a valid user or group name or numeric id.`, start, end)];
  if (verdict === 'relaxed') {
    return [warning(`'${name}' breaks the usual rules for user and group names (letters, digits, _ and -, starting with a letter or _); systemd accepts it with a notice.`, start, end)];
  }
  if (name === 'nobody' && /User$/.test(key)) {
    return [warning(`Running as 'nobody' is not safe: files it owns are shared with every other such service; systemd warns about it. Consider DynamicUser=yes.`, start, end)];
  }
  return [];
}

export const validateUser: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return v === '' ? [] : checkName(v, value.indexOf(v), value.indexOf(v) + v.length, context.key);
};

/** SupplementaryGroups=: names split as extract_first_word() does without flags (a backslash escapes, quotes stay). */
export const validateUserList: ValueValidator = (value, _spec, context) =>
  words(value).flatMap((w) => checkName(w.text.replace(/\\(.)/g, '$1'), w.start, w.end, context.key));
