// A raw JSON-RPC client for the bundled server: it writes its own frames, so a test can pick any
// id, send any params (or none), cancel ids it knows are in flight, and put broken bytes on the wire.
// (The typed MessageConnection writes header and body separately, so raw bytes cannot be mixed in.)
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER } from './lspClient';

export type Id = number | string;

export interface RpcError { code: number; message: string; data?: unknown }
export interface RpcResponse { id: Id | null; result?: unknown; error?: RpcError }
export interface LogMessage { type: number; message: string }

export class RawLsp {
  readonly child: ChildProcess;
  readonly logs: LogMessage[] = [];
  /** Responses whose id matched nothing we were waiting for (a duplicate or a stray). */
  readonly strays: unknown[] = [];
  /** The requests the server sent, in order (each answered as an editor with no settings would). */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  /** The last diagnostics published per URI. */
  readonly published = new Map<string, unknown[]>();
  private stderrText = '';
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<Id, (response: RpcResponse) => void>();
  private readonly diagnosticWaiters: { uri: string; version?: number; resolve: (diagnostics: unknown[]) => void }[] = [];
  private nextId = 1;
  /** Settles when the server process ends, so a test never waits on a dead server. */
  readonly exited: Promise<void>;

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => { this.stderrText += chunk.toString(); });
    this.child.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    // The server may die mid-run; that is a finding, not a reason for EPIPE to kill the test.
    this.child.stdin!.on('error', () => undefined);
    this.exited = new Promise((done) => this.child.once('exit', () => done()));
  }

  get stderr(): string { return this.stderrText; }
  get alive(): boolean { return this.child.exitCode === null && this.child.signalCode === null; }
  get inFlight(): number { return this.pending.size; }

  async initialize(initializationOptions: unknown, capabilities: object = {}): Promise<unknown> {
    const response = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    this.notify('initialized', {});
    return response.result;
  }

  /** A fresh numeric id, never reused by `request` without an explicit id. */
  id(): number { return this.nextId++; }

  /** Sends a request; `params` of undefined leaves the member out of the message. */
  request(method: string, params?: unknown, id: Id = this.id()): Promise<RpcResponse> {
    const answered = new Promise<RpcResponse>((resolve) => this.pending.set(id, resolve));
    this.send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
    return answered;
  }

  /** A request whose body the caller wrote (for numbers JSON.stringify cannot make, like 1e999). */
  requestRaw(id: Id, body: string): Promise<RpcResponse> {
    const answered = new Promise<RpcResponse>((resolve) => this.pending.set(id, resolve));
    this.writeFrame(Buffer.from(body, 'utf8'));
    return answered;
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  cancel(id: Id): void { this.notify('$/cancelRequest', { id }); }

  send(message: unknown): void {
    this.writeFrame(Buffer.from(JSON.stringify(message), 'utf8'));
  }

  writeFrame(body: Buffer, contentLength = body.length): void {
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${contentLength}\r\n\r\n`, 'ascii'), body]));
  }

  writeRaw(bytes: Buffer | string): void {
    if (this.alive) this.child.stdin!.write(bytes);
  }

  /** Resolves with the next diagnostics published for `uri` (and `version`, when given). */
  diagnostics(uri: string, version?: number): Promise<unknown[]> {
    return new Promise((resolve) => this.diagnosticWaiters.push({ uri, version, resolve }));
  }

  async shutdown(): Promise<number | null> {
    if (this.alive) {
      await this.request('shutdown');
      this.notify('exit');
      await new Promise<void>((done) => (this.alive ? this.child.once('exit', () => done()) : done()));
    }
    return this.child.exitCode;
  }

  kill(): void {
    if (this.alive) this.child.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isFinite(length)) throw new Error(`server wrote a frame without Content-Length: ${this.buffer.subarray(0, headerEnd).toString()}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Record<string, unknown>);
    }
  }

  private dispatch(message: Record<string, unknown>): void {
    const { id, method, params } = message as { id?: Id | null; method?: string; params?: Record<string, unknown> };
    if (typeof method === 'string') {
      if (id !== undefined) {
        // Requests from the server: answer as an editor with no settings would.
        this.serverRequests.push({ method, params });
        this.send({ jsonrpc: '2.0', id, result: method === 'workspace/configuration' ? [null] : null });
      } else if (method === 'window/logMessage' && params) {
        this.logs.push({ type: Number(params.type), message: String(params.message) });
      } else if (method === 'textDocument/publishDiagnostics' && params) {
        this.published.set(String(params.uri), params.diagnostics as unknown[]);
        for (const waiter of [...this.diagnosticWaiters]) {
          if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
            this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(waiter), 1);
            waiter.resolve(params.diagnostics as unknown[]);
          }
        }
      }
      return;
    }
    const resolve = id === undefined || id === null ? undefined : this.pending.get(id);
    if (!resolve) {
      this.strays.push(message);
      return;
    }
    this.pending.delete(id!);
    resolve(message as unknown as RpcResponse);
  }
}
