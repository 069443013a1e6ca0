// VS Code wiring of the systemd commands (category "systemd"). The work itself is in
// client/src/systemd (pure Node); this file asks, confirms, shows and refreshes.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DESTRUCTIVE_ACTIONS, daemonReloadArgv, effectiveUnit, inspectDestination, installDirectory, journalArgv, planInstall, queryUnitState,
  unitActionArgv, verifyUnitFile, type InstallMode, type Scope, type UnitAction,
} from '../../systemd';
import { Executor } from './execute';
import { registerFamilyCommands } from './families';
import { LiveState } from './live';
import { SystemdPresence } from './presence';
import { confirmReplace } from './replace';
import { readSettings } from './settings';
import { TargetResolver, type Target } from './target';
import { OutputViews, VIEW_SCHEME } from './view';
import { showError, showInfo, showWarning } from '../notify';
import { QUADLET_REFUSED_ACTIONS, quadletEnableAdvice } from '../../families';
import { UNIT_COMMAND_LANGUAGE_IDS } from '../../../../server/src/classify/languageIds';

/** Command ids, in the order of the palette; the unit actions map onto `systemctl` verbs. */
export const SYSTEMD_UNIT_ACTIONS: Record<string, UnitAction> = {
  'daemonConfig.systemd.start': 'start',
  'daemonConfig.systemd.stop': 'stop',
  'daemonConfig.systemd.restart': 'restart',
  'daemonConfig.systemd.reload': 'reload',
  'daemonConfig.systemd.enable': 'enable',
  'daemonConfig.systemd.enableNow': 'enable-now',
  'daemonConfig.systemd.disable': 'disable',
};

/** Button label of an action that asks for confirmation first. */
function actionButton(action: UnitAction): string {
  return action === 'disable' ? vscode.l10n.t('Disable') : vscode.l10n.t('Stop');
}

/** The question asked before a destructive action. */
function actionQuestion(action: UnitAction, unit: string): string {
  return action === 'disable' ? vscode.l10n.t('Disable {0}?', unit) : vscode.l10n.t('Stop {0}?', unit);
}

/** Progress title (and terminal name) of an action on one unit. */
function actionTitle(action: UnitAction, unit: string): string {
  switch (action) {
    case 'start': return vscode.l10n.t('Start {0}', unit);
    case 'stop': return vscode.l10n.t('Stop {0}', unit);
    case 'restart': return vscode.l10n.t('Restart {0}', unit);
    case 'reload': return vscode.l10n.t('Reload {0}', unit);
    case 'enable': return vscode.l10n.t('Enable {0}', unit);
    case 'enable-now': return vscode.l10n.t('Enable and Start {0}', unit);
    case 'disable': return vscode.l10n.t('Disable {0}', unit);
    case 'status': return vscode.l10n.t('Status of {0}', unit);
    case 'cat': return vscode.l10n.t('Show Effective Unit {0}', unit);
    case 'is-active': return vscode.l10n.t('Is {0} Active', unit);
    case 'show': return vscode.l10n.t('Show {0}', unit);
  }
}

async function ensureSaved(document: vscode.TextDocument): Promise<boolean> {
  if (!document.isDirty) return true;
  const save = vscode.l10n.t('Save and Continue');
  const choice = await showWarning(vscode.l10n.t('{0} has unsaved changes; systemd reads the file on disk.', document.fileName), { modal: true }, save);
  return choice === save && (await document.save());
}

/** With errors in the file (ours or systemd-analyze's), installing asks first, with their count. */
async function confirmDespiteErrors(document: vscode.TextDocument): Promise<boolean> {
  const errors = vscode.languages.getDiagnostics(document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  if (errors === 0) return true;
  const go = vscode.l10n.t('Install Anyway');
  const question = errors === 1
    ? vscode.l10n.t('{0} has 1 error: systemd may refuse to load it, or skip the setting. Install it anyway?', path.basename(document.fileName))
    : vscode.l10n.t('{0} has {1} errors: systemd may refuse to load it, or skip those settings. Install it anyway?', path.basename(document.fileName), errors);
  return (await showWarning(question, { modal: true }, go)) === go;
}

function trusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void showWarning(vscode.l10n.t('systemd commands are off in an untrusted workspace.'));
  return false;
}

/**
 * `onScopes` hears the managers chosen per file (by file URI), now and after each choice, so the
 * language server checks those files as units of that manager.
 */
export function registerSystemdCommands(context: vscode.ExtensionContext, log: vscode.OutputChannel,
  onScopes: (scopes: Record<string, Scope>) => void = () => undefined): void {
  const presence = new SystemdPresence();
  const executor = new Executor(log, presence);
  const targets = new TargetResolver(context.workspaceState);
  onScopes(targets.scopeOverrides());
  const views = new OutputViews();
  const live = new LiveState(targets, () => executor.runner(), presence);
  const diagnostics = vscode.languages.createDiagnosticCollection('systemd-analyze');
  const active = (): vscode.TextDocument | undefined => vscode.window.activeTextEditor?.document;
  const refresh = (): void => void live.refresh();

  const showStatus = async (target: Target): Promise<void> => {
    const exe = readSettings().exe;
    const r = await executor.query(unitActionArgv('status', target.unit, target.scope, exe));
    const absent = presence.check(r);
    if (absent !== undefined) return void showError(absent);
    // status exits 3 for inactive or failed units, 4 for unknown ones: the text is what matters.
    await views.show(vscode.l10n.t('{0} (status)', target.unit), r.stdout || r.stderr || r.error || '', undefined);
  };
  const showLogs = (target: Target): void => {
    if (presence.absentMessage !== undefined) return void showError(presence.absentMessage);
    executor.openProcessTerminal(`journal: ${target.unit}`, journalArgv(target.unit, target.scope, { follow: true, lines: 100 }, readSettings().exe));
  };

  const unitAction = async (action: UnitAction): Promise<void> => {
    if (!trusted()) return;
    const target = await targets.resolve(active());
    if (!target) return;
    if (target.identity.quadletSection !== undefined && QUADLET_REFUSED_ACTIONS.has(action)) return void showInfo(quadletEnableAdvice(target.unit));
    if (!(await ensureSaved(target.document))) return;
    const settings = readSettings();
    const title = actionTitle(action, target.unit);
    if (DESTRUCTIVE_ACTIONS.has(action) && settings.confirmDestructive) {
      const go = actionButton(action);
      const ok = await showWarning(actionQuestion(action, target.unit), { modal: true }, go);
      if (ok !== go) return;
    }
    const steps: string[][] = [];
    if (action !== 'stop' && action !== 'disable') {
      const state = await queryUnitState(executor.runner(), target.unit, target.scope, settings.exe);
      const absent = presence.check(state.record);
      if (absent !== undefined) return void showError(vscode.l10n.t('{0}: {1}', title, absent));
      if (state.needDaemonReload) {
        const reload = vscode.l10n.t('Daemon Reload and Continue');
        const without = vscode.l10n.t('Continue Without');
        const choice = await showWarning(
          vscode.l10n.t('The unit file of {0} changed on disk since systemd loaded it.', target.unit), { modal: true }, reload, without);
        if (choice === undefined) return;
        if (choice === reload) steps.push(daemonReloadArgv(target.scope, settings.exe));
      }
    }
    steps.push(unitActionArgv(action, target.unit, target.scope, settings.exe));
    await executor.execute(title, steps, target.scope, true, { status: () => void showStatus(target), logs: () => showLogs(target) });
    refresh();
  };

  const register = (id: string, fn: () => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, async () => {
      try {
        await fn();
      } catch (e) {
        log.appendLine(`${id}: ${(e as Error).stack ?? String(e)}`);
        void showError(String((e as Error).message ?? e));
      }
    }));
  };

  for (const [id, action] of Object.entries(SYSTEMD_UNIT_ACTIONS)) register(id, () => unitAction(action));

  register('daemonConfig.systemd.daemonReload', async () => {
    if (!trusted()) return;
    const doc = active();
    const id = doc ? targets.identify(doc) : undefined;
    const scope: Scope = id && 'identity' in id ? id.identity.scope : 'system';
    await executor.execute(vscode.l10n.t('Daemon Reload'), [daemonReloadArgv(scope, readSettings().exe)], scope, true);
    refresh();
  });

  register('daemonConfig.systemd.status', async () => {
    if (!trusted()) return;
    const target = await targets.resolve(active(), { askInstance: false });
    if (target) await showStatus(target);
    refresh();
  });

  register('daemonConfig.systemd.showLogs', async () => {
    if (!trusted()) return;
    const target = await targets.resolve(active(), { askInstance: false });
    if (target) showLogs(target);
  });

  register('daemonConfig.systemd.verify', async () => {
    if (!trusted()) return;
    const doc = active();
    const id = doc ? targets.identify(doc) : undefined;
    if (!doc || !id || !('identity' in id)) return void showError(id && 'reason' in id ? id.reason : vscode.l10n.t('Open a systemd unit file first.'));
    if (id.identity.dropIn) return void showInfo(vscode.l10n.t('systemd-analyze verify checks unit files; open the unit this drop-in extends.'));
    if (id.identity.quadletSection !== undefined) return void showInfo(vscode.l10n.t('systemd-analyze verify checks unit files; {0} is generated from this Quadlet file at daemon-reload.', id.identity.unitName));
    if (!(await ensureSaved(doc))) return;
    const { diagnostics: found, record } = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('systemd-analyze verify') },
      () => verifyUnitFile(executor.runner(), doc.uri.fsPath, id.identity.scope, readSettings().exe),
    );
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const d of found) {
      const line = Math.max(0, (d.line ?? 1) - 1);
      const range = d.file === doc.uri.fsPath && line < doc.lineCount ? doc.lineAt(line).range : new vscode.Range(line, 0, line, 0);
      const severity = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
      const diag = new vscode.Diagnostic(range, d.message, severity);
      diag.source = 'systemd-analyze';
      byFile.set(d.file, [...(byFile.get(d.file) ?? []), diag]);
    }
    diagnostics.clear();
    for (const [file, list] of byFile) diagnostics.set(vscode.Uri.file(file), list);
    if (found.length === 0 && record.code === 0) void showInfo(vscode.l10n.t('systemd-analyze verify: no problems in {0}.', id.identity.unitName));
    else if (record.error) void showError(vscode.l10n.t('systemd-analyze: {0}', record.error));
  });

  register('daemonConfig.systemd.showEffective', async () => {
    if (!trusted()) return;
    const target = await targets.resolve(active(), { askInstance: false });
    if (!target) return;
    const eff = await effectiveUnit(executor.runner(), target.identity, target.unit, { exe: readSettings().exe });
    const absent = presence.check(eff.record);
    if (absent !== undefined) return void showError(absent);
    await views.show(vscode.l10n.t('{0} (effective)', target.unit), eff.text || eff.record.stderr, 'systemd-unit');
    if (eff.shadowing) {
      const open = vscode.l10n.t('Open {0}', eff.shadowing.by ?? '');
      const choice = await showWarning(vscode.l10n.t('This file is not what systemd uses: {0}', eff.shadowing.reason), ...(eff.shadowing.by ? [open] : []));
      if (choice === open && eff.shadowing.by) await vscode.window.showTextDocument(vscode.Uri.file(eff.shadowing.by));
    }
  });

  register('daemonConfig.systemd.install', async () => {
    if (!trusted()) return;
    const doc = active();
    const id = doc ? targets.identify(doc) : undefined;
    if (!doc || !id || !('identity' in id)) return void showError(id && 'reason' in id ? id.reason : vscode.l10n.t('Open a systemd unit file first.'));
    if (id.identity.quadletSection !== undefined) {
      return void showInfo(vscode.l10n.t('Quadlet files are installed by placing them in a Quadlet folder (/etc/containers/systemd/ or ~/.config/containers/systemd/), then running Daemon Reload.'));
    }
    if (!(await ensureSaved(doc)) || !(await confirmDespiteErrors(doc))) return;
    const home = os.homedir();
    const scopePick = await vscode.window.showQuickPick(
      (['system', 'user'] as Scope[]).map((s) => ({ label: s === 'system' ? vscode.l10n.t('System') : vscode.l10n.t('User (--user)'), description: installDirectory(s, home), scope: s, picked: s === id.identity.scope })),
      { title: vscode.l10n.t('Install {0} for', id.identity.unitName) },
    );
    if (!scopePick) return;
    const settings = readSettings();
    let mode: InstallMode = settings.installMode === 'ask' ? 'link' : settings.installMode;
    if (settings.installMode === 'ask' && !id.identity.dropIn) {
      const pick = await vscode.window.showQuickPick(
        [{ label: vscode.l10n.t('Link'), description: vscode.l10n.t('systemctl link: the unit keeps reading this file'), mode: 'link' as const },
          { label: vscode.l10n.t('Copy'), description: vscode.l10n.t('copy the file into the unit folder'), mode: 'copy' as const }],
        { title: vscode.l10n.t('How to install {0}', id.identity.unitName) },
      );
      if (!pick) return;
      mode = pick.mode;
    }
    const identity = { ...id.identity, scope: scopePick.scope };
    const plan = planInstall(identity, { mode, home, exe: settings.exe });
    if (plan.destination !== identity.file) {
      const occupant = inspectDestination(identity.file, plan.destination);
      if (!(await confirmReplace(occupant, plan.destination, identity.unitName, identity.file, identity.dropIn ? 'copy' : mode))) return;
    }
    const out = await executor.execute(vscode.l10n.t('Install {0}', identity.unitName), plan.steps, identity.scope, true);
    if (out.kind === 'done' && out.ok) void showInfo(vscode.l10n.t('Installed {0} as {1}.', identity.unitName, plan.destination));
    refresh();
  });

  register('daemonConfig.systemd.chooseScope', async () => {
    const doc = active();
    if (!doc || doc.uri.scheme !== 'file') return;
    const pick = await vscode.window.showQuickPick(
      [{ label: vscode.l10n.t('From the folder'), scope: undefined }, { label: vscode.l10n.t('System manager'), scope: 'system' as Scope }, { label: vscode.l10n.t('User manager (--user)'), scope: 'user' as Scope }],
      { title: vscode.l10n.t('Which systemd manager the commands talk to for this file') },
    );
    if (!pick) return;
    await targets.setScopeOverride(doc.uri.fsPath, pick.scope);
    onScopes(targets.scopeOverrides());
    refresh();
  });

  register('daemonConfig.systemd.refreshState', () => live.refresh());
  registerFamilyCommands({ register, executor, views, active, trusted, ensureSaved });

  context.subscriptions.push(
    views,
    live,
    diagnostics,
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, views),
    vscode.languages.registerCodeLensProvider(UNIT_COMMAND_LANGUAGE_IDS.map((language) => ({ language, scheme: 'file' })), live),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidSaveTextDocument((d) => { if (UNIT_COMMAND_LANGUAGE_IDS.includes(d.languageId)) refresh(); }),
    vscode.workspace.onDidChangeTextDocument((e) => { if (diagnostics.has(e.document.uri)) diagnostics.delete(e.document.uri); }),
    vscode.window.onDidChangeWindowState((s) => { if (s.focused) refresh(); }),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('daemonConfig.systemd')) refresh(); }),
    vscode.workspace.onDidGrantWorkspaceTrust(refresh),
  );
  refresh();
}
