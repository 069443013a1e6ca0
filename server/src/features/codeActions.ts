// Quick fixes: each diagnostic that carries fixes in its data becomes one code action per fix.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticData } from '../rules/types';
import { isObject } from '../util/isObject';

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

/** Code, range and message of a diagnostic, as a client that re-types them (ALE) still sends them. */
function identity(diagnostic: unknown): string | undefined {
  if (!isObject(diagnostic) || !isObject(diagnostic.range)) return undefined;
  const { start, end } = diagnostic.range;
  if (!isObject(start) || !isObject(end)) return undefined;
  // ALE joins a multi-line message with spaces.
  const message = typeof diagnostic.message === 'string' ? diagnostic.message.replace(/\s+/g, ' ').trim() : '';
  return JSON.stringify([diagnostic.code ?? null, start.line, start.character, end.line, end.character, message]);
}

/**
 * Some clients (ALE) send a diagnostic back without the `data` the server gave it, and with it its
 * fixes: such a diagnostic takes the data of the one the server last published with the same code,
 * range and message. Diagnostics that kept their data are left as they are.
 */
export function withPublishedData(sent: Diagnostic[], published: readonly Diagnostic[] | undefined): Diagnostic[] {
  if (!published?.length || sent.every((d) => d.data !== undefined && d.data !== null)) return sent;
  const byIdentity = new Map<string, unknown>();
  for (const diagnostic of published) {
    const key = identity(diagnostic);
    if (key !== undefined && diagnostic.data !== undefined && !byIdentity.has(key)) byIdentity.set(key, diagnostic.data);
  }
  return sent.map((diagnostic) => {
    if (diagnostic.data !== undefined && diagnostic.data !== null) return diagnostic;
    const key = identity(diagnostic);
    const data = key === undefined ? undefined : byIdentity.get(key);
    return data === undefined ? diagnostic : { ...diagnostic, data };
  });
}
