// A bare LSP client for timing: spawns a server over stdio and exposes the raw connection, so
// the bench can time requests and notifications without any test-framework overhead.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, readSync, closeSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const BENCH_SETTINGS = { settings: { systemd: { version: 252 }, diagnosticsDelay: 0 } };

export interface Session {
  connection: MessageConnection;
  child: ChildProcess;
  /** Resolves with the hrtime of the first publishDiagnostics of the session. */
  firstDiagnostics: Promise<bigint>;
  /** `capabilities`: what the client says it supports (none by default). */
  /** `locale`: the client's language, as VS Code passes it (`zh-cn`); `rootUri`: the workspace folder. */
  initialize(capabilities?: unknown, locale?: string, rootUri?: string): Promise<void>;
  /** Resolves once the server has settled its startup work (the real server logs its systemd version). */
  settled(): Promise<void>;
  open(uri: string, text: string, languageId: string, version?: number): void;
  change(uri: string, version: number, changes: unknown[]): void;
  close(uri: string): void;
  /** Must be called before the notification that triggers the diagnostics, to not miss them. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  request<R>(method: string, params: unknown): Promise<R>;
  /** RSS of the server's processes, summed (pages they share count once per process). */
  rssBytes(): number;
  /** RSS of the process that serves (the second node, when dist/server.js started one). */
  serverRssBytes(): number;
  /** Memory only the other processes hold (private pages: what a launcher node adds). */
  launcherPrivateBytes(): number;
  /** The highest RSS the serving process has had so far (VmHWM). */
  peakRssBytes(): number;
  shutdown(): Promise<void>;
}

/**
 * The Node flags of a script's `#!/usr/bin/env -S node FLAGS` line. An editor that runs the
 * installed `daemon-config-language-server` bin starts Node with these, so the bench does too.
 */
export function shebangFlags(script: string): string[] {
  const fd = openSync(script, 'r');
  try {
    const head = Buffer.alloc(200);
    const line = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8').split('\n')[0];
    const match = /^#!\S*env -S node (.*)$/.exec(line);
    return match ? match[1].trim().split(/\s+/) : [];
  } finally {
    closeSync(fd);
  }
}

function statusKb(pid: number, field: string): number {
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kb ? Number(kb[1]) : NaN;
}

/** A process and its descendants (Linux). */
export function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // gone, or no /proc: the process alone
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Node's flags for the server: BENCH_NODE_FLAGS when set, else those of the script's shebang. */
export function serverNodeFlags(script: string): string[] {
  return process.env.BENCH_NODE_FLAGS !== undefined ? process.env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean) : shebangFlags(script);
}

/** `nodeFlags`: node's flags for the server; by default serverNodeFlags(script). */
export function startSession(script: string, initializationOptions: unknown = BENCH_SETTINGS, nodeFlags?: string[]): Session {
  const flags = nodeFlags ?? serverNodeFlags(script);
  const child = spawn(process.execPath, [...flags, script, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  let markFirst: (at: bigint) => void = () => undefined;
  const firstDiagnostics = new Promise<bigint>((resolve) => { markFirst = resolve; });
  let markSettled: () => void = () => undefined;
  const settledPromise = new Promise<void>((resolve) => { markSettled = resolve; });

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    markFirst(process.hrtime.bigint());
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.uri === params.uri && (w.version === undefined || w.version === params.version)) {
        waiters.splice(i--, 1);
        w.resolve(params);
      }
    }
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    if (params.message.includes('target systemd version')) markSettled();
  });
  connection.onRequest('workspace/configuration', () => [null]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();

  return {
    connection,
    child,
    firstDiagnostics,
    async initialize(capabilities = {}, locale?: string, rootUri?: string) {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: rootUri ?? null, capabilities, initializationOptions, locale });
      await connection.sendNotification('initialized', {});
    },
    async settled() {
      // The floor server never logs; a short timeout covers it.
      await Promise.race([settledPromise, new Promise((r) => setTimeout(r, 2000))]);
    },
    open(uri, text, languageId, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, contentChanges) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    diagnostics(uri, version) {
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    request<R>(method: string, params: unknown) {
      return connection.sendRequest(method, params) as Promise<R>;
    },
    rssBytes() {
      // dist/server.js started without the V8 flags runs the server in a second node: count both.
      return processTree(child.pid!).reduce((sum, pid) => sum + statusKb(pid, 'VmRSS') * 1024, 0);
    },
    serverRssBytes() {
      const tree = processTree(child.pid!);
      return statusKb(tree[tree.length - 1], 'VmRSS') * 1024;
    },
    launcherPrivateBytes() {
      return processTree(child.pid!).slice(0, -1).reduce((sum, pid) => {
        const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
        const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? NaN);
        return sum + (kb('Private_Clean') + kb('Private_Dirty')) * 1024;
      }, 0);
    },
    peakRssBytes() {
      const tree = processTree(child.pid!);
      return statusKb(tree[tree.length - 1], 'VmHWM') * 1024;
    },
    async shutdown() {
      const exited = new Promise<void>((done) => (child.exitCode !== null ? done() : child.once('exit', () => done())));
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill();
      connection.dispose();
    },
  };
}
