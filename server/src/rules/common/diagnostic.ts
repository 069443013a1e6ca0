// Small helpers shared by rules: building diagnostics and the edits their fixes make.
import { stringify } from 'ini';
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument, Section } from '../../parse/model';
import type { QuickFix } from '../types';

export function diagnostic(range: Range, message: string, severity: DiagnosticSeverity, fixes?: QuickFix[]): Diagnostic {
  const result: Diagnostic = { range, message, severity };
  if (fixes?.length) result.data = { fixes };
  return result;
}

export const ERROR = DiagnosticSeverity.Error;
export const WARNING = DiagnosticSeverity.Warning;
export const INFO = DiagnosticSeverity.Information;

export function replace(range: Range, newText: string): TextEdit {
  return { range, newText };
}

/** The whole physical lines of an entry, with the line break after them. */
export function entryLines(doc: ParsedDocument, entry: Entry): { range: Range; text: string } {
  const first = entry.range.start.line;
  const last = entry.range.end.line;
  const lines = doc.lines.slice(first, last + 1);
  const text = lines.map((l, i) => l.text + (i === lines.length - 1 ? '' : l.eol)).join('');
  const endsFile = last + 1 >= doc.lines.length;
  const range: Range = endsFile
    ? { start: { line: first, character: 0 }, end: { line: last, character: doc.lines[last].text.length } }
    : { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } };
  return { range, text };
}

/** The line break the document uses. */
export function eolOf(doc: ParsedDocument): string {
  return doc.lines.find((l) => l.eol)?.eol ?? '\n';
}

/** An edit that appends lines at the end of a section (after its last entry or its header). */
export function appendToSection(doc: ParsedDocument, section: Section, text: string): TextEdit {
  const line = section.range.end.line;
  const at = { line, character: doc.lines[line].text.length };
  return { range: { start: at, end: at }, newText: eolOf(doc) + text };
}

/** An edit that adds a new section at the end of the document, with `body` as its raw lines. */
export function appendSection(doc: ParsedDocument, header: string, body: string): TextEdit {
  const eol = eolOf(doc);
  return appendAtEnd(doc, `[${header}]${eol}${body}${eol}`);
}

/** Sections rendered by `ini`, by what went in: a folder of services without [Install] asks for the same few. */
const renderedSections = new Map<string, string>();

/**
 * An edit that adds a fresh section of plain settings. The `ini` package writes it: writing new
 * key/value pairs is what it does well (it cannot read these files faithfully, so the parsers
 * are our own). Values here are fixed names without `;` or `#`, which `ini` would escape.
 */
export function appendSettingsSection(doc: ParsedDocument, header: string, settings: Record<string, string>, spaced: boolean): TextEdit {
  const key = JSON.stringify([header, settings, spaced]);
  let rendered = renderedSections.get(key);
  if (rendered === undefined) {
    rendered = stringify({ [header]: settings }, { whitespace: spaced });
    if (renderedSections.size >= 256) renderedSections.clear();
    renderedSections.set(key, rendered);
  }
  return appendAtEnd(doc, rendered.replace(/\r?\n/g, eolOf(doc)));
}

function appendAtEnd(doc: ParsedDocument, text: string): TextEdit {
  const last = doc.lines.length - 1;
  const at = { line: last, character: doc.lines[last].text.length };
  const eol = eolOf(doc);
  const lead = doc.lines[last].text.trim() ? eol + eol : (last > 0 && doc.lines[last - 1].text.trim() ? eol : '');
  return { range: { start: at, end: at }, newText: lead + text };
}
