// The commands ask the language server what it knows about a file (daemonConfig/fileInfo): which
// supervisord config governs it, its programs, the program at the cursor. The server is the one
// reader of configs; when it cannot answer, the commands say so and act on nothing.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { FILE_INFO_REQUEST, type FileInfoParams, type FileInfoResult } from '../../server/src/features/fileInfoProtocol';

export interface FileInfoSource {
  /** What the server knows about the file at `uri`; rejects with a message for the user when it cannot answer. */
  fileInfo(uri: string, position?: { line: number; character: number }): Promise<FileInfoResult>;
}

/** How long a command waits for a server that is still starting. */
const START_WAIT_MS = 20_000;

function whenRunning(client: LanguageClient): Promise<boolean> {
  if (client.state === State.Running) return Promise.resolve(true);
  if (client.state !== State.Starting) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), START_WAIT_MS);
    const listener = client.onDidChangeState((e) => {
      if (e.newState !== State.Starting) done(e.newState === State.Running);
    });
    function done(running: boolean): void {
      clearTimeout(timer);
      listener.dispose();
      resolve(running);
    }
  });
}

/** The source backed by the extension's language client (undefined before it exists). */
export function languageClientFileInfo(client: () => LanguageClient | undefined): FileInfoSource {
  return {
    async fileInfo(uri, position) {
      const current = client();
      if (!current || !(await whenRunning(current))) {
        throw new Error(vscode.l10n.t('The daemon-config language server is not running, so which config and program this file belongs to is not known. See the daemon-config output, or reload the window.'));
      }
      const params: FileInfoParams = { textDocument: { uri }, ...(position ? { position } : {}) };
      try {
        return await current.sendRequest<FileInfoResult>(FILE_INFO_REQUEST, params);
      } catch (error) {
        throw new Error(vscode.l10n.t('The daemon-config language server could not say which config and program this file belongs to: {0}', error instanceof Error ? error.message : String(error)));
      }
    },
  };
}
