/**
 * A small reader for supervisor config files that follows the rules of the parser supervisor
 * itself uses (Python 3's configparser.RawConfigParser as configured by supervisor's
 * UnhosedConfigParser): `=` or `:` delimiters, lower-cased option names, indented continuation
 * lines, full-line comments starting with `;` or `#`, and inline comments only where `;` or `#`
 * follows whitespace. It keeps no positions: it serves the command layer, which only needs
 * whole values such as `[include] files` or `[supervisorctl] serverurl`.
 *
 * Why not the `ini` package here: it nests sections at dots (`[program:web.1]`), cuts values at
 * any `;`/`#` even without whitespace before it (`command=sh -c 'a;b'`), reads neither `:` as a
 * delimiter nor continuation lines, and rejects a header followed by a comment. Each of those
 * would pick the wrong config or the wrong program, so the reader below is exact instead.
 */

export interface IniSection {
  /** The header text between the brackets, as configparser keeps it (not trimmed). */
  readonly name: string;
  /** Option name (lower-cased) to value (continuations joined with `\n`). */
  readonly values: Map<string, string>;
}

export interface IniFile {
  /** Sections in first-appearance order; a repeated header merges into the first one. */
  readonly sections: Map<string, IniSection>;
  /** `[DEFAULT]` values, which configparser offers to every section. */
  readonly defaults: Map<string, string>;
  /** Lines configparser would reject (supervisor refuses the whole file then). */
  readonly errors: readonly { line: number; message: string }[];
}

const COMMENT_PREFIXES = [';', '#'];

/** Where an inline comment starts, per configparser: a prefix at column 0 or after whitespace. */
function inlineCommentStart(line: string): number | undefined {
  let best: number | undefined;
  for (const prefix of COMMENT_PREFIXES) {
    let from = 0;
    for (;;) {
      const at = line.indexOf(prefix, from);
      if (at < 0) break;
      if (at === 0 || /\s/.test(line[at - 1] ?? '')) {
        if (best === undefined || at < best) best = at;
        break;
      }
      from = at + 1;
    }
  }
  return best;
}

/** Python's str.strip() on the whitespace that matters in config files (a regex `\s+$` is quadratic in a run of spaces). */
function pyStrip(s: string): string {
  return s.trim();
}

/**
 * configparser's option line, `(.*?)\s*([=:])\s*(.*)$`: split at the first `=` or `:`. By hand, since
 * that pattern backtracks quadratically over a long run of spaces with no delimiter after it.
 */
function splitOption(line: string): { name: string; value: string } | undefined {
  const eq = line.indexOf('=');
  const colon = line.indexOf(':');
  const at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  if (at < 0) return undefined;
  return { name: line.slice(0, at).trimEnd(), value: line.slice(at + 1).trimStart() };
}

export function readSupervisorIni(text: string): IniFile {
  const sections = new Map<string, IniSection>();
  const defaults = new Map<string, string>();
  const errors: { line: number; message: string }[] = [];
  let current: Map<string, string[]> | undefined;
  let currentTarget: Map<string, string> | undefined;
  let optname: string | undefined;
  let indentLevel = 0;
  const pending = new Map<Map<string, string>, Map<string, string[]>>();

  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    let commentStart = inlineCommentStart(line);
    if (COMMENT_PREFIXES.some((p) => pyStrip(line).startsWith(p))) commentStart = 0;
    const value = pyStrip(commentStart === undefined ? line : line.slice(0, commentStart));
    if (!value) {
      // Blank lines inside a multi-line value are kept (and trailing ones dropped at the end).
      if (commentStart === undefined && current && optname !== undefined) current.get(optname)?.push('');
      return;
    }
    const indent = line.search(/\S/);
    if (current && optname !== undefined && indent > indentLevel) {
      current.get(optname)?.push(value);
      return;
    }
    indentLevel = indent;
    const header = /^\[(.+)\]/.exec(value);
    if (header) {
      const name = header[1] as string;
      if (name === 'DEFAULT') {
        currentTarget = defaults;
      } else {
        let section = sections.get(name);
        if (!section) {
          section = { name, values: new Map() };
          sections.set(name, section);
        }
        currentTarget = section.values;
      }
      current = pending.get(currentTarget) ?? new Map();
      pending.set(currentTarget, current);
      optname = undefined;
      return;
    }
    if (!current) {
      errors.push({ line: lineNo, message: 'option outside any section' });
      return;
    }
    const option = splitOption(value);
    if (!option || !option.name) {
      errors.push({ line: lineNo, message: 'not a section header or option line' });
      optname = undefined;
      return;
    }
    optname = option.name.toLowerCase();
    current.set(optname, [option.value]);
  });

  for (const [target, raw] of pending) {
    for (const [key, parts] of raw) target.set(key, parts.join('\n').trimEnd());
  }
  return { sections, defaults, errors };
}

/** A value as a section sees it: its own, else the `[DEFAULT]` one. */
export function getValue(file: IniFile, section: string, key: string): string | undefined {
  const own = file.sections.get(section);
  if (!own) return undefined;
  return own.values.get(key.toLowerCase()) ?? file.defaults.get(key.toLowerCase());
}
