// What a client can do with a conversion, read from what it announced in `initialize`: create a
// file in a workspace edit, and show an action greyed out with its reason (CodeAction.disabled).
import { isObject } from '../util/isObject';

export interface ConvertSupport {
  /** `workspace.workspaceEdit.resourceOperations` includes `create` (VS Code; Neovim since 0.5). */
  createFiles: boolean;
  /** `textDocument.codeAction.disabledSupport`: a refused conversion is shown with why. */
  disabled: boolean;
}

export const NO_CONVERT_SUPPORT: ConvertSupport = { createFiles: false, disabled: false };

export function convertSupportOf(capabilities: unknown): ConvertSupport {
  if (!isObject(capabilities)) return NO_CONVERT_SUPPORT;
  const workspace = isObject(capabilities.workspace) ? capabilities.workspace : undefined;
  const operations = workspace && isObject(workspace.workspaceEdit) ? workspace.workspaceEdit.resourceOperations : undefined;
  const document = isObject(capabilities.textDocument) ? capabilities.textDocument : undefined;
  const codeAction = document && isObject(document.codeAction) ? document.codeAction : undefined;
  return {
    createFiles: Array.isArray(operations) && operations.includes('create'),
    disabled: codeAction?.disabledSupport === true,
  };
}

/** Code action kinds the conversions use: one section (refactor), a whole configuration (source). */
export const CONVERT_KIND = 'refactor.rewrite.convert';
export const CONVERT_ALL_KIND = 'source.convert';

/** Whether a request's `context.only` lets `kind` through (LSP: a kind matches its own prefixes). */
export function kindWanted(only: unknown, kind: string): boolean {
  if (!Array.isArray(only)) return true;
  return only.some((wanted) => typeof wanted === 'string' && (kind === wanted || kind.startsWith(`${wanted}.`)));
}
