// Parser for supervisor configs, following Python's configparser as supervisor configures it
// (RawConfigParser with inline_comment_prefixes=(';', '#'), strict=False):
// - a line whose stripped text starts with `;` or `#` is a comment;
// - `;` or `#` after whitespace starts an inline comment;
// - `key = value` or `key: value` (the first `=` or `:`), keys compared in lower case;
// - a line indented deeper than its option line continues the value (joined with newlines);
// - `%(name)s` expansions are located with their ranges.
// It never throws.
import type { Entry, Expansion, ParsedDocument, Section, SourceLine, SyntaxProblem, ValuePiece } from './model';
import { firstNonBlank, isSpace, lastNonBlank, NO_EXPANSIONS, pos, range, splitLines } from './lines';
import { positionAt } from './positions';
import { finish, STEP_LINES } from './steps';

interface Open {
  entry: Entry;
  indent: number;
}

export function parseSupervisor(text: string): ParsedDocument {
  return finish(supervisorSteps(text));
}

/** The same parse, pausing every STEP_LINES lines: the server parses a large document between other requests. */
export function* supervisorSteps(text: string): Generator<void, ParsedDocument> {
  const lines: SourceLine[] = splitLines(text);
  const sections: Section[] = [];
  const orphanEntries: Entry[] = [];
  const comments: ParsedDocument['comments'] = [];
  const problems: SyntaxProblem[] = [];
  let current: Section | undefined;
  let open: Open | undefined;
  let sincePause = 0;

  for (let n = 0; n < lines.length; n++) {
    if (++sincePause === STEP_LINES) {
      sincePause = 0;
      yield;
    }
    const line = lines[n];
    const body = n === 0 && line.text.startsWith('\uFEFF') ? ' ' + line.text.slice(1) : line.text;
    const commentAt = commentStart(body);
    const first = firstNonBlank(body);
    if (commentAt !== undefined) comments.push(range(n, commentAt, body.length));
    const end = lastNonBlank(body, commentAt ?? body.length);
    if (first >= end) {
      if (commentAt !== undefined && commentAt === first) line.kind = 'comment';
      continue;
    }
    if (open && first > open.indent) {
      line.kind = 'continuation';
      extend(open.entry, n, first, end, body);
      continue;
    }
    open = undefined;
    // Everything below reads body[0, end) only: the comment and trailing blanks are not part of the line's content.
    const bracket = body.indexOf(']', first + 2);
    if (body[first] === '[' && bracket > 0 && bracket < end) {
      const close = body.lastIndexOf(']', end - 1);
      line.kind = 'section';
      const headerRange = range(n, first, close + 1);
      current = { name: body.slice(first + 1, close), nameRange: range(n, first + 1, close), headerRange,
        range: headerRange, entries: [] };
      sections.push(current);
      if (close + 1 < end) {
        problems.push({ range: range(n, close + 1, end), code: 'syntax/after-header', severity: 'warning',
          message: 'Text after the section header is ignored.' });
      }
      continue;
    }
    const sep = findSeparator(body, first, end);
    if (sep < 0 || lastNonBlank(body, sep) <= first) {
      line.kind = 'invalid';
      problems.push({ range: range(n, first, end), code: 'syntax/invalid-line', severity: 'error',
        message: sep < 0
          ? `Expected 'name = value' or 'name: value': supervisord refuses the whole file (a parsing error).`
          : `Missing option name before '${body[sep]}': supervisord refuses the whole file.` });
      continue;
    }
    if (!current) {
      line.kind = 'invalid';
      problems.push({ range: range(n, first, end), code: 'syntax/outside-section', severity: 'error',
        message: 'Option before any [section] header: supervisord refuses the file (missing section header).' });
      continue;
    }
    line.kind = 'entry';
    const entry = makeEntry(n, first, sep, end, body);
    current.entries.push(entry);
    open = { entry, indent: first };
  }
  for (const section of sections) {
    const last = section.entries[section.entries.length - 1];
    if (last) section.range = { start: section.headerRange.start, end: last.range.end };
    for (const entry of section.entries) entry.expansions = findExpansions(entry);
  }
  return { dialect: 'supervisor', lines, sections, orphanEntries, comments, problems };
}

/** Where a comment starts: a whole-line `;`/`#`, or one after whitespace. */
function commentStart(text: string): number | undefined {
  const first = firstNonBlank(text);
  if (text[first] === ';' || text[first] === '#') return first;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if ((c === ';' || c === '#') && isSpace(text.charCodeAt(i - 1))) return i;
  }
  return undefined;
}

function findSeparator(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (text[i] === '=' || text[i] === ':') return i;
  }
  return -1;
}

function makeEntry(n: number, first: number, sep: number, end: number, text: string): Entry {
  const keyEnd = lastNonBlank(text, sep);
  let valueStart = sep + 1;
  while (valueStart < end && isSpace(text.charCodeAt(valueStart))) valueStart++;
  const value = text.slice(valueStart, end);
  // valueStart <= end, so the value and its one piece span the same range, and the entry ends where
  // the value does. Equal ranges share one object: a large file keeps fewer of them alive (no one
  // mutates a range; extend() replaces them).
  const valueRange = range(n, valueStart, end);
  const pieces: ValuePiece[] = [{ text: value, range: valueRange, offset: 0 }];
  const keyRange = range(n, first, keyEnd);
  return {
    key: text.slice(first, keyEnd).toLowerCase(), keyRange,
    separator: text[sep] === ':' ? ':' : '=', value, pieces, valueRange,
    range: { start: keyRange.start, end: valueRange.end }, expansions: NO_EXPANSIONS,
  };
}

function extend(entry: Entry, n: number, first: number, end: number, text: string): void {
  const piece = text.slice(first, end);
  const offset = entry.value.length + 1;
  entry.value += '\n' + piece;
  entry.pieces.push({ text: piece, range: range(n, first, end), offset });
  entry.valueRange = { start: entry.pieces[0].text ? entry.valueRange.start : pos(n, first), end: pos(n, end) };
  entry.range = { start: entry.range.start, end: pos(n, end) };
}

// Flags take every `0`, so a width starts at 1-9: `[#0\- +]*\d*` would split a run of zeros every way.
const FORMAT_TAIL = /^[#0\- +]*(?:[1-9]\d*)?(?:\.\d+)?([a-zA-Z]?)/;

/** Finds `%(name)s` expansions in one linear pass (`%%` is a literal percent sign). */
function findExpansions(entry: Entry): Expansion[] {
  const found: Expansion[] = [];
  const value = entry.value;
  let at = value.indexOf('%');
  while (at >= 0 && at < value.length - 1) {
    if (value[at + 1] === '%') {
      at = value.indexOf('%', at + 2);
      continue;
    }
    if (value[at + 1] !== '(') {
      at = value.indexOf('%', at + 1);
      continue;
    }
    const close = value.indexOf(')', at + 2);
    if (close < 0) break; // no later expansion can be complete either
    const name = value.slice(at + 2, close);
    const tail = FORMAT_TAIL.exec(value.slice(close + 1, close + 40));
    const end = close + 1 + (tail ? tail[0].length : 0);
    found.push({
      name,
      conversion: tail ? tail[1] : '',
      range: { start: positionAt(entry.pieces, at), end: positionAt(entry.pieces, end) },
      nameRange: { start: positionAt(entry.pieces, at + 2), end: positionAt(entry.pieces, close) },
    });
    at = value.indexOf('%', end);
  }
  return found.length ? found : NO_EXPANSIONS;
}
