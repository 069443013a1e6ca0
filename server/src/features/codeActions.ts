// Quick fixes: each diagnostic that carries fixes in its data becomes one code action per fix.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticData } from '../rules/types';

export function quickFixes(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [uri]: fix.edits } },
      });
    }
  }
  return actions;
}
