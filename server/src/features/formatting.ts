// Document and range formatting: the canonical layout (formatLayout.ts) as a few line edits. The
// formatter re-parses what it would write and refuses (answers no edits) rather than change what a
// file means; a safer retry that keeps supervisor entry indentation comes first.
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Dialect, ParsedDocument } from '../parse/model';
import { parse } from '../parse';
import { documentEol, layoutLines, type LayoutOptions, type LineLayout, type SupervisorSpacing } from './formatLayout';
import { meaningOf, sameMeaning } from './parsedMeaning';

export type { LayoutOptions, SupervisorSpacing };

export interface FormatResult {
  edits: TextEdit[];
  /** Set when the formatter found no layout that keeps the meaning, so it changes nothing. */
  refused?: string;
}

/** Edits for the whole document. */
export function formatDocument(doc: ParsedDocument, options: LayoutOptions, spacing: SupervisorSpacing = 'dominant'): FormatResult {
  return format(doc, options, spacing, () => true);
}

/** Edits for the whole lines the range touches (a range ending at the start of a line leaves that line out). */
export function formatRange(doc: ParsedDocument, range: Range, options: LayoutOptions, spacing: SupervisorSpacing = 'dominant'): FormatResult {
  const first = range.start.line;
  const last = range.end.line > first && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  return format(doc, options, spacing, (n) => n >= first && n <= last);
}

/** The formatted text of a whole document (for tests and the checker). */
export function formatText(text: string, dialect: Dialect, options: LayoutOptions = {}, spacing: SupervisorSpacing = 'dominant'): string {
  const doc = parse(text, dialect);
  return applyEdits(doc, formatDocument(doc, options, spacing).edits);
}

function format(doc: ParsedDocument, options: LayoutOptions, spacing: SupervisorSpacing, chosen: (line: number) => boolean): FormatResult {
  const before = meaningOf(doc);
  for (const keepEntryIndent of [false, true]) {
    const edits = lineEdits(doc, layoutLines(doc, options, { spacing, keepEntryIndent }), chosen);
    if (edits.length === 0) return { edits };
    if (sameMeaning(before, meaningOf(parse(applyEdits(doc, edits), doc.dialect)))) return { edits };
  }
  return { edits: [], refused: 'the formatted text would read differently, so the document is left as it is' };
}

/**
 * Each physical line with its line break is a unit; a changed unit becomes part of an edit, and
 * neighbouring changed units share one edit. Lines that do not change are never touched.
 */
function lineEdits(doc: ParsedDocument, layout: LineLayout[], chosen: (line: number) => boolean): TextEdit[] {
  const lines = doc.lines;
  const eol = documentEol(lines);
  const edits: TextEdit[] = [];
  let open: TextEdit | undefined;
  let afterCr = false;
  for (let n = 0; n < lines.length; n++) {
    const old = lines[n].text + lines[n].eol;
    const next = layout[n];
    let replacement = !chosen(n) ? old : eol.repeat(next.blanksBefore) + (next.text === undefined ? '' : next.text + next.eol);
    // In a file of mixed line breaks, a `\n` right after a `\r` would merge with it into one break.
    if (afterCr && replacement.startsWith('\n')) replacement = '\r' + replacement.slice(1);
    if (replacement !== '') afterCr = replacement.endsWith('\r');
    if (replacement === old) {
      open = undefined;
      continue;
    }
    const end = n + 1 < lines.length ? { line: n + 1, character: 0 } : { line: n, character: lines[n].text.length };
    if (open) {
      open.range = { start: open.range.start, end };
      open.newText += replacement;
    } else {
      open = { range: { start: { line: n, character: 0 }, end }, newText: replacement };
      edits.push(open);
    }
  }
  return edits;
}

/** Applies line edits (sorted, not overlapping) to the parsed document's text. */
export function applyEdits(doc: ParsedDocument, edits: TextEdit[]): string {
  const lines = doc.lines;
  let out = '';
  let line = 0;
  let character = 0;
  const copyTo = (to: { line: number; character: number }) => {
    while (line < to.line) {
      out += lines[line].text.slice(character) + lines[line].eol;
      line++;
      character = 0;
    }
    out += lines[line].text.slice(character, to.character);
    character = to.character;
  };
  for (const edit of edits) {
    copyTo(edit.range.start);
    out += edit.newText;
    line = edit.range.end.line;
    character = edit.range.end.character;
  }
  copyTo({ line: lines.length - 1, character: lines[lines.length - 1].text.length });
  return out;
}
