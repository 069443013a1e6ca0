// A load-time refusal: systemd will not load the unit at all. One error on the line that causes it,
// with related information pointing at the lines that take part.
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument } from '../../parse/model';
import { diagnostic, ERROR } from '../common/diagnostic';
import type { QuickFix, RuleContext } from '../types';

export interface Related { range: Range; message: string }

export function refusal(context: RuleContext, range: Range, message: string, code: string,
  fixes?: QuickFix[], related: Related[] = []): Diagnostic {
  const d = diagnostic(range, message, ERROR, fixes);
  d.code = code;
  const { uri } = context;
  if (uri && related.length) {
    d.relatedInformation = related.slice(0, 20).map((r): DiagnosticRelatedInformation => ({ location: { uri, range: r.range }, message: r.message }));
  }
  return d;
}

export function relatedEntry(entry: Entry, message?: string): Related {
  return { range: entry.range, message: message ?? `${entry.key}=${entry.value}` };
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Where an absence is reported: the header of the section that lacks the line, else the first header. */
export function headerOf(doc: ParsedDocument, section: string): Range {
  return (doc.sections.find((s) => s.name === section) ?? doc.sections[0])?.nameRange ?? START;
}

/** A unit file (not a drop-in) of the given types, whose name is known. */
export function isUnitOf(context: RuleContext, ...types: string[]): boolean {
  const { kind } = context;
  return kind.dialect === 'systemd' && !kind.dropIn && kind.unitType !== undefined && types.includes(kind.unitType);
}

/** The unit's own name, for a file (not a drop-in) with a known name. */
export function unitNameOf(context: RuleContext): string | undefined {
  const { kind } = context;
  return kind.dialect === 'systemd' && !kind.dropIn ? kind.unitName : undefined;
}
