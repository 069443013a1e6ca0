// Live state of supervisor programs: a status bar item for the program at the cursor (or the
// file's first program) and CodeLenses on each [program:x] header with its state and
// Start / Restart / Stop / Tail. One `supervisorctl status` per config feeds both.
import * as vscode from 'vscode';
import type { SupervisorProgram } from '../../../../server/src/features/fileInfoProtocol';
import { describeStatus, missingSocket, parseStatus, run, statusArgv, type ProcessStatus, type RunResult } from '../../supervisor';
import { readSupervisorSettings } from './settings';
import type { ContextResolver, FileContext } from './target';

/** What a lens or command argument carries: the config and the namespecs of one program. */
export interface ProgramArgs {
  readonly config: string;
  readonly program: string;
  readonly namespecs: readonly string[];
}

export function isProgramArgs(value: unknown): value is ProgramArgs {
  const v = value as ProgramArgs | undefined;
  return typeof v === 'object' && v !== null && typeof v.config === 'string' && typeof v.program === 'string'
    && Array.isArray(v.namespecs) && v.namespecs.every((s) => typeof s === 'string');
}

interface ConfigState {
  /** Processes by namespec as status prints them. */
  processes: Map<string, ProcessStatus>;
  /** Why there is no state (supervisord not reachable, ...). */
  error: string | undefined;
  /** The user chose not to run supervisorctl for this config (see supervisor/consent.ts). */
  off?: boolean;
  /** supervisord's socket, when it is missing: supervisord is not running for this config. */
  socketMissing?: string;
}

/** The state text of one program: `RUNNING pid 4121, uptime 0:03:10`, or `2/3 RUNNING` for numprocs. */
export function programStateLabel(program: SupervisorProgram, state: ConfigState | undefined): string {
  if (!state) return '…';
  if (state.off) return vscode.l10n.t('live state off for this config');
  if (state.socketMissing !== undefined) return vscode.l10n.t('supervisord not running');
  if (state.error !== undefined) return vscode.l10n.t('supervisord not reachable');
  const found = program.namespecs.map((n) => state.processes.get(n === 'all:all' ? 'all' : n)).filter((p): p is ProcessStatus => p !== undefined);
  if (found.length === 0) return vscode.l10n.t('not loaded (Reread, then Update)');
  if (found.length === 1) return describeStatus(found[0] as ProcessStatus);
  const running = found.filter((p) => p.state === 'RUNNING').length;
  return `${running}/${found.length} RUNNING`;
}

export class SupervisorLiveState implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('daemonConfig.supervisor.state', vscode.StatusBarAlignment.Left, 49);
  private readonly states = new Map<string, ConfigState>();
  private readonly pending = new Map<string, Promise<ConfigState>>();
  private readonly contexts = new Map<string, FileContext>();
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;

  constructor(
    private readonly resolver: ContextResolver,
    private readonly log: (r: RunResult) => void,
    /** Whether supervisorctl may run for a config without asking again (supervisor/consent.ts). */
    private readonly allowed: (config: string) => Promise<boolean> = async () => true,
  ) {
    this.item.name = vscode.l10n.t('supervisor program state');
  }

  /**
   * One status call per config at a time. `fresh`: the answer must come from a call started now
   * (after an action), so a call already under way is waited for and then a new one made.
   */
  fetch(config: string, fresh = false): Promise<ConfigState> {
    const running = this.pending.get(config);
    if (running) return fresh ? running.then(() => this.fetch(config)) : running;
    const query = (): Promise<ConfigState> => run(statusArgv(config, [], readSupervisorSettings().exe), { timeoutMs: 15_000, log: this.log })
      .then((r): ConfigState => {
        const report = parseStatus(r.stdout);
        // exit 4 with no process lines: supervisord is not answering on this config's socket
        const unreachable = r.spawnError !== undefined || (r.exitCode !== 0 && r.exitCode !== 3 && report.processes.length === 0);
        return {
          processes: new Map(report.processes.map((s) => [s.name, s])),
          error: unreachable ? (r.spawnError ?? (r.stdout.trim() || r.stderr.trim())) : undefined,
          socketMissing: unreachable ? missingSocket(r) : undefined,
        };
      });
    const p = this.allowed(config)
      .then((ok): Promise<ConfigState> | ConfigState => (ok ? query() : { processes: new Map(), error: undefined, off: true }))
      // The language server could not say what the config points supervisorctl at: run nothing.
      .catch((error: unknown): ConfigState => ({ processes: new Map(), error: error instanceof Error ? error.message : String(error) }))
      .then((state) => {
        this.states.set(config, state);
        this.pending.delete(config);
        return state;
      });
    this.pending.set(config, p);
    return p;
  }

  stateOf(config: string): ConfigState | undefined {
    return this.states.get(config);
  }

  /** Counts refreshes, so that one overtaken by a later refresh does not draw its older state. */
  private refreshes = 0;

  /** Re-read the active editor's configuration state; update the status bar and the lenses. */
  async refresh(fresh = true): Promise<void> {
    const generation = ++this.refreshes;
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    if (!doc || doc.languageId !== 'supervisor-conf' || !vscode.workspace.isTrusted) {
      this.item.hide();
      return;
    }
    const ctx = await this.resolver.resolve(doc, editor?.selection?.active);
    if (generation !== this.refreshes) return;
    if ('reason' in ctx) {
      this.contexts.delete(doc.uri.toString());
      this.item.hide();
      this.lensesChanged.fire();
      return;
    }
    this.contexts.set(doc.uri.toString(), ctx);
    const state = await this.fetch(ctx.config, fresh);
    if (generation !== this.refreshes) return;
    this.renderStatusBar(ctx, state, ctx.programAtCursor);
    this.lensesChanged.fire();
  }

  private cursorQuery = 0;
  private cursorAt: { uri: string; line: number; version: number } | undefined;

  /** Update the status bar for a cursor move without asking supervisord again (the server says which program it is in). */
  cursorMoved(editor: vscode.TextEditor | undefined): void {
    if (!editor) return;
    const ctx = this.contexts.get(editor.document.uri.toString());
    if (!ctx || !this.states.has(ctx.config)) return;
    // Moves within a line of unchanged text cannot change the program.
    const at = { uri: editor.document.uri.toString(), line: editor.selection.active.line, version: editor.document.version };
    if (this.cursorAt?.uri === at.uri && this.cursorAt.line === at.line && this.cursorAt.version === at.version) return;
    this.cursorAt = at;
    const query = ++this.cursorQuery;
    this.resolver.facts(editor.document.uri.toString(), editor.selection.active).then((facts) => {
      // Only the latest move counts, and only while that file is still the one shown.
      // The state is read now, not at the move: a refresh (after a restart) may have landed meanwhile.
      const state = this.states.get(ctx.config);
      if (query === this.cursorQuery && state && this.contexts.get(editor.document.uri.toString()) === ctx) this.renderStatusBar(ctx, state, facts?.programAtCursor);
    }, () => undefined);
  }

  private renderStatusBar(ctx: FileContext, state: ConfigState, atCursor: string | undefined): void {
    if (!readSupervisorSettings().statusBar || ctx.programs.length === 0) {
      this.item.hide();
      return;
    }
    const program = ctx.programs.find((p) => p.name === atCursor) ?? ctx.programs[0];
    if (!program) return this.item.hide();
    const label = programStateLabel(program, state);
    const icon = label.startsWith('RUNNING') || /^\d+\/\d+ RUNNING$/.test(label) ? '$(pass-filled)'
      : /^(FATAL|BACKOFF|EXITED)/.test(label) ? '$(error)' : '$(circle-outline)';
    this.item.text = `${icon} ${program.name}: ${label}`;
    this.item.tooltip = vscode.l10n.t('{0} (supervisorctl -c {1}): {2}. Click for the status of every program.', program.name, ctx.config, label);
    this.item.command = 'daemonConfig.supervisor.status';
    this.item.show();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSupervisorSettings().codeLens || !vscode.workspace.isTrusted) return [];
    const ctx = this.contexts.get(document.uri.toString());
    if (!ctx) {
      // not resolved yet: resolve once, then ask for lenses again
      if (document.languageId === 'supervisor-conf') {
        void this.resolver.resolve(document).then((c) => {
          if (!('reason' in c)) {
            this.contexts.set(document.uri.toString(), c);
            void this.fetch(c.config).then(() => this.lensesChanged.fire());
          }
        });
      }
      return [];
    }
    const state = this.states.get(ctx.config);
    const lenses: vscode.CodeLens[] = [];
    for (const program of ctx.programs) {
      const line = ctx.headers.get(program.name);
      if (line === undefined || line >= document.lineCount) continue;
      const range = new vscode.Range(line, 0, line, 0);
      const args: ProgramArgs = { config: ctx.config, program: program.name, namespecs: program.namespecs };
      lenses.push(new vscode.CodeLens(range, { title: programStateLabel(program, state), command: 'daemonConfig.supervisor.status', tooltip: vscode.l10n.t('supervisorctl status'), arguments: [args] }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Start'), command: 'daemonConfig.supervisor.start', arguments: [args] }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Restart'), command: 'daemonConfig.supervisor.restart', arguments: [args] }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Stop'), command: 'daemonConfig.supervisor.stop', arguments: [args] }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Tail'), command: 'daemonConfig.supervisor.tail', arguments: [args] }));
    }
    return lenses;
  }

  dispose(): void {
    this.item.dispose();
    this.lensesChanged.dispose();
  }
}
