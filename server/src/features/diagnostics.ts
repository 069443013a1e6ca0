// Diagnostics: the parser's syntax problems, then every rule of the document's dialect. Given the
// findings of the version before an edit (a memo kept per document), rules redo only what the edit
// changed (incremental/findings.ts); the result is the same.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { commonRules } from '../rules/common';
import type { AnalysisSettings, Rule, RuleContext, WorkspaceView } from '../rules/types';
import type { DialectSupport } from '../dialects';
import { pathOf } from '../classify/classify';
import { linkRuleDocs } from './ruleDocs';
import { finish } from '../parse/steps';
import { carriedFindings, EditFacts, inputsOf, usableEdit, type Findings } from '../incremental/findings';
import { netdevSkippedSpans } from '../rules/family/netdevKind';

/** Where a document's findings are kept from one version to the next. */
export interface FindingsMemo {
  findings?: Findings;
}

export const SOURCE = 'daemon-config';

export function computeDiagnostics(analyzed: AnalyzedDocument, settings: AnalysisSettings,
  workspace?: WorkspaceView, onRuleError?: (code: string, error: unknown) => void, memo?: FindingsMemo): Diagnostic[] {
  return finish(diagnosticSteps(analyzed, settings, workspace, onRuleError, memo));
}

/** The same work, pausing after each rule: the server runs a large document's rules between other requests. */
export function* diagnosticSteps(analyzed: AnalyzedDocument, settings: AnalysisSettings,
  workspace?: WorkspaceView, onRuleError?: (code: string, error: unknown) => void, memo?: FindingsMemo): Generator<void, Diagnostic[]> {
  const { doc, kind, support } = analyzed;
  const diagnostics: Diagnostic[] = doc.problems.map((p) => ({
    range: p.range, message: p.message, code: p.code, source: SOURCE,
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
  }));
  const filePath = analyzed.uri.startsWith('file:') || analyzed.uri.startsWith('/') ? pathOf(analyzed.uri) : undefined;
  const context: RuleContext = { doc, kind, schema: support.schema, validators: support.validators, settings, filePath, workspace, uri: analyzed.uri };
  const rules = rulesOf(analyzed);
  const inputs = memo ? inputsOf(analyzed, settings) : '';
  const previous = memo?.findings;
  const usable = memo ? usableEdit(analyzed, previous, rules, inputs, workspace) : undefined;
  const facts = usable ? new EditFacts(usable.edit, usable.old, doc) : undefined;
  const found: (Diagnostic[] | undefined)[] = [];
  for (const [i, rule] of rules.entries()) {
    try {
      const before = previous?.found[i];
      const mine = facts && before ? carriedFindings(rule, context, before, facts) : rule.check(context);
      found.push(mine);
      for (const d of mine) diagnostics.push({ source: SOURCE, code: rule.code, ...d });
    } catch (error) {
      found.push(undefined);
      // One broken rule must not take the others, or the server, down with it.
      onRuleError?.(rule.code, error);
    }
    // A rule that only carried its findings over took no time worth a pause.
    if (!facts) yield;
  }
  if (memo) memo.findings = { doc: new WeakRef(doc), rules, inputs, workspace, found };
  const skipped = netdevSkippedSpans(doc, kind);
  const kept = skipped.length ? diagnostics.filter((d) => !skipped.some(([from, to]) => d.range.start.line >= from && d.range.start.line <= to)) : diagnostics;
  kept.forEach(linkRuleDocs);
  return kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const dialectRules = new WeakMap<DialectSupport, readonly Rule[]>();

/** The common rules (their codes under the dialect's name) and the dialect's own, the same list each time. */
function rulesOf({ doc, support }: AnalyzedDocument): readonly Rule[] {
  let rules = dialectRules.get(support);
  if (!rules) dialectRules.set(support, (rules = [...commonRules.map((rule) => ({ ...rule, code: `${doc.dialect}/${rule.code}` })), ...support.rules]));
  return rules;
}
