// A small stand-in for the `vscode` module: just what the systemd command wiring uses, with
// hooks for tests to answer prompts and to see what was shown. Loaded in place of `vscode` by
// patching Node's module resolution (see loadWithStub).
import { EventEmitter as NodeEmitter } from 'node:events';
import Module from 'node:module';

type Listener<T> = (e: T) => unknown;
interface CodeLensProviderLike {
  provideCodeLenses(doc: unknown): CodeLens[];
  onDidChangeCodeLenses?: (l: () => unknown) => { dispose(): void };
}

export class EventEmitter<T> {
  private readonly e = new NodeEmitter();
  event = (listener: Listener<T>): { dispose(): void } => {
    this.e.on('x', listener);
    return { dispose: () => this.e.off('x', listener) };
  };
  fire(value: T): void {
    this.e.emit('x', value);
  }
  dispose(): void {
    this.e.removeAllListeners();
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  get fsPath(): string {
    return this.path;
  }
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static from(c: { scheme: string; path: string }): Uri {
    return new Uri(c.scheme, c.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}
export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number, b: number, c: number, d: number) {
    this.start = new Position(a, b);
    this.end = new Position(c, d);
  }
}
export class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; command: string }) {}
}
export class Diagnostic {
  source?: string;
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}
export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };
export const ProgressLocation = { SourceControl: 1, Window: 10, Notification: 15 };
export const StatusBarAlignment = { Left: 1, Right: 2 };
export const ViewColumn = { Beside: -2 };

export interface StubDocument {
  uri: Uri;
  fileName: string;
  languageId: string;
  isDirty: boolean;
  lineCount: number;
  lineAt(n: number): { text: string; range: Range };
  getText(): string;
  save(): Promise<boolean>;
}

export function makeDocument(file: string, text: string, languageId = 'systemd-unit'): StubDocument {
  const lines = text.split('\n');
  return {
    uri: Uri.file(file),
    fileName: file,
    languageId,
    isDirty: false,
    lineCount: lines.length,
    lineAt: (n) => ({ text: lines[n] ?? '', range: new Range(n, 0, n, (lines[n] ?? '').length) }),
    getText: () => text,
    save: async () => true,
  };
}

/** What the wiring showed, and how the "user" answers. */
export const stub = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  messages: [] as { level: string; text: string; items: string[] }[],
  /** Answers a message box: return one of its items, or undefined to dismiss. */
  answer: (_text: string, items: string[]): string | undefined => items[0],
  inputs: [] as string[],
  quickPick: <T extends { label: string; picked?: boolean }>(items: T[]): T | undefined => items.find((i) => i.picked) ?? items[0],
  terminals: [] as { name?: string; shellPath?: string; shellArgs?: string[] }[],
  diagnostics: new Map<string, Diagnostic[]>(),
  /** What vscode.languages.getDiagnostics returns per file (the language server's and others'). */
  languageDiagnostics: new Map<string, Diagnostic[]>(),
  shown: [] as string[],
  statusBar: { text: '', visible: false },
  config: {} as Record<string, unknown>,
  activeEditor: undefined as { document: StubDocument } | undefined,
  providers: new Map<string, { provideTextDocumentContent(u: Uri): string }>(),
  closeTerminal: new EventEmitter<unknown>(),
  trusted: true,
  codeLensProvider: undefined as CodeLensProviderLike | undefined,
};

function message(level: string) {
  return async (text: string, ...rest: unknown[]): Promise<string | undefined> => {
    const items = rest.filter((r): r is string => typeof r === 'string');
    stub.messages.push({ level, text, items });
    return stub.answer(text, items);
  };
}

const noopEvent = () => ({ dispose() {} });

export const commands = {
  registerCommand(id: string, fn: (...args: unknown[]) => unknown) {
    stub.commands.set(id, fn);
    return { dispose: () => stub.commands.delete(id) };
  },
  executeCommand: async (id: string, ...args: unknown[]) => stub.commands.get(id)?.(...args),
};

export const window = {
  get activeTextEditor() {
    return stub.activeEditor;
  },
  showInformationMessage: message('info'),
  showWarningMessage: message('warning'),
  showErrorMessage: message('error'),
  showInputBox: async () => stub.inputs.shift(),
  showQuickPick: async <T extends { label: string }>(items: T[]) => stub.quickPick(items),
  withProgress: async <R>(_o: unknown, task: () => Promise<R>) => task(),
  createTerminal(options: { name?: string; shellPath?: string; shellArgs?: string[] }) {
    stub.terminals.push(options);
    const terminal = { ...options, exitStatus: { code: 0 }, show() {}, dispose() {} };
    // the "user" typed the password and the process ended
    setImmediate(() => stub.closeTerminal.fire(terminal));
    return terminal;
  },
  onDidCloseTerminal: (l: Listener<unknown>) => stub.closeTerminal.event(l),
  createStatusBarItem() {
    return {
      name: '', tooltip: '', command: '',
      set text(t: string) { stub.statusBar.text = t; },
      get text() { return stub.statusBar.text; },
      show() { stub.statusBar.visible = true; },
      hide() { stub.statusBar.visible = false; },
      dispose() {},
    };
  },
  onDidChangeActiveTextEditor: noopEvent,
  onDidChangeWindowState: noopEvent,
  async showTextDocument(doc: { uri: Uri }) {
    stub.shown.push(doc.uri.toString());
  },
};

export const workspace = {
  get isTrusted() {
    return stub.trusted;
  },
  getConfiguration(section: string) {
    return { get: <T>(key: string): T | undefined => stub.config[`${section}.${key}`] as T | undefined };
  },
  registerTextDocumentContentProvider(scheme: string, p: { provideTextDocumentContent(u: Uri): string }) {
    stub.providers.set(scheme, p);
    return { dispose() {} };
  },
  async openTextDocument(uri: Uri) {
    return { uri, languageId: 'plaintext', getText: () => stub.providers.get(uri.scheme)?.provideTextDocumentContent(uri) ?? '' };
  },
  onDidSaveTextDocument: noopEvent,
  onDidChangeTextDocument: noopEvent,
  onDidChangeConfiguration: noopEvent,
  onDidGrantWorkspaceTrust: noopEvent,
};

export const languages = {
  createDiagnosticCollection() {
    return {
      set: (uri: Uri, list: Diagnostic[]) => stub.diagnostics.set(uri.fsPath, list),
      delete: (uri: Uri) => stub.diagnostics.delete(uri.fsPath),
      has: (uri: Uri) => stub.diagnostics.has(uri.fsPath),
      clear: () => stub.diagnostics.clear(),
      dispose() {},
    };
  },
  registerCodeLensProvider(_selector: unknown, provider: CodeLensProviderLike) {
    stub.codeLensProvider = provider;
    return { dispose() {} };
  },
  setTextDocumentLanguage: async <D>(doc: D) => doc,
  getDiagnostics: (uri: Uri): Diagnostic[] => stub.languageDiagnostics.get(uri.fsPath) ?? [],
};

export const l10n = {
  t: (text: string, ...args: unknown[]) => text.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)])),
};

/** Makes `require('vscode')` return this module. Call before loading code that imports vscode. */
export function installVscodeStub(): void {
  const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const original = M._resolveFilename;
  M._resolveFilename = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return __filename;
    return original.call(this, request, ...rest);
  };
}
