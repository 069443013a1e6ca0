// The server core started in this process over an in-memory connection pair, with a host the test
// describes (files, unit folders, systemd version): no child process, no disk, no systemctl.
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { ServerHost } from '../../server/src/hostInterface';
import { catalogIndexSource } from '../../server/src/features/catalogIndexSource';
import type { UnitFile } from '../../server/src/host/unitCatalog';
import { startServer } from '../../server/src/server';
import { dirname } from '../../server/src/util/posixPath';

export interface MemoryHostOptions {
  /** Files by absolute path that the rules may read. */
  files?: Record<string, string>;
  /** Unit files of the host's unit folders. */
  units?: UnitFile[];
  systemdVersion?: number;
}

/** A host over a map of files: `glob` matches `*` in the last segment only, enough for `conf.d/*.conf`. */
export function memoryHost({ files = {}, units = [], systemdVersion }: MemoryHostOptions): ServerHost {
  const glob = (pattern: string, cwd: string): string[] => {
    const absolute = pattern.startsWith('/') ? pattern : `${cwd}/${pattern}`;
    const matcher = new RegExp(`^${absolute.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
    const folders = new Set(Object.keys(files).map(dirname));
    return [...Object.keys(files), ...folders].filter((p) => matcher.test(p)).sort();
  };
  return {
    workspace: (open) => ({ readFile: (path) => open.text(path) ?? files[path], glob }),
    unitCatalog: () => ({ all: () => units, find: (name) => units.find((u) => u.name === name) }),
    indexSource: (catalog, _roots, open) => catalogIndexSource(catalog, (path) => open.text(path) ?? files[path],
      () => Object.keys(files).filter((path) => /\.(conf|ini)$/.test(path))),
    manualPages: () => undefined,
    systemdVersion: () => Promise.resolve(systemdVersion),
    scopeOf: () => undefined,
    name: 'the test host',
  };
}

export interface InProcessSession {
  client: MessageConnection;
  /** What the server wrote to its log (window/logMessage). */
  log: string[];
  open(uri: string, text: string, languageId: string): void;
  diagnostics(uri: string): Promise<PublishDiagnosticsParams['diagnostics']>;
  close(): void;
}

export async function startInProcess(host: ServerHost, initializationOptions: unknown = { settings: { diagnosticsDelay: 0 } }): Promise<InProcessSession> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), host);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const log: string[] = [];
  const published = new Map<string, PublishDiagnosticsParams['diagnostics']>();
  const waiting = new Map<string, (d: PublishDiagnosticsParams['diagnostics']) => void>();
  // The server checks open documents again once it knows the host's systemd version: wait for that first.
  let versionKnown: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (versionKnown = resolve));
  client.onNotification('window/logMessage', (p: { message: string }) => {
    log.push(p.message);
    if (p.message.includes('target systemd version')) versionKnown();
  });
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const waiter = waiting.get(p.uri);
    waiting.delete(p.uri);
    if (waiter) waiter(p.diagnostics);
    else published.set(p.uri, p.diagnostics);
  });
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions });
  await client.sendNotification('initialized', {});
  await ready;
  return {
    client,
    log,
    open: (uri, text, languageId) => void client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }),
    diagnostics: (uri) => new Promise((resolve) => waiting.set(uri, resolve)),
    close: () => {
      client.dispose();
      toServer.end();
      toClient.end();
    },
  };
}
