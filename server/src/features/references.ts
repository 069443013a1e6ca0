// What name the cursor is on, and every place that names it: a unit in dependency and install
// values, `.wants/` links and its own file across the workspace and the host's unit folders; a
// supervisor program or group in its section header and in `[group:x] programs=`, across the files
// of its configuration. References, document highlight and rename all start here.
import { isUnitKind } from '../classify/fileKind';
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { pathOf } from '../classify/classify';
import type { ParsedDocument, Section } from '../parse/model';
import { positionAt } from '../parse/positions';
import { allSections, configSet } from '../rules/supervisor/configSet';
import { entry as lastEntry, PROCESS_TYPES, splitHeader } from '../rules/supervisor/sections';
import type { WorkspaceView } from '../rules/types';
import { findDirective } from '../schema/lookup';
import { fileUriOf } from '../util/fileUri';
import { commaItems } from '../values/supervisor/issue';
import { clampPosition, locate } from './cursor';
import { templateOf, UNIT_KINDS, unitTokens } from './unitValues';
import { refersTo, unitReferencesIn, type Origin, type WorkspaceIndex } from './workspaceIndex';

export type NameTarget =
  | { dialect: 'systemd'; name: string; range: Range; /** the file's own unit, the cursor on no name */ own: boolean }
  | { dialect: 'supervisor'; kind: 'program' | 'group'; name: string; range: Range };

export interface Occurrence {
  uri: string;
  /** undefined for a document that is not a file (untitled). */
  path: string | undefined;
  range: Range;
  /** The unit's file (range at its start) or the section header that defines the program or group. */
  declaration: boolean;
  /** A link in a dependency folder: the file itself is the reference. */
  link?: boolean;
  /** The name written there (an instance of a template, for a template's references). */
  name: string;
  origin: Origin;
}

export interface ReferenceContext {
  index: WorkspaceIndex;
  workspace: WorkspaceView | undefined;
  /** Whether a path is inside one of the workspace's folders. */
  inWorkspace(path: string): boolean;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The name at `position`: a unit name in a value, else, on a header, blank or comment line, the file's own unit; a program or group name. */
export function targetAt(a: AnalyzedDocument, position: Position): NameTarget | undefined {
  if (a.doc.lines.length === 0) return undefined;
  const at = clampPosition(a.doc, position);
  return a.kind.dialect === 'systemd' ? unitTargetAt(a, at) : supervisorTargetAt(a.doc, at);
}

function unitTargetAt(a: AnalyzedDocument, position: Position): NameTarget | undefined {
  if (!isUnitKind(a.kind)) return undefined;
  const cursor = locate(a.doc, position);
  if (cursor.part === 'value' && cursor.entry && cursor.section) {
    const directive = findDirective(a.support.schema, cursor.entry.key, cursor.section.name);
    if (!directive || !UNIT_KINDS.has(directive.value.kind)) return undefined;
    const token = unitTokens(cursor.entry.value).find((t) => t.start <= cursor.valueOffset && cursor.valueOffset <= t.end);
    if (!token) return undefined;
    const { pieces } = cursor.entry;
    return { dialect: 'systemd', name: token.name, range: { start: positionAt(pieces, token.start), end: positionAt(pieces, token.end) }, own: false };
  }
  const ownName = a.kind.unitName;
  if (!ownName || !['header', 'blank', 'comment'].includes(cursor.part)) return undefined;
  const header = cursor.section && cursor.section.headerRange.start.line === position.line ? cursor.section.nameRange : undefined;
  return { dialect: 'systemd', name: ownName, range: header ?? { start: position, end: position }, own: true };
}

/** The name part of `[program:web]`'s header. */
function headerNameRange(section: Section): Range {
  const { type } = splitHeader(section);
  const { start, end } = section.nameRange;
  return { start: { line: start.line, character: start.character + type.length + 1 }, end };
}

const programKind = (type: string): 'program' | 'group' | undefined => (PROCESS_TYPES.includes(type) ? 'program' : type === 'group' ? 'group' : undefined);

function supervisorTargetAt(doc: ParsedDocument, position: Position): NameTarget | undefined {
  const cursor = locate(doc, position);
  const section = cursor.section;
  if (!section) return undefined;
  const { type, name } = splitHeader(section);
  if (cursor.part === 'header' && section.headerRange.start.line === position.line) {
    const kind = programKind(type);
    return kind && name ? { dialect: 'supervisor', kind, name, range: headerNameRange(section) } : undefined;
  }
  if (cursor.part === 'value' && type === 'group' && cursor.entry?.key === 'programs' && !cursor.entry.value.includes('%(')) {
    const { pieces } = cursor.entry;
    const item = commaItems(cursor.entry.value).find((i) => i.text && i.start <= cursor.valueOffset && cursor.valueOffset <= i.end);
    return item && { dialect: 'supervisor', kind: 'program', name: item.text, range: { start: positionAt(pieces, item.start), end: positionAt(pieces, item.end) } };
  }
  return undefined;
}

/** Every occurrence of the target, the current document's from its own (newest) text. */
export function occurrences(a: AnalyzedDocument, target: NameTarget, ctx: ReferenceContext): Occurrence[] {
  return target.dialect === 'systemd' ? unitOccurrences(a, target.name, ctx) : supervisorOccurrences(a, target.kind, target.name, ctx);
}

function unitOccurrences(a: AnalyzedDocument, name: string, ctx: ReferenceContext): Occurrence[] {
  const scope = a.kind.dialect === 'systemd' ? a.kind.scope : 'unknown';
  const here = a.uri.startsWith('file:') ? pathOf(a.uri) : undefined;
  const found: Occurrence[] = [];
  const template = templateOf(name);
  const file = ctx.index.unitFile(name, scope) ?? (template ? ctx.index.unitFile(template, scope) : undefined);
  if (file) found.push({ uri: fileUriOf(file.path), path: file.path, range: START, declaration: true, name, origin: file.origin });
  for (const ref of ctx.index.unitReferences(name, scope)) {
    if (ref.path === here) continue;
    found.push({ uri: fileUriOf(ref.path), path: ref.path, range: ref.range, declaration: false, link: ref.kind === 'link', name: ref.name, origin: ref.origin });
  }
  // A document that is no file (untitled) lives in the editor alone: as editable as the workspace's.
  const origin: Origin = here === undefined || ctx.inWorkspace(here) ? 'workspace' : 'host';
  for (const ref of unitReferencesIn(a.doc)) {
    if (refersTo(ref.name, name)) found.push({ uri: a.uri, path: here, range: ref.range, declaration: false, name: ref.name, origin });
  }
  return found;
}

function supervisorOccurrences(a: AnalyzedDocument, kind: 'program' | 'group', name: string, ctx: ReferenceContext): Occurrence[] {
  const here = a.uri.startsWith('file:') ? pathOf(a.uri) : undefined;
  const set = configSet({ doc: a.doc, filePath: here, workspace: ctx.workspace });
  const found: Occurrence[] = [];
  for (const { file, section } of allSections(set)) {
    const uri = file.current ? a.uri : fileUriOf(file.path ?? '');
    const path = file.current ? here : file.path;
    const origin: Origin = file.current || (path !== undefined && ctx.inWorkspace(path)) ? 'workspace' : 'host';
    const header = splitHeader(section);
    if (header.name === name && programKind(header.type) === kind) {
      found.push({ uri, path, range: headerNameRange(section), declaration: true, name, origin });
    }
    const list = kind === 'program' && header.type === 'group' ? lastEntry(section, 'programs') : undefined;
    if (!list || list.value.includes('%(')) continue;
    for (const item of commaItems(list.value)) {
      if (item.text === name) found.push({ uri, path, range: { start: positionAt(list.pieces, item.start), end: positionAt(list.pieces, item.end) }, declaration: false, name, origin });
    }
  }
  return found;
}

/** textDocument/references. */
export function references(a: AnalyzedDocument, position: Position, includeDeclaration: boolean, ctx: ReferenceContext): Location[] {
  const target = targetAt(a, position);
  if (!target) return [];
  return occurrences(a, target, ctx).filter((o) => includeDeclaration || !o.declaration).map((o) => ({ uri: o.uri, range: o.range }));
}

/** textDocument/documentHighlight: the name under the cursor wherever this document writes it. */
export function documentHighlights(a: AnalyzedDocument, position: Position): DocumentHighlight[] {
  const target = targetAt(a, position);
  if (!target || (target.dialect === 'systemd' && target.own)) return [];
  if (target.dialect === 'systemd') {
    return unitReferencesIn(a.doc).filter((r) => refersTo(r.name, target.name)).map((r) => ({ range: r.range, kind: DocumentHighlightKind.Read }));
  }
  const highlights: DocumentHighlight[] = [];
  for (const section of a.doc.sections) {
    const header = splitHeader(section);
    if (header.name === target.name && programKind(header.type) === target.kind) highlights.push({ range: headerNameRange(section), kind: DocumentHighlightKind.Write });
    const list = target.kind === 'program' && header.type === 'group' ? lastEntry(section, 'programs') : undefined;
    if (!list || list.value.includes('%(')) continue;
    for (const item of commaItems(list.value)) {
      if (item.text === target.name) highlights.push({ range: { start: positionAt(list.pieces, item.start), end: positionAt(list.pieces, item.end) }, kind: DocumentHighlightKind.Read });
    }
  }
  return highlights;
}
