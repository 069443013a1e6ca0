// Writing words the way systemd reads them back: specifiers (`%`) doubled, `$` doubled where a
// command line substitutes variables, and a word with blanks, quotes, backslashes or control
// characters put in double quotes with C escapes (extract_first_word with UNQUOTE|CUNESCAPE).

/** Stand-ins for what a supervisor expansion becomes in a unit; they pass through escaping untouched. */
export const INSTANCE_MARK = '\uE000';
export const HOST_MARK = '\uE001';
export const ENV_OPEN = '\uE002';
export const ENV_CLOSE = '\uE003';

const C_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\\': '\\\\', '"': '\\"' };

function quoteIfNeeded(text: string): string {
  if (text !== '' && !/[\s"'\\\u0000-\u001f\u007f]/.test(text)) return text;
  return `"${text.replace(/[\n\t\r\\"]|[\u0000-\u001f\u007f]/g, (c) => C_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;
}

/** The stand-ins replaced by systemd syntax: `%i`, `%H`, `${NAME}`. */
function unmark(text: string): string {
  return text.replaceAll(INSTANCE_MARK, '%i').replaceAll(HOST_MARK, '%H').replace(new RegExp(`${ENV_OPEN}([^${ENV_CLOSE}]*)${ENV_CLOSE}`, 'g'), '$${$1}');
}

/**
 * One word of `ExecStart=`: `%` doubled, `;` alone escaped, quoted when needed; `$` doubled in the
 * arguments (systemd substitutes variables there, not in the program's path).
 */
export function execWord(word: string, program = false): string {
  if (word === ';') return '\\;';
  const escaped = word.replace(/%/g, '%%');
  return unmark(quoteIfNeeded(program ? escaped : escaped.replace(/\$/g, '$$$$')));
}

/** One `NAME=value` word of `Environment=`: `%` doubled, quoted when needed (`$` is literal there). */
export function environmentWord(name: string, value: string): string {
  return unmark(quoteIfNeeded(`${name}=${value}`.replace(/%/g, '%%')));
}

/** A path for `WorkingDirectory=`, `append:` and the like: only specifiers need escaping (no quotes are read there). */
export function pathValue(path: string): string {
  return unmark(path.replace(/%/g, '%%'));
}

/** Whether `text` still holds an environment stand-in (only command lines can substitute one). */
export function hasEnvironmentMark(text: string): boolean {
  return text.includes(ENV_OPEN);
}

/** systemd's env_name_is_valid: letters, digits and `_`, not starting with a digit. */
export function isEnvironmentName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
