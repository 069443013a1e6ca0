// VS Code entry: start the language server over IPC, log to an output channel, register commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands/register';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('daemon-config', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'systemd-unit' },
      { language: 'supervisor-conf' },
    ],
    synchronize: { configurationSection: 'daemonConfig' },
    outputChannel: output,
    traceOutputChannel: output,
    // The default error handler restarts a crashed server (up to 4 times in 3 minutes); we keep it
    // and only make each crash visible in the channel.
    middleware: {},
  };
  client = new LanguageClient('daemonConfig', 'daemon-config language server', serverOptions, clientOptions);
  client.onDidChangeState((event) => {
    output.info(`language server state: ${stateName(event.oldState)} -> ${stateName(event.newState)}`);
    if (event.oldState === 2 && event.newState === 1) output.error('the language server stopped unexpectedly; it is being restarted');
  });
  registerCommands(context, output);
  await client.start();
}

function stateName(state: number): string {
  return ['', 'stopped', 'running', 'starting'][state] ?? String(state);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
