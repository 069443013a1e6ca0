// Renaming a unit or a supervisor program or group. A unit's rename moves its file (and its
// `.d/`, `.wants/` folders and the `.wants/` links to it) and rewrites every reference in the
// workspace; files in the host's unit folders are never edited, and the answer says how many
// references there were left. A program or group is renamed in its headers and `[group:x]
// programs=` lists, across the files of its configuration, all of which must be in the workspace.
import type { OptionalVersionedTextDocumentIdentifier, Position, Range, RenameFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { pathOf } from '../classify/classify';
import type { UnitScope } from '../classify/fileKind';
import { allSections, configSet } from '../rules/supervisor/configSet';
import { PROCESS_TYPES, splitHeader } from '../rules/supervisor/sections';
import { fileUriOf } from '../util/fileUri';
import { nameProblem } from '../values/supervisor/strings';
import { occurrences, targetAt, type NameTarget, type Occurrence, type ReferenceContext } from './references';
import { renamedUnitName, unitNameParts, withNewPrefix } from './unitNameRules';
import type { RenameSupport } from './renameSupport';
import { refersTo, type UnitFolder, type WorkspaceIndex } from './workspaceIndex';

/** A document open in the editor, under the URI the editor gave it. */
export interface OpenDocument {
  uri: string;
  version: number;
}

export interface Refusal {
  refusal: string;
}

export interface RenameResult {
  edit: WorkspaceEdit;
  /** What the user should know about the rename (references left in the host's folders, ...), one sentence each. */
  notes: string[];
}

const NEVER_OVERWRITE = { overwrite: false, ignoreIfExists: false } as const;

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
const baseOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Why this target cannot be renamed at all, whatever the new name; undefined when it can. */
function blocker(a: AnalyzedDocument, target: NameTarget, found: Occurrence[], ctx: ReferenceContext, support: RenameSupport): string | undefined {
  if (target.dialect === 'supervisor') {
    const outside = found.find((o) => o.origin === 'host');
    return outside ? `[${target.kind}:${target.name}] is also named in ${outside.path ?? outside.uri}, which is outside the workspace: renaming would leave it behind.` : undefined;
  }
  const parts = unitNameParts(target.name);
  if (!parts) return `${target.name} is not a unit name that can be renamed.`;
  if (parts.instance) return `${target.name} is an instance of ${parts.prefix}@.${parts.type}: rename the template instead.`;
  const scope = a.kind.dialect === 'systemd' ? a.kind.scope : 'unknown';
  const file = ctx.index.unitFile(target.name, scope);
  if (!file) return `No unit file defines ${target.name} in the workspace: only a unit whose file is in the workspace can be renamed.`;
  if (file.origin === 'host') return `${target.name} is defined in ${file.path}, outside the workspace: only a unit whose file is in the workspace can be renamed (files in the host's unit folders are never edited).`;
  if (!support.renameFiles) {
    return `Renaming ${target.name} renames its file, and this editor does not say it can rename files in a workspace edit (workspace.workspaceEdit.resourceOperations has no 'rename').`;
  }
  const folders = support.folderProblem ? movedFolders(ctx.index, scope, target.name) : [];
  if (folders.length > 0) {
    const names = folders.slice(0, 3).map((f) => `${baseOf(f.path)}/`).join(', ');
    return `Renaming ${target.name} moves ${names}, and ${support.folderProblem}: rename ${folders.length === 1 ? 'that folder' : 'those folders'} yourself, then the unit.`;
  }
  return undefined;
}

/** The workspace's drop-in and dependency folders that carry the unit's name (a template's: its instances' too). */
function movedFolders(index: WorkspaceIndex, scope: UnitScope, name: string): UnitFolder[] {
  return index.unitFolders(scope).filter((folder) => folder.origin === 'workspace' && refersTo(folder.unitName, name));
}

/**
 * How an edit names a file: an open document as the editor named it, with its version; any other
 * file with `version: null`, which LSP requires (an OptionalVersionedTextDocumentIdentifier).
 */
function identifierOf(uri: string, open: readonly OpenDocument[]): OptionalVersionedTextDocumentIdentifier {
  const path = uri.startsWith('file:') ? pathOf(uri) : undefined;
  const document = open.find((d) => d.uri === uri) ?? (path === undefined ? undefined : open.find((d) => d.uri.startsWith('file:') && pathOf(d.uri) === path));
  return document ? { uri: document.uri, version: document.version } : { uri, version: null };
}

/** textDocument/prepareRename: the name's range and text, a refusal with the reason, or null off any name. */
export function prepareRename(a: AnalyzedDocument, position: Position, ctx: ReferenceContext, support: RenameSupport): { range: Range; placeholder: string } | Refusal | null {
  const target = targetAt(a, position);
  if (!target) return null;
  const problem = blocker(a, target, occurrences(a, target, ctx), ctx, support);
  return problem ? { refusal: problem } : { range: target.range, placeholder: target.name };
}

/** textDocument/rename. */
export function rename(a: AnalyzedDocument, position: Position, newName: string, ctx: ReferenceContext, support: RenameSupport,
  open: readonly OpenDocument[]): RenameResult | Refusal | null {
  const target = targetAt(a, position);
  if (!target) return null;
  const found = occurrences(a, target, ctx);
  const problem = blocker(a, target, found, ctx, support);
  if (problem) return { refusal: problem };
  return target.dialect === 'systemd'
    ? renameUnit(a, target.name, newName, found, ctx, open)
    : renameProgram(a, target, newName, found, ctx);
}

function textEdits(found: Occurrence[], newText: (o: Occurrence) => string): Map<string, TextEdit[]> {
  const byUri = new Map<string, TextEdit[]>();
  for (const o of found) {
    const edits = byUri.get(o.uri) ?? [];
    if (!edits.some((e) => e.range.start.line === o.range.start.line && e.range.start.character === o.range.start.character)) edits.push({ range: o.range, newText: newText(o) });
    byUri.set(o.uri, edits);
  }
  return byUri;
}

function renameUnit(a: AnalyzedDocument, oldName: string, typed: string, found: Occurrence[], ctx: ReferenceContext,
  open: readonly OpenDocument[]): RenameResult | Refusal {
  const checked = renamedUnitName(oldName, typed);
  if ('problem' in checked) return { refusal: `Cannot rename ${oldName}: ${checked.problem}.` };
  const newName = checked.name;
  if (newName === oldName) return { edit: { documentChanges: [] }, notes: [] };
  const scope = a.kind.dialect === 'systemd' ? a.kind.scope : 'unknown';
  const existing = ctx.index.unitFile(newName, scope);
  if (existing) return { refusal: `Cannot rename ${oldName} to ${newName}: ${existing.path} already exists${existing.origin === 'host' ? ' on this host, and the renamed unit would hide it' : ''}.` };
  const inWorkspace = found.filter((o) => o.origin === 'workspace');
  const skipped = found.filter((o) => o.origin === 'host' && !o.declaration);
  const changes: (TextDocumentEdit | RenameFile)[] = [];
  for (const [uri, edits] of textEdits(inWorkspace.filter((o) => !o.declaration && !o.link), (o) => withNewPrefix(o.name, newName))) {
    changes.push({ textDocument: identifierOf(uri, open), edits });
  }
  const move = (path: string, name: string): RenameFile => ({ kind: 'rename', oldUri: fileUriOf(path), newUri: fileUriOf(`${dirOf(path)}/${name}`), options: NEVER_OVERWRITE });
  for (const link of inWorkspace.filter((o) => o.link && o.path)) changes.push(move(link.path as string, withNewPrefix(link.name, newName)));
  const declaration = inWorkspace.find((o) => o.declaration && o.path);
  if (declaration?.path) changes.push(move(declaration.path, newName));
  // Folders last: the edits and moves above name files inside them by their old paths.
  for (const folder of movedFolders(ctx.index, scope, oldName)) {
    changes.push(move(folder.path, `${withNewPrefix(folder.unitName, newName)}.${folder.kind}`));
  }
  return { edit: { documentChanges: changes }, notes: [...hostNote(skipped), ...activatorNotes(oldName, newName, found, ctx.index.unitFiles(scope))] };
}

function hostNote(skipped: Occurrence[]): string[] {
  const files = [...new Set(skipped.map((o) => o.path ?? o.uri))];
  if (files.length === 0) return [];
  const n = skipped.length;
  return [`Renamed in the workspace only: ${n} reference${n === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'} of the host's unit folders stay as they are (such as ${files[0]}).`];
}

/**
 * A socket, timer or path unit with the service's name starts it without naming it (no `Unit=`):
 * after the rename it would start a service that is no longer there.
 */
function activatorNotes(oldName: string, newName: string, found: Occurrence[], files: { name: string; path: string }[]): string[] {
  const old = unitNameParts(oldName);
  if (old?.type !== 'service') return [];
  const stem = oldName.slice(0, -'.service'.length);
  const naming = new Set(found.filter((o) => !o.declaration).map((o) => o.path));
  return ['socket', 'timer', 'path'].flatMap((type) => {
    const activator = files.find((f) => f.name === `${stem}.${type}`);
    return activator && !naming.has(activator.path)
      ? [`${activator.name} starts ${oldName} by sharing its name: rename it as well, or add Unit=${newName} to its [${type[0].toUpperCase()}${type.slice(1)}] section.`] : [];
  });
}

function renameProgram(a: AnalyzedDocument, target: Extract<NameTarget, { dialect: 'supervisor' }>, typed: string, found: Occurrence[],
  ctx: ReferenceContext): RenameResult | Refusal {
  const newName = typed.trim();
  const what = `[${target.kind}:${target.name}]`;
  if (newName === '') return { refusal: `Cannot rename ${what}: the new name is empty.` };
  const bad = nameProblem(newName);
  if (bad) return { refusal: `Cannot rename ${what} to '${newName}': supervisord refuses names with spaces, ':' or '/'.` };
  if (newName.includes('%')) return { refusal: `Cannot rename ${what} to '${newName}': supervisord would read '%' as the start of an expansion.` };
  if (newName === target.name) return { edit: { changes: {} }, notes: [] };
  const here = a.uri.startsWith('file:') ? pathOf(a.uri) : undefined;
  const taken = allSections(configSet({ doc: a.doc, filePath: here, workspace: ctx.workspace })).find(({ section }) => {
    const { type, name } = splitHeader(section);
    return name === newName && (target.kind === 'group' ? type === 'group' : PROCESS_TYPES.includes(type));
  });
  if (taken) return { refusal: `Cannot rename ${what} to '${newName}': [${taken.section.name}] already exists${taken.file.path ? ` in ${baseOf(taken.file.path)}` : ''}, and supervisord would merge the two.` };
  const changes: Record<string, TextEdit[]> = {};
  for (const [uri, edits] of textEdits(found, () => newName)) changes[uri] = edits;
  return { edit: { changes }, notes: [] };
}
