// The hostile side of the stay-up test: a seeded generator of mostly broken LSP messages (junk
// params, unknown URIs, impossible positions, closed documents, cancellations in flight) and the
// bookkeeping of what each request should get back.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RawLsp, Id, RpcResponse } from './rawLsp';

// mulberry32: small, fast and the same on every machine.
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, chance: (p: number) => next() < p, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
}
type Rng = ReturnType<typeof prng>;

const TEXTS = {
  service: '[Unit]\nDescription=web app\nAfter=network.target\n\n[Service]\nType=simple\nUser=www-data\nExecStart=/usr/bin/web --port 8080 \\\n  --verbose\nRestrat=always\nEnvironment="A=1" B=%i\n\n[Install]\nWantedBy=multi-user.target\n',
  socket: '[Unit]\nDescription=web socket\n\n[Socket]\nListenStream=8080\nAccept=yes\n\n[Install]\nWantedBy=sockets.target\n',
  timer: '[Timer]\nOnCalendar=Mon..Fri *-*-* 09:00\nPersistent=maybe\nUnit=web.service\n',
  supervisord: '[supervisord]\nlogfile=/tmp/supervisord.log\n\n[program:web]\ncommand=/usr/bin/web %(ENV_PORT)s\nautostart=maybe\nnumprocs=2\nprocess_name=%(program_name)s_%(process_num)02d\n\n[group:all]\nprograms=web,ghost\n\n[include]\nfiles=conf.d/*.conf\n',
  program: '[program:worker]\ncommand=/usr/bin/worker\nautorestart=unexpected\nenvironment=A="1",B="%(here)s"\n',
  crlf: '[Service]\r\nType=forking\r\nPIDFile=/run/x.pid\r\nExecStart=/bin/x\r\n',
  unicode: '[Unit]\nDescription=caf\u00e9 \ud83d\ude80 \u4e2d\u6587\n[Service]\nExecStart=/bin/echo "\ud83d\ude80"\n',
  empty: '',
  broken: '[Service\nType\n=\n[]\n\\\n%(\n[program:\n',
  initScript: '#!/bin/sh\n### BEGIN INIT INFO\n# Provides: web\n# Required-Start: $network $x\n# Default-Start: 2 7\n# Description: a\n#  b\nstart-stop-daemon --start --exec /bin/x -- "$Y" ${Z:+q}\n',
};
const TEXT_LIST = Object.values(TEXTS);

// Documents the run opens and closes; the last ones are never opened.
const POOL = [
  { uri: 'file:///stay/web.service', languageId: 'systemd-unit' },
  { uri: 'file:///stay/web.socket', languageId: 'systemd-unit' },
  { uri: 'file:///stay/nightly.timer', languageId: 'systemd-unit' },
  { uri: 'file:///stay/web.service.d/override.conf', languageId: 'systemd-unit' },
  { uri: 'file:///stay/service.d/10-all.conf', languageId: 'systemd-unit' },
  { uri: 'file:///stay/supervisord.conf', languageId: 'supervisor-conf' },
  { uri: 'file:///stay/conf.d/worker.conf', languageId: 'supervisor-conf' },
  { uri: 'untitled:Untitled-1', languageId: 'systemd-unit' },
  { uri: 'https://example.com/units/app.service', languageId: 'systemd-unit' },
  { uri: 'file:///stay/sp%20ace%E0%A4.service', languageId: 'systemd-unit' },
  { uri: 'file:///stay/notes.txt', languageId: 'plaintext' },
  { uri: 'file:///stay/init.d/web', languageId: 'shellscript' },
  { uri: 'file:///stay/debian/web.init', languageId: 'shellscript' },
];
const NEVER_OPENED = ['file:///nowhere/ghost.service', 'untitled:Nope', 'https://example.com/x.service', '', 'not a uri', 'file://', ':::'];
const JUNK: unknown[] = [null, [], [1, 2], 0, -1, 1.5, 'x', '', true, {}, { x: 1 }, [null], [{}]];
const MAX_UINT = 2 ** 31 - 1;
// JSON has no Infinity; these strings are swapped for number literals that parse to ±Infinity / -0.
const INF = '\u0000INF', NEG_INF = '\u0000NEGINF', NEG_ZERO = '\u0000NEGZERO';

type Expect = 'answer' | 'invalid' | 'unknown';
interface Gen<T> { value: T; valid: boolean; kind?: string }
type Item = Record<string, unknown>;

// What a confused client might echo back as an item's data: resolve must answer with the item as it is.
const JUNK_DATA: unknown[] = [undefined, null, 5, 'x', [], {}, { dialect: 'systemd' }, { dialect: 'nonsense', kind: 'section', name: 'Unit' },
  { dialect: 'systemd', kind: 'section', name: '__proto__' }, { dialect: 'systemd', kind: 'value', section: 5, name: 'Type' },
  { dialect: 'systemd', kind: 'directive', section: 'Service', name: 'NoSuchThing', separator: '=', version: 252 },
  { dialect: 'systemd', kind: 'directive', section: 'Service', name: 'Type', separator: '=', version: INF },
  { dialect: 'systemd', kind: 'directive', section: 'Service', name: 'Type', separator: '=', version: 'NaN' },
  { dialect: 'supervisor', kind: 'directive', section: 'program', name: 'autostart', separator: '='.repeat(1000), version: '4.2' },
  { dialect: 'supervisor', kind: 'value', section: 'program', name: 'constructor' }];
/** Items that are no CompletionItem (no string label): InvalidParams. */
const NOT_ITEMS: unknown[] = [{}, { label: 5 }, { label: null }, { label: ['Type'] }, { data: { dialect: 'systemd', kind: 'section', name: 'Unit' } }];

interface OpenDoc { document: TextDocument }

export class Run {
  readonly open = new Map<string, OpenDoc>();
  readonly tally = new Map<string, number>();
  readonly failures: string[] = [];
  /** Items from earlier completion answers, for completionItem/resolve to echo back. */
  readonly items: Item[] = [];
  requests = 0;
  notifications = 0;
  cancels = 0;
  private counter = 0;

  constructor(readonly lsp: RawLsp, readonly rng: Rng, readonly methods: string[]) {}

  count(key: string): void { this.tally.set(key, (this.tally.get(key) ?? 0) + 1); }

  uri(): string {
    const r = this.rng.next();
    if (r < 0.6 && this.open.size > 0) return this.rng.pick([...this.open.keys()]);
    if (r < 0.85) return this.rng.pick(POOL).uri;
    return this.rng.pick(NEVER_OPENED);
  }

  textDocument(): Gen<unknown> {
    if (this.rng.chance(0.88)) return { value: { uri: this.uri() }, valid: true };
    return { value: this.rng.pick([null, 'file:///stay/web.service', {}, { uri: 5 }, { uri: null }, [], { uri: ['a'] }, 7]), valid: false };
  }

  position(uri?: string): Gen<unknown> {
    const document = uri === undefined ? undefined : this.open.get(uri)?.document;
    const lines = document ? document.getText().split(/\r\n|\r|\n/) : ['[Service]', 'Type=simple'];
    const line = this.rng.int(lines.length);
    const r = this.rng.int(30);
    const valid = (l: number, c: number) => ({ value: { line: l, character: c }, valid: true });
    const invalid = (value: unknown) => ({ value, valid: false });
    switch (r) {
      case 0: return valid(line, lines[line].length + 1 + this.rng.int(1000)); // past the end of the line
      case 1: return valid(lines.length + this.rng.int(100), this.rng.int(10)); // past the end of the document
      case 2: return valid(MAX_UINT, MAX_UINT);
      case 3: return valid(line, 0);
      case 4: return invalid({ line: -1 - this.rng.int(5), character: 0 });
      case 5: return invalid({ line, character: -1 });
      case 6: return invalid({ line: line + 0.5, character: 1.25 });
      case 7: return invalid(this.rng.pick([{ line: 2 ** 31, character: 0 }, { line: 0, character: 2 ** 53 }, { line: 1e308, character: 1 }]));
      case 8: return invalid(this.rng.pick([{ line: INF, character: 0 }, { line: 0, character: NEG_INF }]));
      case 9: return invalid(this.rng.pick([{ line: String(line), character: '3' }, { line: null, character: null }, { line: 'NaN', character: 0 }]));
      case 10: return invalid(this.rng.pick([{}, { line }, { character: 1 }, null, [], 'x', 3]));
      case 11: return valid(line, this.rng.int(3)); // -0 parses as 0, which is fine
      default: return valid(line, this.rng.int(lines[line].length + 1));
    }
  }

  range(uri?: string): Gen<unknown> {
    const start = this.position(uri), end = this.position(uri);
    if (this.rng.chance(0.1)) return { value: this.rng.pick([null, {}, { start: start.value }, 'x', []]), valid: false };
    return { value: { start: start.value, end: end.value }, valid: start.valid && end.valid };
  }

  diagnostics(uri: string): Gen<unknown> {
    const r = this.rng.int(10);
    const real = (this.lsp.published.get(uri) ?? []) as Record<string, unknown>[];
    if (r < 5) return { value: real, valid: true };
    if (r < 7) {
      // Diagnostics the server made, with their data mangled the way a confused client might.
      const data = this.rng.pick([5, null, 'x', { fixes: 5 }, { fixes: [null] }, { fixes: [{ title: 5, edits: 'x' }] }, { fixes: [{ title: 'ok', edits: [null] }] }]);
      return { value: real.map((d) => ({ ...d, data })), valid: true };
    }
    return { value: this.rng.pick([null, 'x', 5, [null], [5], {}]), valid: false };
  }

  params(method: string): Gen<unknown> {
    if (this.rng.chance(0.08)) return { value: this.rng.pick(JUNK), valid: false };
    if (this.rng.chance(0.02)) return { value: undefined, valid: false };
    const textDocument = this.textDocument();
    const uri = (textDocument.value as { uri?: unknown } | null)?.uri;
    const forUri = typeof uri === 'string' ? uri : undefined;
    switch (method) {
      case 'textDocument/completion': case 'textDocument/hover': case 'textDocument/definition': case 'textDocument/signatureHelp': {
        const position = this.position(forUri);
        const extra = method === 'textDocument/completion' && this.rng.chance(0.3)
          ? { context: this.rng.pick([{ triggerKind: 2, triggerCharacter: '=' }, { triggerKind: 1 }, { triggerKind: 99 }, null]) }
          : method === 'textDocument/signatureHelp' && this.rng.chance(0.3)
            ? { context: this.rng.pick([{ triggerKind: 2, triggerCharacter: ' ', isRetrigger: false }, { triggerKind: 3, isRetrigger: true, activeSignatureHelp: null }, 'x', null]) } : {};
        const value = this.rng.chance(0.05) ? { textDocument: textDocument.value } : { textDocument: textDocument.value, position: position.value, ...extra };
        return { value, valid: textDocument.valid && position.valid && 'position' in value };
      }
      case 'textDocument/codeAction': {
        const range = this.range(forUri);
        const diagnostics = this.diagnostics(forUri ?? '');
        const context = this.rng.chance(0.05) ? this.rng.pick([null, 'x', undefined]) : { diagnostics: diagnostics.value, only: this.rng.pick([undefined, ['quickfix'], ['refactor']]) };
        const contextValid = typeof context === 'object' && context !== null && diagnostics.valid;
        return { value: { textDocument: textDocument.value, range: range.value, context }, valid: textDocument.valid && range.valid && contextValid };
      }
      case 'textDocument/documentHighlight': case 'textDocument/prepareRename': case 'textDocument/references': case 'textDocument/rename': {
        const position = this.position(forUri);
        const [extra, ok] = this.rng.pick<[object, boolean]>(method === 'textDocument/references' ? [[{ context: { includeDeclaration: true } }, true], [{ context: { includeDeclaration: false } }, true], [{ context: null }, false], [{}, false]]
          : method === 'textDocument/rename' ? [[{ newName: 'dc-new' }, true], [{ newName: 'a b/c:d' }, true], [{ newName: '' }, true], [{ newName: 'x'.repeat(5000) }, true], [{ newName: 5 }, false], [{}, false]] : [[{}, true]]);
        return { value: { textDocument: textDocument.value, position: position.value, ...extra }, valid: textDocument.valid && position.valid && ok };
      }
      case 'workspace/symbol': return this.rng.pick<Gen<unknown>>([{ value: { query: '' }, valid: true }, { value: { query: 'web' }, valid: true }, { value: { query: '\u0000'.repeat(100) }, valid: true }, { value: { query: 5 }, valid: false }]);
      case 'completionItem/resolve': return this.resolveParams();
      case 'textDocument/formatting': case 'textDocument/rangeFormatting': {
        const options = this.formattingOptions();
        const range = method === 'textDocument/rangeFormatting' ? this.range(forUri) : { value: undefined, valid: true };
        const value = { textDocument: textDocument.value, options: options.value, ...(range.value === undefined ? {} : { range: range.value }) };
        return { value, valid: textDocument.valid && options.valid && range.valid };
      }
      case 'textDocument/semanticTokens/range': case 'textDocument/inlayHint': {
        const range = this.range(forUri);
        return { value: { textDocument: textDocument.value, range: range.value }, valid: textDocument.valid && range.valid };
      }
      case 'textDocument/selectionRange': {
        const positions = [this.position(forUri), this.position(forUri)];
        const shape = this.rng.pick<[unknown, boolean]>([[positions.map((p) => p.value), positions.every((p) => p.valid)], [[], true], [null, false], [undefined, false]]);
        return { value: { textDocument: textDocument.value, positions: shape[0] }, valid: textDocument.valid && shape[1] };
      }
      case 'textDocument/semanticTokens/full/delta': {
        const previousResultId = this.rng.pick<unknown>(['1', '2', String(this.rng.int(500)), '', 'x', 5, null, undefined]);
        return { value: { textDocument: textDocument.value, previousResultId }, valid: textDocument.valid && typeof previousResultId === 'string' };
      }
      default:
        return { value: { textDocument: textDocument.value }, valid: textDocument.valid };
    }
  }

  /** FormattingOptions as editors send them, or broken ones. */
  formattingOptions(): Gen<unknown> {
    if (this.rng.chance(0.1)) return { value: this.rng.pick([null, 'x', 5, { trimFinalNewlines: 'yes' }, { insertFinalNewline: 1 }]), valid: false };
    const extra = this.rng.pick([{}, { trimTrailingWhitespace: true }, { insertFinalNewline: false, trimFinalNewlines: false }, { insertFinalNewline: true, trimFinalNewlines: true }]);
    return { value: { tabSize: 4, insertSpaces: true, ...extra }, valid: true };
  }

  /**
   * An item to resolve. Well-formed: one the server made (its documentation expected back), or such an
   * item with mangled data or extra members (answered as it is). Malformed: not an object with a string label.
   */
  resolveParams(): Gen<unknown> {
    // rng is drawn from the same way whatever the pool holds, so a run stays reproducible by seed.
    const index = this.rng.int(Math.max(this.items.length, 1));
    const r = this.rng.int(10);
    const real = this.items[index] ?? { label: 'Type', kind: 10 };
    if (r < 5) return { value: real, valid: true, kind: 'data' in real ? 'real item' : 'well-formed' };
    if (r < 7) return { value: { ...real, data: this.rng.pick(JUNK_DATA) }, valid: true };
    if (r < 8) return { value: { ...real, documentation: this.rng.pick(['kept', { kind: 'markdown', value: 'kept' }]), extra: [1] }, valid: true };
    if (r < 9) return { value: { ...real, label: this.rng.pick([undefined, 7, null, { text: 'x' }]) }, valid: false };
    return { value: this.rng.pick([...JUNK, ...NOT_ITEMS]), valid: false };
  }

  async request(method: string, params: unknown, expect: Expect, kind: string): Promise<void> {
    this.requests++;
    const id: Id = this.rng.chance(0.1) ? `s-${++this.counter}` : this.lsp.id();
    let sent: Promise<RpcResponse>;
    if (params !== undefined && JSON.stringify(params).includes('\\u0000')) {
      // Raw body so that Infinity and -0 reach the server as numbers.
      const body = JSON.stringify({ jsonrpc: '2.0', id, method, params })
        .replaceAll(JSON.stringify(INF), '1e999').replaceAll(JSON.stringify(NEG_INF), '-1e999').replaceAll(JSON.stringify(NEG_ZERO), '-0');
      sent = this.lsp.requestRaw(id, body);
    } else {
      sent = this.lsp.request(method, params, id);
    }
    if (this.rng.chance(0.08)) { this.cancels++; this.lsp.cancel(id); }
    const response = await sent;
    this.check(method, kind, expect, response);
    if (method === 'textDocument/completion') this.keepItems(response.result);
    if (kind === 'real item' && 'result' in response) {
      const documented = (response.result as Item | null)?.documentation !== undefined;
      if (!documented && this.failures.length < 40) this.failures.push(`${method}: no documentation for ${JSON.stringify(params).slice(0, 200)}`);
    }
  }

  /** A few items of a completion answer (first, middle, last), at most 200 kept. */
  keepItems(result: unknown): void {
    const items = (Array.isArray(result) ? result : (result as { items?: unknown } | null)?.items) as Item[] | undefined;
    if (!Array.isArray(items) || items.length === 0) return;
    for (const item of new Set([items[0], items[items.length >> 1], items[items.length - 1]])) this.items.push(item);
    if (this.items.length > 200) this.items.splice(0, this.items.length - 200);
  }

  check(method: string, kind: string, expect: Expect, response: RpcResponse): void {
    const hasResult = 'result' in response, hasError = 'error' in response;
    const error = response.error;
    let key: string;
    if (hasResult && !hasError) key = response.result === null ? 'result null' : 'result';
    else if (hasError && !hasResult && typeof error?.code === 'number' && Number.isInteger(error.code) && typeof error.message === 'string') key = `error ${error.code}`;
    else { this.failures.push(`${method} (${kind}): not a JSON-RPC response: ${JSON.stringify(response)}`); return; }
    this.count(`${kind}: ${key}`);
    const code = error?.code;
    const fine = code === -32800 // cancelled: fine for any request we may have cancelled
      || (expect === 'answer' && hasResult)
      // A rename refused with its reason (an invalid name, a unit outside the workspace) is an answer too.
      || (expect === 'answer' && code === -32803 && method.endsWith('ename'))
      || (expect === 'invalid' && code === -32602)
      || (expect === 'unknown' && code === -32601);
    if (!fine && this.failures.length < 40) this.failures.push(`${method} (${kind}, expected ${expect}): ${JSON.stringify(response).slice(0, 300)}`);
  }

  notify(method: string, params: unknown): void {
    this.notifications++;
    this.lsp.notify(method, params);
  }

  openDoc(): void {
    const entry = this.rng.pick(POOL);
    const text = this.rng.pick(TEXT_LIST);
    const version = this.rng.pick([1, 1, 7, 0, -3]);
    const languageId = this.rng.chance(0.9) ? entry.languageId : this.rng.pick(['plaintext', 'supervisor-conf', 'systemd-unit', '']);
    this.open.set(entry.uri, { document: TextDocument.create(entry.uri, languageId, version, text) });
    this.notify('textDocument/didOpen', { textDocument: { uri: entry.uri, languageId, version, text } });
  }

  changeDoc(): void {
    const uri = this.uri();
    const doc = this.open.get(uri)?.document;
    const r = this.rng.int(12);
    const version = doc ? doc.version + 1 : 1;
    const text = this.rng.pick(['', 'x', '\n', 'Restart=always\n', '[Service]\n', '=', '\\\n', '%(', '\ud83d', '\r\n[program:a]\n']);
    if (r < 6 && doc) {
      // A well-formed edit the client also applies, so later positions stay meaningful.
      const range = { start: doc.positionAt(this.rng.int(doc.getText().length + 1)), end: doc.positionAt(this.rng.int(doc.getText().length + 1)) };
      if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) [range.start, range.end] = [range.end, range.start];
      const change = this.rng.chance(0.15) ? { text: this.rng.pick(TEXT_LIST) } : { range, text };
      TextDocument.update(doc, [change], version);
      this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      return;
    }
    const bad = this.rng.pick<unknown>([
      { textDocument: { uri, version: Math.max(0, version - 5) }, contentChanges: [{ text: '[Service]\nType=simple\n' }] }, // version going backwards
      { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 900, character: 0 }, end: { line: 0, character: 99 } }, text }] },
      { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: -1, character: 0.5 }, end: { line: 'x', character: null } }, text }] },
      { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 5 }] },
      { textDocument: { uri, version }, contentChanges: [{ text: null }, { range: null, text: 'x' }] },
      { textDocument: { uri, version }, contentChanges: 'x' },
      { textDocument: { uri, version: null }, contentChanges: [] },
      { textDocument: { uri: 'file:///never/opened.service', version: 2 }, contentChanges: [{ text: 'x' }] },
      { textDocument: null, contentChanges: [] },
      null, [], 5,
    ]);
    this.notify('textDocument/didChange', bad);
  }

  closeDoc(): void {
    const r = this.rng.int(4);
    if (r < 2 && this.open.size > 0) {
      const uri = this.rng.pick([...this.open.keys()]);
      this.open.delete(uri);
      this.notify('textDocument/didClose', { textDocument: { uri } });
    } else if (r === 2) {
      this.notify('textDocument/didClose', { textDocument: { uri: this.rng.pick(NEVER_OPENED) } });
    } else {
      this.notify('textDocument/didClose', this.rng.pick(JUNK));
    }
  }

  junkNotification(): void {
    const r = this.rng.int(8);
    switch (r) {
      case 0: this.notify('textDocument/didOpen', this.rng.pick<unknown>([null, {}, { textDocument: null }, { textDocument: { uri: 5, text: 5 } },
        { textDocument: { uri: 'file:///junk/a.service', languageId: 'systemd-unit', version: 1, text: null } },
        { textDocument: { uri: 'file:///junk/b.service', languageId: 7, version: 'one', text: 42 } }, [], 'x'])); break;
      case 1: this.notify('workspace/didChangeConfiguration', this.rng.pick<unknown>([null, 5, 'x', {}, { settings: null }, { settings: 'x' },
        { settings: { daemonConfig: 'x' } }, { settings: { daemonConfig: { systemd: { version: -5 }, diagnosticsDelay: 'fast' } } },
        { settings: { daemonConfig: { systemd: 'x', diagnosticsDelay: 1e300 } } }, { settings: { daemonConfig: { systemd: { version: '999999999999' } } } },
        { settings: { daemonConfig: { systemd: { version: 240 }, diagnosticsDelay: 0 } } }])); break;
      case 2: this.notify('$/setTrace', this.rng.pick<unknown>([{ value: 'verbose' }, { value: 'off' }, { value: 'bogus' }, { value: 5 }, null, {}, 'x'])); break;
      case 3: this.notify('$/cancelRequest', this.rng.pick<unknown>([{ id: 999999 }, { id: 'nope' }, { id: null }, null, {}, 'x', { id: [1] }])); break;
      case 4: this.notify(this.rng.pick(['textDocument/nonsense', '$/nonsense', 'workspace/didChangeWatchedFiles', 'textDocument/didSave', 'window/workDoneProgress/cancel']), this.rng.pick(JUNK)); break;
      case 5: this.notify('textDocument/willSave', this.rng.pick(JUNK)); break;
      default: this.openDoc();
    }
  }

  /** One generated message; requests resolve when answered and checked. */
  step(): Promise<void> | undefined {
    const r = this.rng.next();
    if (r < 0.12) { this.openDoc(); return undefined; }
    if (r < 0.22) { this.changeDoc(); return undefined; }
    if (r < 0.27) { this.closeDoc(); return undefined; }
    if (r < 0.35) { this.junkNotification(); return undefined; }
    if (r < 0.40) {
      const method = this.rng.pick(['textDocument/nonsense', 'completionItem/resolve', 'textDocument/references', 'workspace/symbol', '$/ping', '', 'rpc.discover', 'textDocument/formatting']);
        // A method the server does serve gets params it can judge (resolve takes an item, not a document).
      if (!this.methods.includes(method)) return this.request(method, this.rng.pick([...JUNK, { textDocument: { uri: this.uri() } }]), 'unknown', 'unknown method');
      return this.served(method);
    }
    return this.served(this.rng.pick(this.methods));
  }

  served(method: string): Promise<void> {
    const params = this.params(method);
    return this.request(method, params.value, params.valid ? 'answer' : 'invalid', params.kind ?? (params.valid ? 'well-formed' : 'malformed'));
  }
}
