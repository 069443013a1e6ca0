// The checks systemd-sysusers 252 makes on each line (sysusers.c's parse_line() at v252.31), in its
// order: the first error ends the line. A second line for a name that says something else is
// ignored there, with a warning here.
import { removeLineFix, replaceFix, shown, type IssueSeverity, type LineIssue } from '../issues';
import type { QuickFix } from '../../rules/types';
import { unknownSpecifier, unquotedOffsets } from '../specifiers';
import { isNumericId } from '../tmpfiles/validate';
import { isDefault, type Word } from '../words';
import { parseSysusers, type SysusersLine } from './parse';
import { SYSUSERS_SPECIFIERS, SYSUSERS_TYPE_BY_LETTER } from './types';

export const MAX_SYSUSERS_ISSUES = 1000;

class Stop extends Error {}
type Report = (severity: IssueSeverity, code: string, message: string, start: number, end: number, fixes?: QuickFix[]) => void;

/** valid_user_group_name() in strict mode: a letter or _, then letters, digits, _ and -, at most 31. */
export function isStrictName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,30}$/.test(name);
}

/** The column has a specifier whose value only the machine knows: its result is checked there. */
function expands(text: string): boolean {
  return /%[^%]/.test(text.replace(/%%/g, ''));
}

/**
 * `groups`: the groups of the machine the file is used on (this host's /etc/group); a `u` line that
 * names its group (UID:GROUP) needs it there or made by this file. Undefined: not checked.
 */
export function validateSysusers(text: string, groups?: ReadonlySet<string>): LineIssue[] {
  const issues: LineIssue[] = [];
  const seen = new Map<string, { line: number; fields: string }>();
  const entries = parseSysusers(text);
  const made = groups && groupsMade(entries);
  for (const entry of entries) {
    if (issues.length >= MAX_SYSUSERS_ISSUES) break;
    const report: Report = (severity, code, message, start, end, fixes) => {
      issues.push({ line: entry.line, start, end: Math.max(start, end), severity, code, message, ...(fixes ? { fixes } : {}) });
      if (severity === 'error') throw new Stop();
    };
    try {
      checkLine(entry, report, seen);
      if (groups && made) checkGroupExists(entry, groups, made, report);
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
  }
  return issues.slice(0, MAX_SYSUSERS_ISSUES);
}

function checkSpecifiers(word: Word, report: Report): void {
  const unknown = unknownSpecifier(word.text, SYSUSERS_SPECIFIERS);
  if (!unknown) return;
  const at = word.start + (unquotedOffsets(word.raw)[unknown.at] ?? 0);
  report('error', 'sysusers/unknown-specifier', `Unknown specifier %${unknown.letter}: systemd-sysusers skips this line (write %% for a percent sign).`, at, at + 2);
}

const CONTROL = /[\x00-\x1f\x7f]/;

/** valid_home() / valid_shell() after path_simplify(): absolute, no `..`, no `:`, no control characters. */
function isValidHome(path: string): boolean {
  if (!path.startsWith('/') || path.includes(':') || CONTROL.test(path) || path.length >= 4096) return false;
  return path.split('/').every((part) => part !== '..' && part.length <= 255);
}

function present(word: Word | undefined): word is Word {
  return word !== undefined && !isDefault(word);
}

const FIELD_NAMES = ['GECOS', 'home directory', 'login shell'];

function checkLine(entry: SysusersLine, report: Report, seen: Map<string, { line: number; fields: string }>): void {
  if (entry.error) {
    const why = entry.error.reason === 'unclosed-quote' ? 'a quote is not closed' : 'a backslash ends the line';
    report('error', 'sysusers/bad-quoting', `systemd-sysusers cannot split this line: ${why}.`, entry.error.at, entry.error.end);
  }
  const [action, name, id, gecos, home, shell] = entry.words;
  if (!name) report('error', 'sysusers/missing-name', 'A line needs at least a type and a name.', entry.start, entry.end);
  if (entry.trailing !== undefined) report('error', 'sysusers/trailing-text', 'A line has six columns at most: systemd-sysusers skips this line (quote a GECOS with blanks in it).', entry.trailing, entry.end);
  if (action.text.length !== 1) report('error', 'sysusers/unknown-type', `'${shown(action.text)}' is not a line type (u, g, m or r; no modifiers in systemd 252).`, action.start, action.end);
  const type = SYSUSERS_TYPE_BY_LETTER.get(action.text);
  if (!type) report('error', 'sysusers/unknown-type', `Unknown line type '${shown(action.text)}': write u, g, m or r.`, action.start, action.end);
  if (present(name)) {
    checkSpecifiers(name, report);
    if (!expands(name.text) && !isStrictName(name.text.replace(/%%/g, '%'))) report('error', 'sysusers/bad-name', nameMessage(name.text), name.start, name.end);
  }
  if (present(id)) checkSpecifiers(id, report);
  if (present(gecos)) {
    checkSpecifiers(gecos, report);
    if (gecos.text.includes(':') || CONTROL.test(gecos.text)) report('error', 'sysusers/bad-gecos', `The GECOS '${shown(gecos.text)}' may not hold a colon or control characters.`, gecos.start, gecos.end);
  }
  for (const [word, what] of [[home, 'home directory'], [shell, 'login shell']] as const) {
    if (!present(word)) continue;
    checkSpecifiers(word, report);
    if (!expands(word.text) && !isValidHome(word.text)) {
      report('error', 'sysusers/bad-path', `'${shown(word.text)}' is not a valid ${what}: an absolute path without .. or colons.`, word.start, word.end);
    }
  }
  const extra = [gecos, home, shell].findIndex(present);
  const refuseExtra = () => {
    if (extra < 0) return;
    const word = [gecos, home, shell][extra];
    report('error', 'sysusers/extra-field', `'${action.text}' lines take no ${FIELD_NAMES[extra]} field.`, word.start, word.end);
  };
  const letter = action.text;
  if (letter === 'r') {
    if (present(name)) report('error', 'sysusers/extra-field', '\'r\' lines take no name: write - in the name column.', name.start, name.end, [replaceFix('Write - in the name column', entry.line, name.start, name.end, '-')]);
    if (!present(id)) report('error', 'sysusers/missing-id', '\'r\' lines need an ID range in the third column.', action.start, entry.end);
    refuseExtra();
    if (!expands(id.text) && !isIdRange(id.text)) report('error', 'sysusers/bad-id', `'${shown(id.text)}' is not an ID range: write LOW-HIGH or one ID.`, id.start, id.end);
    return;
  }
  if (!present(name)) report('error', 'sysusers/missing-name', `'${letter}' lines need a name in the second column.`, action.start, entry.end);
  if (letter === 'm') {
    if (!present(id)) report('error', 'sysusers/missing-id', '\'m\' lines need the group in the third column.', action.start, entry.end);
    if (!expands(id.text) && !isStrictName(id.text)) report('error', 'sysusers/bad-name', nameMessage(id.text), id.start, id.end);
    refuseExtra();
    return;
  }
  if (letter === 'g') refuseExtra();
  if (present(id) && !expands(id.text)) checkId(letter, id, report);
  const key = `${letter}:${name.text}`;
  const fields = [id, gecos, home, shell].map((w) => (present(w) ? w.text : '-')).join('\0');
  const earlier = seen.get(key);
  if (!earlier) {
    if (seen.size < 10_000) seen.set(key, { line: entry.line, fields });
  } else if (earlier.fields !== fields) {
    report('warning', 'sysusers/conflict', `Line ${earlier.line + 1} already defines ${letter === 'u' ? 'user' : 'group'} '${shown(name.text)}' differently: systemd-sysusers ignores this line.`, name.start, name.end,
      [removeLineFix('Remove this line', entry.line)]);
  }
}

function nameMessage(name: string): string {
  return `'${shown(name)}' is not a valid user or group name for sysusers: a letter or _, then letters, digits, _ or -, at most 31.`;
}

/** parse_uid_range(): one ID, or LOW-HIGH with LOW not above HIGH. */
function isIdRange(text: string): boolean {
  const dash = text.indexOf('-');
  if (dash < 0) return isNumericId(text);
  const low = text.slice(0, dash);
  const high = text.slice(dash + 1);
  return isNumericId(low) && isNumericId(high) && Number(low) <= Number(high);
}

function checkId(letter: string, id: Word, report: Report): void {
  const text = id.text;
  if (text.startsWith('/')) return;
  if (letter === 'g') {
    if (!isNumericId(text)) report('error', 'sysusers/bad-id', `'${shown(text)}' is not a GID: write a number, a path, or -.`, id.start, id.end);
    return;
  }
  const colon = text.indexOf(':');
  const uid = colon < 0 ? text : text.slice(0, colon);
  const gid = colon < 0 ? undefined : text.slice(colon + 1);
  if (gid !== undefined && !isNumericId(gid) && !isStrictName(gid)) {
    report('error', 'sysusers/bad-id', `'${shown(gid)}' is neither a GID nor a group name.`, id.start, id.end);
  }
  if (uid !== '-' && !isNumericId(uid)) report('error', 'sysusers/bad-id', `'${shown(uid)}' is not a UID: write a number, UID:GID, UID:GROUP, a path, or -.`, id.start, id.end);
}

/** Groups the file itself makes: `g` lines, the group of each `u` line's name, and `m` lines' groups. */
function groupsMade(entries: readonly SysusersLine[]): Set<string> {
  const out = new Set<string>();
  for (const { words } of entries) {
    if (words.length < 2 || out.size >= 10_000) continue;
    if (words[0].text === 'g' || words[0].text === 'u') out.add(words[1].text);
    if (words[0].text === 'm' && words[2]) out.add(words[2].text);
  }
  return out;
}

/** sysusers.c's process_item(): a group named in UID:GROUP must be made by the file or exist already. */
function checkGroupExists(entry: SysusersLine, groups: ReadonlySet<string>, made: ReadonlySet<string>, report: Report): void {
  const [action, , id] = entry.words;
  if (action.text !== 'u' || !present(id) || id.text.startsWith('/') || expands(id.text)) return;
  const colon = id.text.indexOf(':');
  const group = colon < 0 ? undefined : id.text.slice(colon + 1);
  if (group === undefined || isNumericId(group) || made.has(group) || groups.has(group)) return;
  report('warning', 'sysusers/unknown-group', `No group '${shown(group)}' on this machine nor in this file: systemd-sysusers fails to create the user unless it exists where the file is used.`, id.start, id.end);
}
