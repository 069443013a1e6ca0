// VS Code entry: start the language server over IPC, log to an output channel, register commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands/register';
import { registerMergedUnitCommand } from './mergedUnit';
import { registerSecurityChecksCommand } from './securityChecks';
import { resolveCompletionItem } from './completionResolve';
import { languageClientFileInfo } from './serverFileInfo';
import { setTranslator } from './l10n';
import { INIT_SCRIPT_SELECTORS } from './sysvSelectors';
import { CLIENT_LANGUAGE_IDS } from '../../server/src/classify/languageIds';
// The same V8 flags as dist/server.js's `#!/usr/bin/env -S node ...` line, so the launcher in it loads
// the server in this process rather than starting a second node to get them.
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // the pure-Node layers translate through the same bundle as the rest of the client
  setTranslator((message, args) => vscode.l10n.t(message, ...args));
  const output = vscode.window.createOutputChannel('daemon-config', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server runs in the extension's folder, not the workspace's, so nothing it starts by a bare
  // name can be a file of the workspace (see server/src/host/executable.ts).
  const cwd = context.extensionPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { cwd, execArgv: SERVER_NODE_FLAGS } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { cwd, execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      // A language per systemd family (units, Quadlet, networkd, ...) and supervisor's.
      ...CLIENT_LANGUAGE_IDS.map((language) => ({ language })),
      // SysV init scripts stay shell scripts for VS Code; the server reads their LSB header only.
      ...INIT_SCRIPT_SELECTORS,
    ],
    synchronize: { configurationSection: 'daemonConfig' },
    outputChannel: output,
    traceOutputChannel: output,
    // The default error handler restarts a crashed server (up to 4 times in 3 minutes); we keep it
    // and only make each crash visible in the channel.
    middleware: { resolveCompletionItem },
  };
  client = new LanguageClient('daemonConfig', vscode.l10n.t('daemon-config language server'), serverOptions, clientOptions);
  // The server checks a file as a user or system unit as chosen with "Choose System or User Manager
  // for This File"; it hears the whole set when it starts (or restarts) and after each choice.
  let unitScopes: Record<string, string> = {};
  const sendUnitScopes = (): void => {
    if (client?.state === State.Running) client.sendNotification('daemonConfig/unitScopes', { scopes: unitScopes }).catch(() => undefined);
  };
  client.onDidChangeState((event) => {
    if (event.newState === State.Running) sendUnitScopes();
    output.info(vscode.l10n.t('language server state: {0} -> {1}', stateName(event.oldState), stateName(event.newState)));
    if (event.oldState === 2 && event.newState === 1) output.error(vscode.l10n.t('the language server stopped unexpectedly; it is being restarted'));
  });
  registerMergedUnitCommand(context, () => client);
  registerSecurityChecksCommand(context);
  registerCommands(context, output, languageClientFileInfo(() => client), (scopes) => {
    unitScopes = scopes;
    sendUnitScopes();
  });
  await client.start();
}

function stateName(state: number): string {
  if (state === 1) return vscode.l10n.t('stopped');
  if (state === 2) return vscode.l10n.t('running');
  if (state === 3) return vscode.l10n.t('starting');
  return String(state);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
