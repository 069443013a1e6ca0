// Drop-ins merged with their unit as systemd does (issue 13.8, 14.3): what the server asks of this
// folder. One resolution (resolve.ts) and one merge (merge.ts) serve the effective-unit request, the
// ExecStart= checks over the merge and the override inlay hints.
import { isUnitKind } from '../../classify/fileKind';
import type { Diagnostic, InlayHint } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../../analysis';
import { pathOf } from '../../classify/classify';
import { english, type Translator } from '../../l10n/translator';
import type { AnalysisSettings } from '../../rules/types';
import { NEWEST_KNOWN_SYSTEMD } from '../../settings';
import { withMergedExecStart } from './execStartChecks';
import { maskedDropIn } from './maskedDropIn';
import { withMergedRefusals } from './mergedRefusals';
import { dropInOverrideHints } from './overrideHints';
import { EFFECTIVE_UNIT_SCHEME, type EffectiveUnitResult } from './protocol';
import { renderEffectiveUnit } from './render';
import type { UnitFilesLookup } from './resolve';
import { mergeOfDocument } from './unitMerge';

export type { UnitFilesLookup } from './resolve';
export { EFFECTIVE_UNIT_REQUEST, EFFECTIVE_UNIT_SCHEME, type EffectiveUnitParams, type EffectiveUnitResult } from './protocol';

/** A view of a merge the client shows: it holds the drop-ins' lines already. */
const isMergedView = (a: AnalyzedDocument) => a.uri.startsWith(`${EFFECTIVE_UNIT_SCHEME}:`);

/** The merged unit of a unit file or drop-in; null for a file that is not a unit (or a drop-in of no known unit). */
export function effectiveUnit(a: AnalyzedDocument, lookup: UnitFilesLookup, t: Translator = english): EffectiveUnitResult | null {
  const merge = isMergedView(a) ? undefined : mergeOfDocument(a, lookup);
  return merge ? renderEffectiveUnit(merge.sources, merge.merged, t) : null;
}

/**
 * A unit file's or drop-in's diagnostics with what only the merge shows: a drop-in masked by one of
 * the same name, and the load-time refusals (for a service the ExecStart= checks too) made with its
 * unit file and drop-ins.
 */
export function dropInAwareDiagnostics(a: AnalyzedDocument, base: Diagnostic[], lookup: UnitFilesLookup,
  uriOf: (path: string) => string, settings: AnalysisSettings = { systemdVersion: NEWEST_KNOWN_SYSTEMD }): Diagnostic[] {
  if (!isUnitKind(a.kind) || isMergedView(a) || (!a.kind.dropIn && a.kind.unitType === undefined)) return base;
  const path = pathOf(a.uri);
  const merge = mergeOfDocument(a, lookup);
  if (!merge) return base;
  const located = (p: string) => (p === path ? a.uri : uriOf(p));
  const masked = a.kind.dropIn ? maskedDropIn(merge, path, located) : [];
  const refusals = withMergedRefusals(base, { merge, path, kind: a.kind, schema: a.support.schema, settings, uriOf: located });
  const checked = a.kind.unitType === 'service' ? withMergedExecStart(refusals, merge, path, located) : refusals;
  return masked.length > 0 ? [...masked, ...checked] : checked;
}

/** Inlay hints on the document's directives that a file read after it overrides. */
export function overrideHints(a: AnalyzedDocument, lookup: UnitFilesLookup): InlayHint[] {
  const merge = isUnitKind(a.kind) && !isMergedView(a) ? mergeOfDocument(a, lookup) : undefined;
  return merge && merge.files.length > 1 ? dropInOverrideHints(merge, pathOf(a.uri)) : [];
}
