// Registers the command families: each family lives in its own folder and owns its contributions.
import type * as vscode from 'vscode';
import { registerSupervisorCommands } from './supervisor';
import { registerSystemdCommands } from './systemd';
import { registerSysvCommands } from './sysv';
import type { FileInfoSource } from '../serverFileInfo';

/**
 * `onUnitScopes`: the systemd manager chosen per file changed (see registerSystemdCommands).
 * `server`: the language server's answers about files, which the supervisor commands act on.
 */
export function registerCommands(context: vscode.ExtensionContext, output: vscode.LogOutputChannel,
  server: FileInfoSource, onUnitScopes?: (scopes: Record<string, 'system' | 'user'>) => void): void {
  registerSystemdCommands(context, output, onUnitScopes);
  registerSupervisorCommands(context, output, server);
  registerSysvCommands(context, output);
}
