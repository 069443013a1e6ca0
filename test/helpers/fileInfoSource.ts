// The language server's answer to daemonConfig/fileInfo, computed in this process with the server's
// own feature and file-system workspace, for the command tests that run the client's wiring without
// a language client. test/lsp/fileInfo.test.ts checks the same request over stdio.
import { analyze } from '../../server/src/analysis';
import { pathOf } from '../../server/src/classify/classify';
import { fileInfo } from '../../server/src/features/fileInfo';
import { fileSystemWorkspace } from '../../server/src/host/fsWorkspace';
import { fileUriOf } from '../../server/src/util/fileUri';
import type { FileInfoSource } from '../../client/src/serverFileInfo';

export interface OpenDocument {
  /** Absolute path. */
  path: string;
  text: string;
  languageId: string;
}

/** The stub vscode's Uri.toString() writes `file://` + the path as it is (VS Code would percent-encode it). */
function pathOfUri(uri: string): string {
  return uri.startsWith('file://') ? uri.slice('file://'.length) : pathOf(uri);
}

/** `open`: the documents open in the editor, whose text the server has instead of the disk's. */
export function inProcessFileInfo(open: () => OpenDocument[] = () => []): FileInfoSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async fileInfo(uri, position) {
      const path = pathOfUri(uri);
      asked.push(path);
      const documents = open();
      const workspace = fileSystemWorkspace((p) => documents.find((d) => d.path === p)?.text);
      const document = documents.find((d) => d.path === path);
      const text = document?.text ?? workspace.readFile(path);
      const analyzed = text === undefined ? undefined : analyze(fileUriOf(path), 1, text, document?.languageId);
      return analyzed ? fileInfo(analyzed, position, workspace) : null;
    },
  };
}

/** A server that is not running: every question fails as the extension's source fails then. */
export function stoppedServer(): FileInfoSource {
  return {
    fileInfo: () => Promise.reject(new Error('The daemon-config language server is not running, so which config and program this file belongs to is not known. See the daemon-config output, or reload the window.')),
  };
}
