// VS Code for the Web entry (package.json "browser"): starts the language server in a web worker.
// Completion, hover, diagnostics and quick fixes come from the same server core as on the desktop.
// The systemctl and supervisorctl commands are not registered here: a browser has neither, and
// the context key below hides them from menus and the palette. Commands that need neither
// (webCommands.ts) are.
import * as vscode from 'vscode';
import { INIT_SCRIPT_SELECTORS } from './sysvSelectors';
import { CLIENT_LANGUAGE_IDS } from '../../server/src/classify/languageIds';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/browser';
import { resolveCompletionItem } from './completionResolve';
import { registerMergedUnitCommand } from './mergedUnit';
import { registerSecurityChecksCommand } from './securityChecks';
import { setTranslator } from './l10n';

/** Context key the menus of package.json test (`!daemonConfig.web`) to hide the host commands. */
export const WEB_CONTEXT_KEY = 'daemonConfig.web';

/** The web worker constructor of the browser extension host (the project's TypeScript settings carry no DOM library). */
declare const Worker: new (url: string) => ServerOptions;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  setTranslator((message, args) => vscode.l10n.t(message, ...args));
  await vscode.commands.executeCommand('setContext', WEB_CONTEXT_KEY, true);
  const output = vscode.window.createOutputChannel('daemon-config', { log: true });
  context.subscriptions.push(output);
  const clientOptions: LanguageClientOptions = {
    // Files of any scheme: on vscode.dev they are vscode-vfs: or the like, never file:.
    documentSelector: [...CLIENT_LANGUAGE_IDS.map((language) => ({ language })), ...INIT_SCRIPT_SELECTORS],
    synchronize: { configurationSection: 'daemonConfig' },
    outputChannel: output,
    traceOutputChannel: output,
    middleware: { resolveCompletionItem },
  };
  const worker = await startWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js'));
  client = new LanguageClient('daemonConfig', vscode.l10n.t('daemon-config language server'), worker, clientOptions);
  registerMergedUnitCommand(context, () => client);
  registerSecurityChecksCommand(context);
  await client.start();
}

/**
 * A worker running the server script. The web worker extension host refuses `new Worker` for an
 * extension installed on a remote (a `vscode-remote:` URI, as in code-server or Codespaces), but
 * its fetch reaches such URIs: the script then runs from a blob: URL of the same origin.
 */
async function startWorker(script: vscode.Uri): Promise<ServerOptions> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`${script.toString(true)}: HTTP ${response.status}`);
  const blob = new Blob([await response.text()], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(blob));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
