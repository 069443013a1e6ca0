// The exposure score lens's command: the server's hover on a service's [Service] header lists the
// checks that lose points (server/src/features/securityEditor.ts), so the command puts the cursor on
// that header and shows the hover. It needs no host tool and works in VS Code for the Web too.
import * as vscode from 'vscode';
import { showError } from './commands/notify';
import { SECURITY_CHECKS_COMMAND } from './webCommands';

export function registerSecurityChecksCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(SECURITY_CHECKS_COMMAND, async (uri?: unknown, line?: unknown) => {
    const target = typeof uri === 'string' ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) : vscode.window.activeTextEditor;
    const editor = target ?? vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'systemd-unit') return void showError(vscode.l10n.t('Open a systemd service unit first.'));
    const header = typeof line === 'number' && Number.isInteger(line) && line >= 0 && line < editor.document.lineCount ? line
      : Array.from({ length: editor.document.lineCount }, (_, i) => i).find((i) => editor.document.lineAt(i).text.trim() === '[Service]');
    if (header === undefined) return void showError(vscode.l10n.t('This file has no [Service] section to score.'));
    const at = new vscode.Position(header, 1);
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, selection: new vscode.Range(at, at) });
    await vscode.commands.executeCommand('editor.action.showHover');
  }));
}
