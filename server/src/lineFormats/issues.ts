// What a line-format validator finds, before it becomes an LSP diagnostic: the line, the columns
// (UTF-16) it covers, a stable code and a message of our own (templates translated in l10n/zh-cn).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { SOURCE } from '../features/diagnostics';
import { linkRuleDocs } from '../features/ruleDocs';
import type { QuickFix } from '../rules/types';

export type IssueSeverity = 'error' | 'warning' | 'information';

export interface LineIssue {
  line: number;
  start: number;
  end: number;
  severity: IssueSeverity;
  code: string;
  message: string;
  /** Edits on the issue's own line that mend it. */
  fixes?: QuickFix[];
}

const SEVERITY: Readonly<Record<IssueSeverity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information,
};

export function toDiagnostic(issue: LineIssue): Diagnostic {
  const d: Diagnostic = {
    range: { start: { line: issue.line, character: issue.start }, end: { line: issue.line, character: issue.end } },
    severity: SEVERITY[issue.severity], source: SOURCE, code: issue.code, message: issue.message,
  };
  if (issue.fixes?.length) d.data = { fixes: issue.fixes };
  linkRuleDocs(d);
  return d;
}

/** A fix replacing columns `start`..`end` of `line` with `text`. */
export function replaceFix(title: string, line: number, start: number, end: number, text: string): QuickFix {
  return { title, preferred: true, edits: [{ range: { start: { line, character: start }, end: { line, character: end } }, newText: text }] };
}

/** A fix removing the whole line `line`. */
export function removeLineFix(title: string, line: number): QuickFix {
  return { title, edits: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }] };
}

/** The characters of a user's value quoted in a message: control characters shown, very long ones cut. */
export function shown(text: string): string {
  const plain = text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return plain.length > 80 ? `${plain.slice(0, 77)}...` : plain;
}
