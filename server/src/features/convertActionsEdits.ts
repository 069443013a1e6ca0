// The workspace edits of the conversions: a new file is created (never over one that exists: the
// name is checked first, and `ignoreIfExists` keeps clients from truncating a file that appeared
// since — Neovim 0.7 empties an existing file when asked to create it without that flag) and
// then filled; a section added to an existing config goes at its end.
import type { CreateFile, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { WorkspaceView } from '../rules/types';
import { fileUriOf } from '../util/fileUri';
import { join } from '../util/posixPath';

export type FileExists = (path: string) => boolean;

export function existsIn(workspace: WorkspaceView | undefined, openPaths: readonly string[]): FileExists {
  return (path) => openPaths.includes(path) || workspace?.readFile(path) !== undefined;
}

/** `name` in `folder`, or `stem-converted.ext` when that is taken; undefined when both are. */
export function freeName(folder: string, name: string, exists: FileExists): string | undefined {
  if (!exists(join(folder, name))) return name;
  const dot = name.lastIndexOf('.');
  const converted = `${name.slice(0, dot)}-converted${name.slice(dot)}`;
  return exists(join(folder, converted)) ? undefined : converted;
}

export function createFilesEdit(files: { path: string; text: string }[]): WorkspaceEdit {
  const documentChanges: (CreateFile | TextDocumentEdit)[] = [];
  for (const file of files) {
    const uri = fileUriOf(file.path);
    documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
    documentChanges.push({ textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: file.text }] });
  }
  return { documentChanges };
}

/** Appends `text` after the last line of `existing` (the file at `path`), a blank line between. */
export function appendEdit(path: string, existing: string, text: string): WorkspaceEdit {
  const lines = existing.split(/\r\n|\r|\n/);
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const lead = existing === '' ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
  return { changes: { [fileUriOf(path)]: [{ range: { start: end, end }, newText: lead + text }] } };
}
