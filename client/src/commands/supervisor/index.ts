// VS Code wiring of the supervisor commands (category "Supervisor"). The work itself is in
// client/src/supervisor (pure Node); this file asks the language server for the config and the
// program, confirms, runs, logs and refreshes. Every call is `supervisorctl -c CONFIG` for the
// config that governs the file.
import * as vscode from 'vscode';
import {
  LiveQueryConsent, liveQueryRisk, deniedByPermissions, launchSupervisord, missingSocket, failureMessage, formatLogEntry, isRoot, parseTarget, privilegedArgv, reloadArgv, rereadArgv, restartArgv, run, startArgv, statusArgv,
  stopArgv, supervisordArgv, tailArgv, updateArgv, type Invocation, type RunResult, type Target,
} from '../../supervisor';
import { withAbsoluteProgram } from '../../programs';
import { askLiveQuery } from './consentPrompt';
import { ProcessTerminal } from './processTerminal';
import { isProgramArgs, SupervisorLiveState, type ProgramArgs } from './live';
import { readSupervisorSettings } from './settings';
import { ContextResolver, type FileContext } from './target';
import { showError, showInfo, showWarning } from '../notify';
import type { FileInfoSource } from '../../serverFileInfo';

export const SUPERVISOR_COMMANDS = [
  'daemonConfig.supervisor.status', 'daemonConfig.supervisor.start', 'daemonConfig.supervisor.stop', 'daemonConfig.supervisor.restart',
  'daemonConfig.supervisor.reread', 'daemonConfig.supervisor.update', 'daemonConfig.supervisor.reload', 'daemonConfig.supervisor.tail',
  'daemonConfig.supervisor.startSupervisord', 'daemonConfig.supervisor.refreshState',
] as const;

type ProgramVerb = 'start' | 'stop' | 'restart';
/** Progress title of a program verb. */
function verbTitle(verb: ProgramVerb, label: string): string {
  if (verb === 'start') return vscode.l10n.t('Start {0}', label);
  if (verb === 'stop') return vscode.l10n.t('Stop {0}', label);
  return vscode.l10n.t('Restart {0}', label);
}
const BUILDERS = { start: startArgv, stop: stopArgv, restart: restartArgv };

function trusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void showWarning(vscode.l10n.t('supervisor commands are off in an untrusted workspace.'));
  return false;
}

async function ensureSaved(document: vscode.TextDocument): Promise<boolean> {
  if (!document.isDirty) return true;
  const save = vscode.l10n.t('Save and Continue');
  const choice = await showWarning(vscode.l10n.t('{0} has unsaved changes; supervisord reads the file on disk.', document.fileName), { modal: true }, save);
  return choice === save && (await document.save());
}

/** `server`: the language server's answers about files (which config governs one, its programs). */
export function registerSupervisorCommands(context: vscode.ExtensionContext, log: vscode.OutputChannel, server: FileInfoSource): void {
  const resolver = new ContextResolver(server);
  const logResult = (r: RunResult): void => log.appendLine(formatLogEntry(r));
  // What a config points supervisorctl at, as the server reads it from disk (supervisorctl reads the disk too).
  const riskOf = async (config: string) => {
    const facts = await resolver.facts(vscode.Uri.file(config).toString());
    if (!facts) throw new Error(vscode.l10n.t('The language server does not read {0} as a supervisor config.', config));
    return liveQueryRisk(facts);
  };
  const consent = new LiveQueryConsent(context.workspaceState, askLiveQuery, riskOf);
  /** Before a command runs supervisorctl: asks again if the user said no for this config. */
  const mayRun = (config: string): Promise<boolean> => consent.allowed(config, { explicit: true });
  const live = new SupervisorLiveState(resolver, logResult, (config) => consent.allowed(config));
  const refresh = (): void => {
    live.refresh().catch((e: unknown) => log.appendLine(vscode.l10n.t('supervisor state refresh failed: {0}', (e as Error).stack ?? String(e))));
  };
  const active = (): vscode.TextDocument | undefined => vscode.window.activeTextEditor?.document;

  const fileContext = async (cursor?: vscode.Position): Promise<FileContext | undefined> => {
    const ctx = await resolver.resolve(active(), cursor);
    if ('reason' in ctx) {
      void showError(ctx.reason);
      return undefined;
    }
    return ctx;
  };

  /** supervisorctl found no socket: supervisord is not running for this config; offer to start it. */
  const offerStart = (config: string, socket: string): void => {
    const start = vscode.l10n.t('Start supervisord');
    void showError(vscode.l10n.t('supervisord is not running for this config (socket {0} missing); start it?', socket), start).then((choice) => {
      if (choice === start) startSupervisordFor(config).catch((e: unknown) => void showError(String((e as Error).message ?? e)));
    });
  };

  const showStatus = async (config: string): Promise<void> => {
    if (!(await mayRun(config))) return;
    const r = await run(statusArgv(config, [], readSupervisorSettings().exe), { log: logResult });
    const socket = missingSocket(r);
    if (socket !== undefined && r.exitCode !== 0 && r.exitCode !== 3) return offerStart(config, socket);
    log.appendLine(vscode.l10n.t('status of {0}:', config));
    log.appendLine(r.stdout.trimEnd() || failureMessage(r));
    log.show(true);
  };

  /** A terminal running one program with its arguments (no shell). */
  const openTerminal = (name: string, argv: readonly string[]): vscode.Terminal => {
    // terminals look a bare name up themselves, from the workspace folder: pass absolute programs
    const [shellPath = '', ...shellArgs] = withAbsoluteProgram(argv);
    log.appendLine(vscode.l10n.t('$ {0}  → in a terminal', JSON.stringify([shellPath, ...shellArgs])));
    const terminal = vscode.window.createTerminal({ name, shellPath, shellArgs });
    terminal.show();
    return terminal;
  };

  /** Run one call with progress; on failure show its message with a "Show Status" button. */
  const execute = async (title: string, inv: Invocation, config: string): Promise<RunResult | undefined> => {
    if (!(await mayRun(config))) return undefined;
    const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: false }, () => run(inv, { log: logResult }));
    const socket = r.ok ? undefined : missingSocket(r);
    if (socket !== undefined) offerStart(config, socket);
    else if (!r.ok) {
      const statusLabel = vscode.l10n.t('Show Status');
      const helper = readSupervisorSettings().privilegeHelper;
      const elevateLabel = vscode.l10n.t('Run with {0} in a Terminal', helper);
      const buttons = deniedByPermissions(r) && !isRoot() ? [elevateLabel, statusLabel] : [statusLabel];
      const message = failureMessage(r);
      void showError(vscode.l10n.t('{0}: {1}', title, message.length > 600 ? `${message.slice(0, 600)}…` : message), ...buttons).then((choice) => {
        if (choice === statusLabel) void showStatus(config);
        else if (choice === elevateLabel) {
          try {
            openTerminal(`supervisor: ${title}`, privilegedArgv({ ...inv, command: withAbsoluteProgram([inv.command])[0] ?? inv.command }, helper));
          } catch (e) {
            void showError(String((e as Error).message));
          }
        }
      });
    }
    return r;
  };

  /** What a program command acts on: the lens argument, the program at the cursor, or a pick. */
  const chooseTargets = async (arg: unknown, allowAll: boolean): Promise<{ config: string; targets: Target[]; label: string } | undefined> => {
    if (isProgramArgs(arg)) return { config: arg.config, targets: arg.namespecs.map(toTarget), label: arg.program };
    const ctx = await fileContext(vscode.window.activeTextEditor?.selection.active);
    if (!ctx) return undefined;
    const program = ctx.programAtCursor === undefined ? undefined : ctx.programs.find((p) => p.name === ctx.programAtCursor);
    if (program) return { config: ctx.config, targets: program.namespecs.map(toTarget), label: program.name };
    return pickTargets(ctx.config, allowAll);
  };

  const pickTargets = async (config: string, allowAll: boolean): Promise<{ config: string; targets: Target[]; label: string } | undefined> => {
    if (!(await mayRun(config))) return undefined;
    const state = await live.fetch(config);
    if (state.socketMissing !== undefined) return void offerStart(config, state.socketMissing);
    if (state.error !== undefined) {
      void showError(vscode.l10n.t('supervisord does not answer for {0}: {1}', config, state.error));
      return undefined;
    }
    const groups = new Set<string>();
    const items: (vscode.QuickPickItem & { spec: string })[] = [];
    if (allowAll) items.push({ label: 'all', description: vscode.l10n.t('every program'), spec: 'all' });
    for (const p of state.processes.values()) {
      if (p.name.includes(':') && !groups.has(p.group)) {
        groups.add(p.group);
        items.push({ label: `${p.group}:*`, description: vscode.l10n.t('every process of group {0}', p.group), spec: `${p.group}:*` });
      }
      items.push({ label: p.name, description: `${p.state} ${p.description}`.trim(), spec: p.name === 'all' ? 'all:all' : p.name });
    }
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Which program?') });
    return pick ? { config, targets: [toTarget(pick.spec)], label: pick.label } : undefined;
  };

  const programVerb = async (verb: ProgramVerb, arg: unknown): Promise<void> => {
    if (!trusted()) return;
    const chosen = await chooseTargets(arg, true);
    if (!chosen) return;
    const inv = BUILDERS[verb](chosen.config, chosen.targets, readSupervisorSettings().exe);
    if (verb === 'stop' && readSupervisorSettings().confirmDestructive) {
      const go = vscode.l10n.t('Stop');
      if ((await showWarning(vscode.l10n.t('Stop {0}?', chosen.label), { modal: true }, go)) !== go) return;
    }
    await execute(verbTitle(verb, chosen.label), inv, chosen.config);
    refresh();
  };

  const register = (id: (typeof SUPERVISOR_COMMANDS)[number], fn: (arg: unknown) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (arg: unknown) => {
      try {
        await fn(arg);
      } catch (e) {
        log.appendLine(`${id}: ${(e as Error).stack ?? String(e)}`);
        void showError(String((e as Error).message ?? e));
      }
    }));
  };

  const configFromArg = async (arg: unknown): Promise<string | undefined> => (isProgramArgs(arg) ? arg.config : (await fileContext())?.config);

  register('daemonConfig.supervisor.status', async (arg) => {
    if (!trusted()) return;
    const config = await configFromArg(arg);
    if (config) await showStatus(config);
    refresh();
  });
  register('daemonConfig.supervisor.start', (arg) => programVerb('start', arg));
  register('daemonConfig.supervisor.stop', (arg) => programVerb('stop', arg));
  register('daemonConfig.supervisor.restart', (arg) => programVerb('restart', arg));

  register('daemonConfig.supervisor.reread', async () => {
    if (!trusted()) return;
    const ctx = await fileContext();
    if (!ctx || !(await ensureSaved(ctx.document))) return;
    const r = await execute(vscode.l10n.t('Reread'), rereadArgv(ctx.config, readSupervisorSettings().exe), ctx.config);
    if (r?.ok) void showInfo(r.stdout.trim() || vscode.l10n.t('No config updates to processes'));
    refresh();
  });

  register('daemonConfig.supervisor.update', async () => {
    if (!trusted()) return;
    const ctx = await fileContext();
    if (!ctx || !(await ensureSaved(ctx.document))) return;
    const r = await execute(vscode.l10n.t('Update'), updateArgv(ctx.config, [], readSupervisorSettings().exe), ctx.config);
    if (r?.ok && r.stdout.trim()) void showInfo(r.stdout.trim());
    refresh();
  });

  register('daemonConfig.supervisor.reload', async () => {
    if (!trusted()) return;
    const ctx = await fileContext();
    if (!ctx || !(await ensureSaved(ctx.document))) return;
    if (readSupervisorSettings().confirmDestructive) {
      const go = vscode.l10n.t('Reload');
      const ok = await showWarning(vscode.l10n.t('Restart supervisord for {0}? Every program it runs restarts.', ctx.config), { modal: true }, go);
      if (ok !== go) return;
    }
    await execute(vscode.l10n.t('Reload supervisord'), reloadArgv(ctx.config, readSupervisorSettings().exe), ctx.config);
    refresh();
  });

  register('daemonConfig.supervisor.tail', async (arg) => {
    if (!trusted()) return;
    const chosen = await chooseTargets(arg, false);
    if (!chosen) return;
    const processes = chosen.targets.filter((t): t is Extract<Target, { kind: 'process' }> => t.kind === 'process');
    let spec: Target | undefined = chosen.targets.length === 1 ? processes[0] : undefined;
    if (!spec) {
      // a numprocs program: pick one of its processes
      const names = processes.map((t) => (t.group && t.group !== t.name ? `${t.group}:${t.name}` : t.name));
      if (names.length === 0) return void showError(vscode.l10n.t('Tail needs one process, not a group or all.'));
      const pick = await vscode.window.showQuickPick(names.map((label) => ({ label })), { title: vscode.l10n.t('Tail which process?') });
      if (!pick) return;
      spec = processes[names.indexOf(pick.label)];
    }
    if (!spec) return;
    const channel = await vscode.window.showQuickPick([{ label: 'stdout' }, { label: 'stderr' }], { title: vscode.l10n.t('Which log?') });
    if (!channel) return;
    if (!(await mayRun(chosen.config))) return;
    const inv = tailArgv(chosen.config, spec, { follow: true, channel: channel.label as 'stdout' | 'stderr' }, readSupervisorSettings().exe);
    openTerminal(`tail: ${chosen.label} ${channel.label}`, [inv.command, ...inv.args]);
  });

  /** Starts supervisord for a config; says what supervisord said when it stops at once. */
  const startSupervisordFor = async (config: string): Promise<void> => {
    const inv = supervisordArgv(config, {}, readSupervisorSettings().exe);
    log.appendLine(`$ ${JSON.stringify([inv.command, ...inv.args])}`);
    const output = new ProcessTerminal(() => {
      if (launch.child && launch.child.exitCode === null && launch.child.signalCode === null) launch.child.kill('SIGTERM');
      launch.child?.once('close', refresh);
    });
    const launch = launchSupervisord(inv, { onOutput: (text) => output.write(text) });
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Starting supervisord for {0}', config), cancellable: false },
      () => launch.outcome,
    );
    if (outcome.kind === 'not-started') {
      void showError(vscode.l10n.t('supervisord could not start: {0}', outcome.message));
    } else if (outcome.kind === 'running') {
      // nodaemon=true: it stays in the foreground, in a terminal that stops it when closed
      vscode.window.createTerminal({ name: `supervisord: ${config}`, pty: output }).show();
    } else if (outcome.code === 0) {
      void showInfo(vscode.l10n.t('supervisord is running for {0}.', config));
    } else {
      const status = outcome.code !== null ? vscode.l10n.t('exit {0}', outcome.code) : vscode.l10n.t('signal {0}', String(outcome.signal));
      const said = outcome.output.trim() || vscode.l10n.t('(no output)');
      log.appendLine(vscode.l10n.t('supervisord for {0} stopped at once ({1}):', config, status));
      log.appendLine(said);
      const showOutput = vscode.l10n.t('Show Output');
      void showError(vscode.l10n.t('supervisord stopped at once ({0}): {1}', status, said.length > 600 ? `${said.slice(0, 600)}…` : said), showOutput)
        .then((choice) => { if (choice === showOutput) log.show(true); });
    }
    refresh();
  };

  register('daemonConfig.supervisor.startSupervisord', async () => {
    if (!trusted()) return;
    const ctx = await fileContext();
    if (!ctx || !(await ensureSaved(ctx.document))) return;
    const state = await live.fetch(ctx.config);
    if (state.error === undefined && !state.off) {
      void showInfo(vscode.l10n.t('supervisord for {0} is already running.', ctx.config));
      return;
    }
    await startSupervisordFor(ctx.config);
  });

  register('daemonConfig.supervisor.refreshState', () => live.refresh());

  const isSupervisor = (d: vscode.TextDocument): boolean => d.languageId === 'supervisor-conf';
  context.subscriptions.push(
    live,
    vscode.languages.registerCodeLensProvider({ language: 'supervisor-conf', scheme: 'file' }, live),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.window.onDidChangeTextEditorSelection((e) => live.cursorMoved(e.textEditor)),
    vscode.workspace.onDidSaveTextDocument((d) => { if (isSupervisor(d)) refresh(); }),
    vscode.window.onDidChangeWindowState((s) => { if (s.focused) refresh(); }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('daemonConfig.supervisor')) refresh(); }),
    vscode.workspace.onDidGrantWorkspaceTrust(refresh),
  );
  refresh();
}

function toTarget(spec: string): Target {
  // `all:all` and `group:name` arrive from our own lenses; anything else is checked the same way
  return parseTarget(spec);
}

export type { ProgramArgs };
