// The checks systemd-tmpfiles 252 makes on each line (tmpfiles.c's parse_line() at v252.31), in its
// order: the first error ends the line, as it does there. Warnings and notes do not.
import { isBase64 } from '../../values/systemd/credentials';
import { escapesIn } from '../../values/systemd/escapes';
import { parseTime } from '../../values/systemd/timespan';
import { removeLineFix, replaceFix, shown, type IssueSeverity, type LineIssue } from '../issues';
import type { QuickFix } from '../../rules/types';
import { unknownSpecifier, unquotedOffsets } from '../specifiers';
import { isDefault, type Word } from '../words';
import { parseTmpfiles, type TmpfilesLine } from './parse';
import { ABSOLUTE_SPECIFIERS, ATTRIBUTE_LETTERS, MODIFIER_BY_CHAR, TMPFILES_SPECIFIERS, TYPE_BY_LETTER, type TmpfilesType } from './types';

export interface TmpfilesContext {
  /** The target systemd release: newer types and modifiers get a warning. */
  version: number;
  /** User and group names that resolve (the host's /etc/passwd and /etc/group); undefined: not checked. */
  users?: ReadonlySet<string>;
  groups?: ReadonlySet<string>;
}

export const MAX_LINE_ISSUES = 1000;

/** A line that passed, kept to find later lines for the same path. */
interface Accepted {
  line: number;
  type: TmpfilesType;
  plus: boolean;
  path: string;
  fields: string;
}

class Stop extends Error {}

export function validateTmpfiles(text: string, context: TmpfilesContext): LineIssue[] {
  const issues: LineIssue[] = [];
  const accepted = new Map<string, Accepted[]>();
  for (const entry of parseTmpfiles(text)) {
    if (issues.length >= MAX_LINE_ISSUES) break;
    const found: LineIssue[] = [];
    const report: Report = (severity, code, message, start, end, fixes) => {
      found.push({ line: entry.line, start, end: Math.max(end, start), severity, code, message, ...(fixes ? { fixes } : {}) });
      if (severity === 'error') throw new Stop();
    };
    try {
      const item = checkLine(entry, context, report);
      if (item) checkDuplicate(item, accepted, entry, report);
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    issues.push(...found);
  }
  return issues.slice(0, MAX_LINE_ISSUES);
}

type Report = (severity: IssueSeverity, code: string, message: string, start: number, end: number, fixes?: QuickFix[]) => void;

function checkLine(entry: TmpfilesLine, context: TmpfilesContext, report: Report): Accepted | undefined {
  if (entry.error) {
    const why = entry.error.reason === 'unclosed-quote' ? 'a quote is not closed' : 'a backslash ends the line';
    report('error', 'tmpfiles/bad-quoting', `systemd-tmpfiles cannot split this line: ${why}.`, entry.error.at, entry.error.end);
  }
  const [action, path, mode, user, group, age] = entry.words;
  if (!path) report('error', 'tmpfiles/missing-path', 'A line needs at least a type and a path.', entry.start, entry.end);
  if (action.text === '') report('error', 'tmpfiles/unknown-type', 'The type column is empty.', action.start, action.end);
  const modifiers = checkModifiers(entry.line, action, context, report);
  checkPath(entry.line, path, report);
  const letter = action.text[0];
  const type = TYPE_BY_LETTER.get(letter);
  if (!type) {
    report('error', 'tmpfiles/unknown-type', `Unknown line type '${shown(letter)}': systemd-tmpfiles skips this line.`, action.start, action.start + unquotedOffsets(action.raw)[0] + 1);
    return undefined;
  }
  if (type.since > context.version) {
    report('warning', 'tmpfiles/too-new', `Type '${letter}' arrived in systemd ${type.since}; the target release ${context.version} skips the line.`, action.start, action.start + 1);
  }
  checkArgument(type, modifiers, entry, report);
  checkOwner(user, 'user', context.users, report);
  checkOwner(group, 'group', context.groups, report);
  checkMode(mode, report);
  checkAge(age, report);
  return {
    line: entry.line, type, plus: modifiers.has('+'), path: simplified(path.text),
    fields: [entry.argument?.text ?? '-', ...[mode, user, group, age].map((w) => (isDefault(w) ? '-' : w.text))].join('\0'),
  };
}

function checkModifiers(line: number, action: Word, context: TmpfilesContext, report: Report): Set<string> {
  const seen = new Set<string>();
  const offsets = unquotedOffsets(action.raw);
  for (let i = 1; i < action.text.length; i++) {
    const c = action.text[i];
    const at = action.start + (offsets[i] ?? i);
    const modifier = MODIFIER_BY_CHAR.get(c);
    if (!modifier || seen.has(c)) {
      const why = modifier ? `'${c}' is written twice` : `'${shown(c)}' is not a modifier (they are ! + - = ~ ^)`;
      report('error', 'tmpfiles/bad-modifier', `In '${shown(action.text)}', ${why}: systemd-tmpfiles skips this line.`, at, at + 1,
        action.raw === action.text ? [replaceFix(`Remove '${c}'`, line, at, at + 1, '')] : undefined);
    }
    seen.add(c);
    if (modifier && modifier.since > context.version) {
      report('warning', 'tmpfiles/too-new', `Modifier '${c}' arrived in systemd ${modifier.since}; the target release ${context.version} refuses the line.`, at, at + 1);
    }
  }
  return seen;
}

function startsAbsolute(text: string): boolean {
  return text.startsWith('/') || (text[0] === '%' && ABSOLUTE_SPECIFIERS.has(text[1]));
}

function checkSpecifiers(word: Word, text: string, what: 'path' | 'argument', report: Report): void {
  const unknown = unknownSpecifier(text, TMPFILES_SPECIFIERS);
  if (!unknown) return;
  const offsets = unquotedOffsets(word.raw);
  const at = word.start + (offsets[unknown.at] ?? 0);
  report('error', 'tmpfiles/unknown-specifier', `Unknown specifier %${unknown.letter} in the ${what}: systemd-tmpfiles skips this line (write %% for a percent sign).`, at, at + 2);
}

function checkPath(line: number, path: Word, report: Report): void {
  checkSpecifiers(path, path.text, 'path', report);
  if (!startsAbsolute(path.text)) report('error', 'tmpfiles/relative-path', `The path '${shown(path.text)}' is not absolute: systemd-tmpfiles skips this line.`, path.start, path.end);
  if (path.text.startsWith('/') && /^\/var\/run\/./.test(normalized(path.text))) {
    const fix = path.raw.startsWith('/var/run/') ? [replaceFix('Write /run/ instead of /var/run/', line, path.start, path.start + '/var/run/'.length, '/run/')] : undefined;
    report('information', 'tmpfiles/legacy-var-run', 'Paths under /var/run/ are read as /run/: write /run/ instead.', path.start, path.end, fix);
  }
}

function checkArgument(type: TmpfilesType, modifiers: Set<string>, entry: TmpfilesLine, report: Report): void {
  const action = entry.words[0];
  const argument = entry.argument && entry.argument.text !== '-' ? entry.argument : undefined;
  if (type.argument === 'ignored' && argument) {
    const age = entry.words[5];
    report('warning', 'tmpfiles/argument-ignored', `'${type.letter}' lines take no argument: systemd-tmpfiles ignores '${shown(argument.text)}'.`, argument.start, argument.end,
      [replaceFix('Remove the argument', entry.line, age.end, argument.end, '')]);
  }
  if (modifiers.has('~') && type.noBase64) {
    report('error', 'tmpfiles/no-base64', `'${type.letter}' lines cannot decode base64 (the ~ modifier): systemd-tmpfiles skips this line.`, action.start, action.end);
  }
  if (type.argument === 'required' && !argument) {
    report('error', 'tmpfiles/missing-argument', `'${type.letter}' lines need an argument (the column after the age): systemd-tmpfiles skips this line.`, entry.start, entry.end);
  }
  if (!argument) return;
  if (type.letter === 'c' || type.letter === 'b') {
    if (!isDeviceNumber(argument.text)) report('error', 'tmpfiles/bad-device', `'${shown(argument.text)}' is not a device number MAJOR:MINOR: systemd-tmpfiles skips this line.`, argument.start, argument.end);
  }
  if (type.letter === 'h' || type.letter === 'H') checkAttributes(argument, report);
  if (!modifiers.has('~')) {
    if (type.argumentExpanded) {
      const bad = escapesIn(argument.text).find((e) => e.char === undefined) ?? (/(^|[^\\])(\\\\)*\\$/.test(argument.text) ? { start: argument.text.length - 1, end: argument.text.length } : undefined);
      if (bad) report('error', 'tmpfiles/bad-escape', `'${shown(argument.text.slice(bad.start, bad.end))}' is not an escape systemd knows: systemd-tmpfiles skips this line.`, argument.start + bad.start, argument.start + bad.end);
      checkSpecifiers(argument, unescaped(argument.text), 'argument', report);
    } else if (type.letter === 't' || type.letter === 'T') {
      checkSpecifiers(argument, argument.text, 'argument', report);
    }
  }
  if (type.letter === 'C' && !startsAbsolute(unescaped(argument.text))) {
    report('error', 'tmpfiles/relative-path', `The source '${shown(argument.text)}' is not absolute: systemd-tmpfiles skips this line.`, argument.start, argument.end);
  }
  if (modifiers.has('^') && !isCredentialName(argument.text)) {
    report('error', 'tmpfiles/bad-credential', `'${shown(argument.text)}' is not a credential name: systemd-tmpfiles skips this line.`, argument.start, argument.end);
  }
  if (modifiers.has('~') && !modifiers.has('^') && !isBase64(argument.text)) {
    report('error', 'tmpfiles/bad-base64', 'The argument is not valid base64 (the ~ modifier): systemd-tmpfiles skips this line.', argument.start, argument.end);
  }
}

function unescaped(text: string): string {
  let out = '';
  let at = 0;
  for (const e of escapesIn(text)) {
    out += text.slice(at, e.start) + (e.char ?? '');
    at = e.end;
  }
  return out + text.slice(at);
}

/** parse_devnum(): decimal major (below 4096), `:`, minor (below 2^20) as strtoul reads it with base 0. */
function isDeviceNumber(text: string): boolean {
  const m = /^([0-9]+):(.*)$/.exec(text);
  if (!m || m[1].length > 20) return false;
  const minorText = m[2].replace(/^[ \t\n\r]+/, '').replace(/^\+/, '');
  const minor = /^0[xX][0-9a-fA-F]+$/.test(minorText) ? parseInt(minorText, 16)
    : /^0[0-7]*$/.test(minorText) ? parseInt(minorText, 8) : /^[1-9][0-9]*$/.test(minorText) ? Number(minorText) : NaN;
  return Number(m[1]) < 4096 && minor < 2 ** 20;
}

function checkAttributes(argument: Word, report: Report): void {
  const text = argument.text;
  const body = /^[-+=]/.test(text) ? text.slice(1) : text;
  if (body === '' && text[0] !== '=') {
    report('error', 'tmpfiles/bad-attribute', 'No attribute letters after the sign: systemd-tmpfiles skips this line.', argument.start, argument.end);
  }
  for (let i = 0; i < body.length; i++) {
    if (!ATTRIBUTE_LETTERS.includes(body[i])) {
      const at = argument.start + text.length - body.length + i;
      report('error', 'tmpfiles/bad-attribute', `'${shown(body[i])}' is not a file attribute (they are ${ATTRIBUTE_LETTERS}): systemd-tmpfiles skips this line.`, at, at + 1);
    }
  }
}

function isCredentialName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !/[\x00-\x1f]/.test(name) && name.length <= 255;
}

/** parse_uid(): decimal without a leading zero, below 2^32 - 1 and not 65535. */
export function isNumericId(text: string): boolean {
  if (!/^(0|[1-9][0-9]{0,9})$/.test(text)) return false;
  const n = Number(text);
  return n < 4294967295 && n !== 65535;
}

function checkOwner(word: Word | undefined, what: 'user' | 'group', known: ReadonlySet<string> | undefined, report: Report): void {
  if (!word || isDefault(word)) return;
  const name = word.text.startsWith(':') ? word.text.slice(1) : word.text;
  if (isNumericId(name) || name === 'root' || !known || known.has(name)) return;
  report('warning', what === 'user' ? 'tmpfiles/unknown-user' : 'tmpfiles/unknown-group', `No ${what} '${shown(name)}' on this machine: systemd-tmpfiles fails this line unless it exists where the file is used.`, word.start, word.end);
}

function checkMode(word: Word | undefined, report: Report): void {
  if (!word || isDefault(word)) return;
  const digits = word.text.replace(/^[~:]*/, '');
  if (!/^[0-7]+$/.test(digits) || digits.replace(/^0+/, '').length > 4 || parseInt(digits, 8) > 0o7777) {
    report('error', 'tmpfiles/bad-mode', `'${shown(word.text)}' is not a mode: write up to four octal digits such as 0755, after an optional ~ or :.`, word.start, word.end);
  }
}

function checkAge(word: Word | undefined, report: Report): void {
  if (!word || isDefault(word)) return;
  let text = word.text.startsWith('~') ? word.text.slice(1) : word.text;
  const colon = text.indexOf(':');
  if (colon >= 0) {
    const by = text.slice(0, colon);
    if (!/^[ \t\n\r]*[abcmABCM][abcmABCM \t\n\r]*$/.test(by)) {
      report('error', 'tmpfiles/bad-age', `'${shown(by)}' is not an age-by list (letters a, b, c, m; upper case for directories): systemd-tmpfiles skips this line.`, word.start, word.end);
    }
    text = text.slice(colon + 1);
  }
  if (typeof parseTime(text) === 'object') {
    report('error', 'tmpfiles/bad-age', `'${shown(text)}' is not an age: write a time span such as 10d, 12h or 30min.`, word.start, word.end);
  }
}

/** path_simplify() and the /var/run → /run rewrite, enough to tell two lines name one path. */
function simplified(path: string): string {
  const joined = normalized(path);
  return joined.startsWith('/var/run/') ? joined.slice(4) : joined;
}

function normalized(path: string): string {
  return '/' + path.split('/').filter((p) => p !== '' && p !== '.').join('/');
}

function checkDuplicate(item: Accepted, accepted: Map<string, Accepted[]>, entry: TmpfilesLine, report: Report): void {
  const key = `${item.type.glob ? 'g' : 'i'}${item.path}`;
  const earlier = accepted.get(key) ?? [];
  // tmpfiles.c's item_compatible(): lines that take ownership conflict unless they say the same; several w+ lines add up.
  const clash = earlier.find((e) => e.type.ownership && item.type.ownership && e.fields !== item.fields
    && !(e.type.letter === 'w' && e.plus && item.type.letter === 'w' && item.plus));
  if (clash) {
    report('warning', 'tmpfiles/duplicate-path', `Line ${clash.line + 1} already says what to do with ${shown(item.path)}: systemd-tmpfiles ignores this line.`, entry.words[1].start, entry.words[1].end,
      [removeLineFix('Remove this line', entry.line)]);
    return;
  }
  if (earlier.length < 100) earlier.push(item);
  accepted.set(key, earlier);
}
