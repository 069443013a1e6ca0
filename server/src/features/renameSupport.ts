// What a client can apply of a unit's rename, read from what it announced in `initialize`: file
// moves from its workspace-edit capabilities, and folder moves from its name and version where a
// release is known to stop half-way through one.
import { isObject } from '../util/isObject';

export interface RenameSupport {
  /**
   * `workspace.workspaceEdit.resourceOperations` includes `rename`. LSP carries resource operations
   * only in `documentChanges`, so this is enough even where `documentChanges` (versioned text
   * edits) is not announced, as with Neovim 0.7.
   */
  renameFiles: boolean;
  /** Why this client cannot move a folder, when its release is known not to; undefined otherwise. */
  folderProblem?: string;
}

export const NO_RENAME_SUPPORT: RenameSupport = { renameFiles: false };

export function renameSupportOf(capabilities: unknown, clientInfo: unknown): RenameSupport {
  const workspace = isObject(capabilities) && isObject(capabilities.workspace) ? capabilities.workspace : undefined;
  const operations = workspace && isObject(workspace.workspaceEdit) ? workspace.workspaceEdit.resourceOperations : undefined;
  const renameFiles = Array.isArray(operations) && operations.includes('rename');
  return renameFiles ? { renameFiles, folderProblem: folderProblemOf(clientInfo) } : NO_RENAME_SUPPORT;
}

/**
 * Neovim before 0.9 saves each path it renames as a buffer first, and stops with E502 at a folder
 * after applying the edits before it (fixed by neovim/neovim#22289, released in 0.9.0).
 */
function folderProblemOf(clientInfo: unknown): string | undefined {
  if (!isObject(clientInfo) || clientInfo.name !== 'Neovim' || typeof clientInfo.version !== 'string') return undefined;
  const [major, minor] = clientInfo.version.split('.').map((part) => Number.parseInt(part, 10));
  if (major !== 0 || !(minor < 9)) return undefined;
  return `Neovim ${clientInfo.version.slice(0, 20)} cannot rename folders (it stops half-way with E502)`;
}
