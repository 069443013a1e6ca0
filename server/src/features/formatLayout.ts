// The canonical layout of each physical line, decided from the parse. Only spaces and tabs that
// neither daemon reads are touched: indentation of entries, headers and comments, the blanks
// around the separator, trailing blanks, and blank lines. Continuation lines keep their text (their
// inner blanks are part of the value) and lines the parser cannot read stay byte-for-byte.
import type { Entry, ParsedDocument, SourceLine } from '../parse/model';

export type SupervisorSpacing = 'dominant' | 'spaced' | 'compact';

/** The FormattingOptions this formatter honours; an option left out counts as true. */
export interface LayoutOptions {
  trimTrailingWhitespace?: boolean;
  insertFinalNewline?: boolean;
  trimFinalNewlines?: boolean;
}

/** What becomes of one physical line: blank lines inserted before it, then its new text (or nothing). */
export interface LineLayout {
  blanksBefore: number;
  /** undefined: the line is removed with its line break. */
  text: string | undefined;
  eol: string;
}

export interface LayoutMode {
  spacing: SupervisorSpacing;
  /** Keep the indentation of supervisor entry lines (the safe retry when dedenting would change a parse). */
  keepEntryIndent: boolean;
}

const BOM = '\uFEFF';

export function layoutLines(doc: ParsedDocument, options: LayoutOptions, mode: LayoutMode): LineLayout[] {
  const lines = doc.lines;
  const spaced = doc.dialect === 'supervisor' && (mode.spacing === 'dominant' ? dominantIsSpaced(doc) : mode.spacing === 'spaced');
  const entryAt = entriesByLine(doc);
  const trim = options.trimTrailingWhitespace !== false;
  let continued = false;
  const out: LineLayout[] = lines.map((line, n) => {
    const bom = n === 0 && line.text.startsWith(BOM) ? BOM : '';
    const body = bom ? line.text.slice(1) : line.text;
    // A comment between systemd continuation lines keeps its indentation: systemd releases before
    // comments in continuations were skipped joined it into the value.
    const interior = continued && line.kind === 'comment';
    if (line.kind !== 'comment') continued = doc.dialect === 'systemd' && (line.kind === 'entry' || line.kind === 'continuation') && endsInEscape(line.text, line.text.length);
    const shaped = interior ? (trim ? trimEnd(body, true) : body) : shapeLine(doc, line, body, entryAt.get(n), spaced, mode.keepEntryIndent, trim);
    return { blanksBefore: 0, text: bom + shaped, eol: line.eol };
  });
  arrangeBlankLines(doc, out, options);
  return out;
}

function shapeLine(doc: ParsedDocument, line: SourceLine, body: string, entry: Entry | undefined, spaced: boolean,
  keepIndent: boolean, trim: boolean): string {
  const systemd = doc.dialect === 'systemd';
  let shaped: string;
  switch (line.kind) {
    case 'invalid':
      return body; // text the parser cannot read stays as written
    case 'blank':
    case 'continuation':
      shaped = body;
      break;
    case 'comment':
    case 'section':
      shaped = dedent(body);
      break;
    case 'entry':
      // Entry positions count from the start of the line, byte-order mark included; the result starts at the key.
      shaped = entry ? (systemd ? systemdEntry(line.text, entry) : supervisorEntry(line.text, entry, spaced, keepIndent)) : body;
      break;
  }
  return trim ? trimEnd(shaped, systemd) : shaped;
}

/**
 * `Key=value`: no indentation, no spaces or tabs around `=`; the rest of the line as written.
 * (systemd strips only those and line breaks from a key: a form feed before `=` stays part of it.)
 */
function systemdEntry(text: string, entry: Entry): string {
  const eq = text.indexOf('=', entry.keyRange.end.character);
  if (eq < 0) return text;
  return trimEnd(text.slice(entry.keyRange.start.character, eq), false) + '=' + dedent(text.slice(eq + 1));
}

/** `key = value` or `key=value` (`key: value` / `key:value` for a colon); inline comments kept. */
function supervisorEntry(text: string, entry: Entry, spaced: boolean, keepIndent: boolean): string {
  const keyStart = entry.keyRange.start.character;
  const keyEnd = entry.keyRange.end.character;
  const sep = text.indexOf(entry.separator, keyEnd);
  if (sep < 0) return text;
  const rest = dedent(text.slice(sep + 1));
  // `;` or `#` starts an inline comment only after whitespace: a comment right after the separator
  // keeps a blank before it, and a value that starts with one gets none.
  const hash = rest.startsWith(';') || rest.startsWith('#');
  const before = spaced && entry.separator === '=' ? ' ' : '';
  const valueHere = entry.pieces[0]?.text ?? '';
  const after = rest === '' || (hash && valueHere !== '') ? '' : spaced || hash ? ' ' : '';
  const indent = keepIndent ? text.slice(0, keyStart) : '';
  return indent + text.slice(keyStart, keyEnd) + before + entry.separator + after + rest;
}

/**
 * The style most entries of the file already use: spaced (`key = value`) unless compact entries
 * outnumber spaced ones. Entries that have no value or mix the two do not vote.
 */
function dominantIsSpaced(doc: ParsedDocument): boolean {
  let spaced = 0;
  let compact = 0;
  for (const section of doc.sections) {
    for (const entry of section.entries) {
      if (entry.value === '') continue;
      const text = doc.lines[entry.keyRange.start.line].text;
      const sep = text.indexOf(entry.separator, entry.keyRange.end.character);
      const blankBefore = sep > entry.keyRange.end.character;
      const blankAfter = isBlank(text.charCodeAt(sep + 1));
      const vote = entry.separator === ':' ? blankAfter : blankBefore === blankAfter ? blankAfter : undefined;
      if (vote === true) spaced++;
      else if (vote === false) compact++;
    }
  }
  return compact <= spaced;
}

/**
 * Blank lines: none at the start; one at most in a row; one before each section header that does
 * not open the file (before the comment lines right above it); at the end, none after the last line
 * and that line ends with a line break (as the options allow).
 */
function arrangeBlankLines(doc: ParsedDocument, out: LineLayout[], options: LayoutOptions): void {
  const lines = doc.lines;
  // Only a line of spaces and tabs is blank here: the parsers also call blank a line of other
  // control characters (or one holding a comment after a form feed), and those lines stay.
  const isBlankLine = (n: number) => lines[n].kind === 'blank' && dedent(withoutBom(lines[n].text, n)) === '';
  let first = 0;
  while (first < lines.length && isBlankLine(first)) first++;
  // A systemd value continued past the last line ends on an empty continuation line once the file
  // ends with a line break: at the end, such a line counts as blank (the value reads the same).
  const trailing = (n: number) => isBlankLine(n) || (lines[n].kind === 'continuation' && dedent(lines[n].text) === '');
  let last = lines.length - 1;
  while (last >= 0 && trailing(last)) last--;
  if (last < 0) {
    // Nothing but blank lines: an empty file (a byte-order mark stays).
    if (options.trimFinalNewlines === false) return;
    out.forEach((line, n) => { if (n > 0 || line.text === '') line.text = undefined; else line.eol = ''; });
    return;
  }
  // A byte-order mark on the first line is never moved: that line stays, emptied of blanks. One that
  // starts a later line must not become the first line's (where it would be skipped): a blank line stays before it.
  const keepBefore = first < lines.length && lines[first].text.startsWith(BOM) ? 1 : 0;
  for (let n = lines[0].text.startsWith(BOM) ? 1 : 0; n < first - keepBefore; n++) out[n].text = undefined;
  for (let n = first; n <= last; n++) {
    if (!isBlankLine(n) || !isBlankLine(n - 1)) continue;
    // A supervisor value keeps the blank lines between its continuation lines (configparser counts them).
    if (doc.dialect === 'supervisor' && continuesAfter(lines, n)) continue;
    out[n].text = undefined;
  }
  for (let n = first + 1; n <= last; n++) {
    if (lines[n].kind !== 'section') continue;
    let top = n;
    while (top - 1 >= first && lines[top - 1].kind === 'comment') top--;
    if (top > first && !isBlankLine(top - 1)) out[top].blanksBefore = 1;
  }
  if (options.trimFinalNewlines !== false) {
    for (let n = last + 1; n < lines.length; n++) out[n].text = undefined;
  }
  if (options.insertFinalNewline !== false && out[last].eol === '') out[last].eol = documentEol(lines);
}

/** Whether a continuation line follows line `n` past blank and comment lines. */
function continuesAfter(lines: SourceLine[], n: number): boolean {
  let k = n + 1;
  while (k < lines.length && (lines[k].kind === 'blank' || lines[k].kind === 'comment')) k++;
  return k < lines.length && lines[k].kind === 'continuation';
}

function entriesByLine(doc: ParsedDocument): Map<number, Entry> {
  const byLine = new Map<number, Entry>();
  for (const entry of doc.orphanEntries) byLine.set(entry.keyRange.start.line, entry);
  for (const section of doc.sections) for (const entry of section.entries) byLine.set(entry.keyRange.start.line, entry);
  return byLine;
}

/** The line break the document uses first, for inserted lines. */
export function documentEol(lines: SourceLine[]): string {
  return lines.find((line) => line.eol !== '')?.eol ?? '\n';
}

function withoutBom(text: string, line: number): string {
  return line === 0 && text.startsWith(BOM) ? text.slice(1) : text;
}

function dedent(text: string): string {
  let i = 0;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return text.slice(i);
}

/**
 * Trailing spaces and tabs go, except in systemd when removing them would leave a backslash at the
 * end: that backslash would then continue the line onto the next one.
 */
function trimEnd(text: string, systemd: boolean): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return text;
  if (systemd && endsInEscape(text, end)) return text;
  return text.slice(0, end);
}

function endsInEscape(text: string, end: number): boolean {
  let run = 0;
  while (run < end && text.charCodeAt(end - 1 - run) === 92) run++;
  return run % 2 === 1;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}
