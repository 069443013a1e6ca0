// Registers the command families: each family lives in its own folder and owns its contributions.
import type * as vscode from 'vscode';
import { registerSupervisorCommands } from './supervisor';
import { registerSystemdCommands } from './systemd';

export function registerCommands(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  registerSystemdCommands(context, output);
  registerSupervisorCommands(context, output);
}
