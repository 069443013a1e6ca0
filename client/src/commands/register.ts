// Registers the command families: each family lives in its own folder and owns its contributions.
import type * as vscode from 'vscode';
import { registerSupervisorCommands } from './supervisor';
import { registerSystemdCommands } from './systemd';

/** `onUnitScopes`: the systemd manager chosen per file changed (see registerSystemdCommands). */
export function registerCommands(context: vscode.ExtensionContext, output: vscode.LogOutputChannel,
  onUnitScopes?: (scopes: Record<string, 'system' | 'user'>) => void): void {
  registerSystemdCommands(context, output, onUnitScopes);
  registerSupervisorCommands(context, output);
}
