// Code actions on an init script: "Convert to a systemd service", a new NAME.service written with
// a WorkspaceEdit that creates it (never over a file that exists), for clients that can create files.
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import type { Translator } from '../l10n/translator';
import { convertInitScript } from '../sysv/convert';
import type { InitScript } from '../sysv/initScript';
import { isObject } from '../util/isObject';
import { fileUriOf } from '../util/fileUri';

export const CONVERT_KIND = `${CodeActionKind.RefactorRewrite}.convertToSystemd`;
export const CONVERT_TITLE = 'Convert to a systemd service ({unit})';

/** `workspace.workspaceEdit.resourceOperations` includes `create` (carried in documentChanges). */
export function canCreateFiles(capabilities: unknown): boolean {
  const workspace = isObject(capabilities) && isObject(capabilities.workspace) ? capabilities.workspace : undefined;
  const edit = workspace && isObject(workspace.workspaceEdit) ? workspace.workspaceEdit : undefined;
  return Boolean(edit && edit.documentChanges === true && Array.isArray(edit.resourceOperations) && edit.resourceOperations.includes('create'));
}

/** Where the unit goes: /etc/systemd/system for a script in /etc/init.d; else beside the script (beside its init.d folder). */
export function unitPathFor(script: InitScript, unitName: string): string {
  if (/^\/etc\/init\.d\/[^/]+$/.test(script.path)) return `/etc/systemd/system/${unitName}`;
  const folder = script.path.slice(0, script.path.lastIndexOf('/'));
  const base = /\/init\.d$/.test(folder) ? folder.slice(0, -'/init.d'.length) : folder;
  return `${base}/${unitName}`;
}

/** The client asks for these kinds only (`context.only`); anything but a list of strings asks for all. */
function wanted(only: unknown): boolean {
  const kinds = Array.isArray(only) ? only.filter((k): k is string => typeof k === 'string') : [];
  return !kinds.length || kinds.some((kind) => CONVERT_KIND === kind || CONVERT_KIND.startsWith(`${kind}.`));
}

export interface SysvActionContext {
  createFiles: boolean;
  /** The file exists (on disk or open): nothing is offered then, as nothing may be overwritten. */
  exists: (path: string) => boolean;
  /** `context.only` of the request, as sent. */
  only?: unknown;
  t: Translator;
}

export function sysvActions(script: InitScript, uri: string, context: SysvActionContext): CodeAction[] {
  if (!context.createFiles || !uri.startsWith('file:') || !script.path.startsWith('/') || !wanted(context.only)) return [];
  const conversion = convertInitScript(script, context.t);
  if (!conversion) return [];
  const path = unitPathFor(script, conversion.unitName);
  if (context.exists(path)) return [];
  const target = fileUriOf(path);
  const start: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{
    title: context.t.format(CONVERT_TITLE, { unit: conversion.unitName }),
    kind: CONVERT_KIND,
    edit: {
      documentChanges: [
        { kind: 'create', uri: target, options: { overwrite: false, ignoreIfExists: false } },
        { textDocument: { uri: target, version: null }, edits: [{ range: start, newText: conversion.text }] },
      ],
    },
  }];
}
