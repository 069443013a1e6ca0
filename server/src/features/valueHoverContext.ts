// What a value hover (valueHover.ts) is told, and the shape of its answer.
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import type { UnitCatalog } from '../host/unitCatalog';
import type { Entry, Section } from '../parse/model';
import { positionAt } from '../parse/positions';
import type { WorkspaceView } from '../rules/types';
import type { DirectiveSpec, Version } from '../schema/types';

/** What the host can tell a value hover: the unit files it knows, and how to read one. */
export interface HoverHostFacts {
  units?: UnitCatalog;
  /** Files around the document (an open document's text first); undefined where the host has none. */
  workspace?: WorkspaceView;
}

export interface ValueHoverContext extends HoverHostFacts {
  analyzed: AnalyzedDocument;
  position: Position;
  section: Section | undefined;
  /** The section's type as the schema names it (`Service`, `program`). */
  sectionType: string | undefined;
  entry: Entry;
  directive: DirectiveSpec;
  /** The cursor's offset in `entry.value`. */
  offset: number;
  /** The target systemd release for a unit, the schema's newest for a supervisor config. */
  version: Version;
}

export type ValueHover = (context: ValueHoverContext) => Hover | null;

/** A Markdown hover over `start`..`end` of the entry's value. */
export function valueMarkdown(context: ValueHoverContext, markdown: string, start: number, end: number): Hover {
  const { pieces } = context.entry;
  const range: Range = { start: positionAt(pieces, start), end: positionAt(pieces, end) };
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range };
}
