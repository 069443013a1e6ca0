// VS Code for the Web entry (package.json "browser"): starts the language server in a web worker.
// Completion, hover, diagnostics and quick fixes come from the same server core as on the desktop.
// The systemctl and supervisorctl commands are not registered here: a browser has neither, and
// the context key below hides them from menus and the palette.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { resolveCompletionItem } from './completionResolve';
import { setTranslator } from './l10n';

/** Context key the menus of package.json test (`!daemonConfig.web`) to hide the host commands. */
export const WEB_CONTEXT_KEY = 'daemonConfig.web';

/** The web worker constructor of the browser extension host (the project's TypeScript settings carry no DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  setTranslator((message, args) => vscode.l10n.t(message, ...args));
  await vscode.commands.executeCommand('setContext', WEB_CONTEXT_KEY, true);
  const output = vscode.window.createOutputChannel('daemon-config', { log: true });
  context.subscriptions.push(output);
  const clientOptions: LanguageClientOptions = {
    // Files of any scheme: on vscode.dev they are vscode-vfs: or the like, never file:.
    documentSelector: [{ language: 'systemd-unit' }, { language: 'supervisor-conf' }],
    synchronize: { configurationSection: 'daemonConfig' },
    outputChannel: output,
    traceOutputChannel: output,
    middleware: { resolveCompletionItem },
  };
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js').toString(true));
  client = new LanguageClient('daemonConfig', vscode.l10n.t('daemon-config language server'), clientOptions, worker);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
