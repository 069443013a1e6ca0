// Diagnostics: the parser's syntax problems, then every rule of the document's dialect.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { commonRules } from '../rules/common';
import type { AnalysisSettings, RuleContext, WorkspaceView } from '../rules/types';
import { pathOf } from '../classify/classify';
import { linkRuleDocs } from './ruleDocs';
import { finish } from '../parse/steps';

export const SOURCE = 'daemon-config';

export function computeDiagnostics(analyzed: AnalyzedDocument, settings: AnalysisSettings,
  workspace?: WorkspaceView, onRuleError?: (code: string, error: unknown) => void): Diagnostic[] {
  return finish(diagnosticSteps(analyzed, settings, workspace, onRuleError));
}

/** The same work, pausing after each rule: the server runs a large document's rules between other requests. */
export function* diagnosticSteps(analyzed: AnalyzedDocument, settings: AnalysisSettings,
  workspace?: WorkspaceView, onRuleError?: (code: string, error: unknown) => void): Generator<void, Diagnostic[]> {
  const { doc, kind, support } = analyzed;
  const diagnostics: Diagnostic[] = doc.problems.map((p) => ({
    range: p.range, message: p.message, code: p.code, source: SOURCE,
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
  }));
  const filePath = analyzed.uri.startsWith('file:') || analyzed.uri.startsWith('/') ? pathOf(analyzed.uri) : undefined;
  const context: RuleContext = { doc, kind, schema: support.schema, validators: support.validators, settings, filePath, workspace, uri: analyzed.uri };
  const rules = [...commonRules.map((rule) => ({ ...rule, code: `${doc.dialect}/${rule.code}` })), ...support.rules];
  for (const rule of rules) {
    try {
      for (const d of rule.check(context)) diagnostics.push({ source: SOURCE, code: rule.code, ...d });
    } catch (error) {
      // One broken rule must not take the others, or the server, down with it.
      onRuleError?.(rule.code, error);
    }
    yield;
  }
  diagnostics.forEach(linkRuleDocs);
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
