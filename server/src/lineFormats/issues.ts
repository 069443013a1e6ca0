// What a line-format validator finds, before it becomes an LSP diagnostic: the line, the columns
// (UTF-16) it covers, a stable code and a message of our own (templates translated in l10n/zh-cn).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { SOURCE } from '../features/diagnostics';
import { linkRuleDocs } from '../features/ruleDocs';

export type IssueSeverity = 'error' | 'warning' | 'information';

export interface LineIssue {
  line: number;
  start: number;
  end: number;
  severity: IssueSeverity;
  code: string;
  message: string;
}

const SEVERITY: Readonly<Record<IssueSeverity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information,
};

export function toDiagnostic(issue: LineIssue): Diagnostic {
  const d: Diagnostic = {
    range: { start: { line: issue.line, character: issue.start }, end: { line: issue.line, character: issue.end } },
    severity: SEVERITY[issue.severity], source: SOURCE, code: issue.code, message: issue.message,
  };
  linkRuleDocs(d);
  return d;
}

/** The characters of a user's value quoted in a message: control characters shown, very long ones cut. */
export function shown(text: string): string {
  const plain = text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return plain.length > 80 ? `${plain.slice(0, 77)}...` : plain;
}
