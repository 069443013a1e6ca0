// Just enough of the shell to read an init script's start-stop-daemon line: words with quotes and
// backslashes, `$VAR` and `${VAR}` (with `:-` and `-` defaults) from the script's own top-level
// assignments. Anything else (command substitution, `${VAR:+...}`, globs) makes a word unknown,
// so the conversion falls back to running the script. It never throws.

/** A piece of a word: plain text, or a variable the script does not set (read from a defaults file at run time). */
export type WordPart = { text: string; split?: boolean } | { variable: string; quoted: boolean };

export interface ShellWord {
  parts: WordPart[];
  /** The word has something this reader does not follow. */
  unknown: boolean;
  /** An operator (`;`, `&&`, `||`, `|`, `&`, a redirection) that ends the command. */
  operator?: boolean;
}

export type Variables = ReadonlyMap<string, string>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const MAX_WORDS = 200;

/** `split`: the text of an unquoted expansion, which the shell splits at blanks into words. */
function pushText(parts: WordPart[], text: string, split = false): void {
  const last = parts[parts.length - 1];
  if (last && 'text' in last && Boolean(last.split) === split) last.text += text;
  else if (text) parts.push(split ? { text, split } : { text });
}

/** The words a word makes once unquoted expansions are split at blanks; an unquoted empty one makes none. */
function splitWord(word: ShellWord, quoted: boolean): ShellWord[] {
  if (!word.parts.some((p) => 'text' in p && p.split)) return word.parts.length || quoted || word.unknown ? [word] : [];
  const words: ShellWord[] = [];
  let current: ShellWord = { parts: [], unknown: word.unknown };
  let started = quoted;
  const finish = () => {
    if (current.parts.length || started) words.push(current);
    current = { parts: [], unknown: word.unknown };
    started = false;
  };
  for (const part of word.parts) {
    if (!('text' in part) || !part.split) {
      current.parts.push('text' in part ? { text: part.text } : part);
      started = true;
      continue;
    }
    const pieces = part.text.split(/[ \t\n]+/);
    pieces.forEach((piece, i) => {
      if (i > 0) finish();
      if (piece) pushText(current.parts, piece);
    });
  }
  finish();
  return words;
}

/** Reads `$...` at `i` (just after the `$`); returns the index after it. */
function expand(line: string, i: number, vars: Variables, quoted: boolean, word: ShellWord): number {
  const split = !quoted;
  const braced = line[i] === '{';
  if (braced) {
    const close = line.indexOf('}', i);
    if (close < 0) { word.unknown = true; return line.length; }
    const body = line.slice(i + 1, close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)(.*))?$/.exec(body);
    if (!m) { word.unknown = true; return close + 1; }
    const [, name, op, fallback] = m;
    const value = vars.get(name);
    if (value !== undefined && !(op === ':-' && value === '')) pushText(word.parts, value, split);
    else if (op !== undefined) pushText(word.parts, fallback, split);
    else word.parts.push({ variable: name, quoted });
    return close + 1;
  }
  const m = NAME.exec(line.slice(i));
  if (!m) {
    // `$(`, `$?`, `$1`: not followed.
    if (line[i] === '(' || /[0-9?#@*!$-]/.test(line[i] ?? '')) word.unknown = true;
    else pushText(word.parts, '$');
    return m ? i : i + (line[i] === undefined ? 0 : 1);
  }
  const value = vars.get(m[0]);
  if (value !== undefined) pushText(word.parts, value, split);
  else word.parts.push({ variable: m[0], quoted });
  return i + m[0].length;
}

/** The words of one command line (continuations already joined), up to a comment or the end. */
export function shellWords(line: string, vars: Variables): ShellWord[] {
  const words: ShellWord[] = [];
  let i = 0;
  while (i < line.length && words.length < MAX_WORDS) {
    const c = line[i];
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === '#') break;
    const op = /^(&&|\|\||[;&|]|[0-9]?>>?|[0-9]?<|>&)/.exec(line.slice(i));
    if (op) {
      words.push({ parts: [{ text: op[0] }], unknown: false, operator: true });
      i += op[0].length;
      continue;
    }
    const word: ShellWord = { parts: [], unknown: false };
    let quoted = false;
    while (i < line.length && !/[ \t;&|<>]/.test(line[i])) {
      const ch = line[i];
      if (ch === '\\') { pushText(word.parts, line[i + 1] ?? ''); i += 2; }
      else if (ch === "'") {
        quoted = true;
        const close = line.indexOf("'", i + 1);
        if (close < 0) { word.unknown = true; i = line.length; break; }
        pushText(word.parts, line.slice(i + 1, close));
        i = close + 1;
      } else if (ch === '"') {
        quoted = true;
        i++;
        while (i < line.length && line[i] !== '"') {
          if (line[i] === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) { pushText(word.parts, line[i + 1]); i += 2; }
          else if (line[i] === '$') i = expand(line, i + 1, vars, true, word);
          else if (line[i] === '`') { word.unknown = true; i++; }
          else { pushText(word.parts, line[i]); i++; }
        }
        if (i >= line.length) word.unknown = true;
        i++;
      } else if (ch === '$') i = expand(line, i + 1, vars, false, word);
      else if (ch === '`' || ch === '*' || ch === '?' || ch === '[' || ch === '(' || ch === ')') { word.unknown = true; pushText(word.parts, ch); i++; }
      else { pushText(word.parts, ch); i++; }
    }
    words.push(...splitWord(word, quoted));
  }
  return words.slice(0, MAX_WORDS);
}

/** The word's text when it has no variable left and nothing unknown. */
export function literal(word: ShellWord): string | undefined {
  if (word.unknown || word.operator) return undefined;
  let text = '';
  for (const part of word.parts) {
    if (!('text' in part)) return undefined;
    text += part.text;
  }
  return text;
}

/**
 * Top-level assignments (`NAME=value` at the start of a line, not in a function or block) in order,
 * each value read with the ones before it. A later one replaces an earlier one.
 */
export function scriptVariables(lines: readonly string[], initial: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const vars = new Map(initial);
  for (const line of lines) {
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(\S.*|)$/.exec(line);
    if (!m) continue;
    const words = shellWords(m[2], vars);
    if (words.length > 1 && !words[1].operator) continue;
    const value = words.length ? literal(words[0]) : '';
    if (value !== undefined) vars.set(m[1], value);
    else vars.delete(m[1]);
  }
  return vars;
}

/** Lines with their backslash-newline continuations joined, each with the line it started on. */
export function logicalLines(lines: readonly string[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i];
    while (text.endsWith('\\') && i + 1 < lines.length) text = text.slice(0, -1) + ' ' + lines[++i].trimStart();
    out.push({ text, line: start });
  }
  return out;
}
