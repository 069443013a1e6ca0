// Registers the command families: each family lives in its own folder and owns its contributions.
import type * as vscode from 'vscode';

export function registerCommands(_context: vscode.ExtensionContext, _output: vscode.LogOutputChannel): void {
  // The systemd and supervisor families are registered here as they land.
}
