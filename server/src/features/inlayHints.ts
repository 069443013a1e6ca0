// textDocument/inlayHint: every kind of hint, each behind its own setting. A new kind is one more
// entry in HINT_KINDS.
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { MAX_LIST_ITEMS } from '../limits';
import type { WorkspaceView } from '../rules/types';
import type { Version } from '../schema/types';
import type { ServerSettings } from '../settings';
import { specifierHints } from './specifierHints';
import { timespanHints } from './timespanHints';
import { overrideHints, type UnitFilesLookup } from './dropins';

export interface InlayHintContext {
  settings: Pick<ServerSettings, 'timeSpanHints' | 'specifierHints'> & Partial<Pick<ServerSettings, 'dropInOverrideHints'>>;
  /** The target systemd release for a unit file, the schema's newest for a supervisor config. */
  version: Version;
  /** Files around the document (a program file's main config); undefined where the host has none. */
  workspace: WorkspaceView | undefined;
  /** The unit files and drop-in folders of the workspace and the host, for the drop-in override hints. */
  unitFiles?: UnitFilesLookup;
}

interface HintKind {
  enabled(settings: InlayHintContext['settings']): boolean;
  /** May leave out hints outside `range`; the aggregator filters the rest. */
  hints(a: AnalyzedDocument, context: InlayHintContext, range: Range): InlayHint[];
}

const HINT_KINDS: HintKind[] = [
  { enabled: (s) => s.timeSpanHints, hints: (a, _c, r) => timespanHints(a, r) },
  { enabled: (s) => s.specifierHints, hints: (a, c, r) => specifierHints(a, r, c.version, c.workspace) },
  { enabled: (s) => s.dropInOverrideHints === true, hints: (a, c) => (c.unitFiles ? overrideHints(a, c.unitFiles) : []) },
];

const before = (x: InlayHint['position'], y: InlayHint['position']) => x.line - y.line || x.character - y.character;

/** The hints on the lines of `range`, in document order, at most MAX_LIST_ITEMS. */
export function inlayHints(a: AnalyzedDocument, range: Range, context: InlayHintContext): InlayHint[] {
  const found: InlayHint[] = [];
  for (const kind of HINT_KINDS) {
    if (!kind.enabled(context.settings)) continue;
    for (const h of kind.hints(a, context, range)) if (h.position.line >= range.start.line && h.position.line <= range.end.line) found.push(h);
  }
  return found.sort((x, y) => before(x.position, y.position)).slice(0, MAX_LIST_ITEMS);
}
