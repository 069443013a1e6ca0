// Parser for systemd unit files, following systemd.syntax(7) and src/shared/conf-parser.c:
// - a line whose first non-blank character is `#` or `;` is a comment, even inside a continuation;
// - a value ending in an unescaped `\` continues on the next line (the backslash reads as a space);
// - `[Name]` starts a section; `Key=Value` has blanks around `=` and the value trimmed;
// - `Key=` (empty) is kept as an entry: for list settings it resets the list.
// It never throws: every line ends up classified, and problems are collected, not raised.
import type { Position } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument, Section, SourceLine, SyntaxProblem, ValuePiece } from './model';
import { firstNonBlank, isWhitespace, lastNonBlank, NO_EXPANSIONS, pos, range, splitLines } from './lines';
import { positionAt } from './positions';
import { finish, STEP_LINES } from './steps';

const BOM = '\uFEFF';

export function parseSystemd(text: string): ParsedDocument {
  return finish(systemdSteps(text));
}

/** The same parse, pausing every STEP_LINES lines: the server parses a large document between other requests. */
export function* systemdSteps(text: string): Generator<void, ParsedDocument> {
  const lines: SourceLine[] = splitLines(text);
  const sections: Section[] = [];
  const orphanEntries: Entry[] = [];
  const comments: ParsedDocument['comments'] = [];
  const problems: SyntaxProblem[] = [];
  let current: Section | undefined;
  let sincePause = 0;

  for (let n = 0; n < lines.length; n++) {
    if (++sincePause === STEP_LINES) {
      sincePause = 0;
      yield;
    }
    const line = lines[n];
    const start = n === 0 && line.text.startsWith(BOM) ? 1 : 0;
    const first = firstNonBlank(line.text, start);
    const end = lastNonBlank(line.text);
    if (first >= end) continue; // blank
    const lead = line.text[first];
    if (lead === '#' || lead === ';') {
      line.kind = 'comment';
      comments.push(range(n, first, line.text.length));
      continue;
    }
    if (lead === '[') {
      const section = parseHeader(line.text, n, first, end, problems);
      line.kind = section ? 'section' : 'invalid';
      if (section) {
        sections.push(section);
        current = section;
      }
      continue;
    }
    const entry = parseAssignment(lines, n, first, comments, problems);
    if (!entry) continue;
    if (current) current.entries.push(entry);
    else orphanEntries.push(entry);
    n = entry.range.end.line;
  }

  for (const section of sections) closeSection(section);
  for (const entry of orphanEntries) {
    problems.push({ range: entry.keyRange, code: 'syntax/outside-section', severity: 'warning',
      message: 'Assignment outside of any section: systemd ignores it.' });
  }
  return { dialect: 'systemd', lines, sections, orphanEntries, comments, problems };
}

function parseHeader(text: string, n: number, first: number, end: number, problems: SyntaxProblem[]): Section | undefined {
  if (text[end - 1] !== ']' || end - first < 2) {
    problems.push({ range: range(n, first, end), code: 'syntax/section-header', severity: 'error',
      message: `Invalid section header: a header is '[Name]' with nothing after the closing bracket; systemd refuses to load the file.` });
    return undefined;
  }
  const headerRange = range(n, first, end);
  return { name: text.slice(first + 1, end - 1), nameRange: range(n, first + 1, end - 1), headerRange,
    range: headerRange, entries: [] };
}

/** Reads `Key=Value` starting on line `n`, following continuations; marks the lines it consumes. */
function parseAssignment(lines: SourceLine[], n: number, first: number, comments: ParsedDocument['comments'],
  problems: SyntaxProblem[]): Entry | undefined {
  const text = lines[n].text;
  const eq = text.indexOf('=', first);
  const keyEnd = lastNonBlank(text, eq < 0 ? text.length : eq);
  if (eq < 0 || keyEnd <= first) {
    lines[n].kind = 'invalid';
    const message = eq < 0 ? `Missing '=': systemd ignores this line.` : `Missing key name before '=': systemd ignores this line.`;
    problems.push({ range: range(n, first, lastNonBlank(text)), code: 'syntax/missing-equals', severity: 'warning', message });
    return undefined;
  }
  lines[n].kind = 'entry';
  // Gather the raw value text piece by piece, the way conf-parser joins continuation lines.
  const pieces: ValuePiece[] = [];
  let joined = '';
  let line = n;
  let from = eq + 1;
  let lastLine = n;
  for (;;) {
    const piece = lines[line].text.slice(from);
    const continues = endsWithEscape(piece);
    const body = continues ? piece.slice(0, -1) : piece;
    pieces.push({ text: body, range: range(line, from, from + body.length), offset: joined.length });
    joined += continues ? body + ' ' : body;
    lastLine = line;
    if (!continues) break;
    // Skip comment lines inside the continuation; stop at the end of the text.
    let next = line + 1;
    while (next < lines.length && isCommentLine(lines[next].text)) {
      lines[next].kind = 'comment';
      const c = firstNonBlank(lines[next].text);
      comments.push(range(next, c, lines[next].text.length));
      next++;
    }
    if (next >= lines.length) break;
    line = next;
    from = 0;
    lines[line].kind = 'continuation';
  }
  const lead = leadingWhitespace(joined);
  const value = joined.slice(lead, lastNonBlank(joined));
  for (const piece of pieces) piece.offset -= lead;
  let valueRange = valueSpan(pieces, value.length, n, eq + 1);
  const endLine = lastLine;
  let entryEnd = pos(endLine, Math.max(lastNonBlank(lines[endLine].text), endLine === n ? eq + 1 : 0));
  // Equal ranges and positions share one object (the common `Key=value` line): a large file keeps
  // fewer objects alive. Nothing mutates a parsed range.
  const only = pieces.length === 1 ? pieces[0].range : undefined;
  if (only && samePosition(only.start, valueRange.start) && samePosition(only.end, valueRange.end)) valueRange = only;
  if (samePosition(entryEnd, valueRange.end)) entryEnd = valueRange.end;
  const keyRange = range(n, first, keyEnd);
  return {
    key: text.slice(first, keyEnd), keyRange, separator: '=',
    value, pieces, valueRange, range: { start: keyRange.start, end: entryEnd }, expansions: NO_EXPANSIONS,
  };
}

/** The range from the value's first to its last character, mapped back through the pieces. */
function valueSpan(pieces: ValuePiece[], length: number, keyLine: number, afterSeparator: number) {
  if (length === 0) {
    const p = pos(keyLine, afterSeparator);
    return { start: p, end: p };
  }
  return { start: positionAt(pieces, 0), end: positionAt(pieces, length) };
}

/**
 * Whether a piece ends in an unescaped backslash. systemd tracks escapes from the start of the
 * joined value, but every earlier piece ends in a plain character (its own backslash became a
 * space), so the parity of the trailing run of backslashes decides.
 */
function endsWithEscape(text: string): boolean {
  let run = 0;
  while (run < text.length && text.charCodeAt(text.length - 1 - run) === 92) run++;
  return run % 2 === 1;
}

function isCommentLine(text: string): boolean {
  const c = text[firstNonBlank(text)];
  return c === '#' || c === ';';
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function leadingWhitespace(text: string): number {
  let i = 0;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function closeSection(section: Section): void {
  const last = section.entries[section.entries.length - 1];
  if (last) section.range = { start: section.headerRange.start, end: last.range.end };
}
