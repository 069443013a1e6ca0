// Live state of the active file's unit: a status bar item and CodeLenses on the type section
// ([Service], [Socket], [Timer], …). Refreshed on focus, on save, on editor change and after actions.
import * as vscode from 'vscode';
import { queryUnitState, type Runner, type Scope } from '../../systemd';
import type { SystemdPresence } from './presence';
import { readSettings } from './settings';
import type { Target, TargetResolver } from './target';
import { UNIT_COMMAND_LANGUAGE_IDS } from '../../../../server/src/classify/languageIds';

const TYPE_SECTIONS: Record<string, string> = {
  service: 'Service', socket: 'Socket', timer: 'Timer', path: 'Path', mount: 'Mount', automount: 'Automount',
  swap: 'Swap', slice: 'Slice', scope: 'Scope',
};

interface CachedState {
  label: string;
  at: number;
}

export class LiveState implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('daemonConfig.systemd.state', vscode.StatusBarAlignment.Left, 50);
  private readonly cache = new Map<string, CachedState>();
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensesChanged.event;
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly targets: TargetResolver, private readonly runner: () => Runner, private readonly presence: SystemdPresence) {
    this.item.name = vscode.l10n.t('systemd unit state');
  }

  private key(unit: string, scope: Scope): string {
    return `${scope}:${unit}`;
  }

  /** Asks systemd for the state (one query per unit at a time). */
  private fetch(unit: string, scope: Scope): Promise<string> {
    const key = this.key(unit, scope);
    const running = this.pending.get(key);
    if (running) return running;
    const exe = readSettings().exe;
    const p = queryUnitState(this.runner(), unit, scope, exe)
      .then((s) => (this.presence.check(s.record) === undefined ? s.label : vscode.l10n.t('systemd not running')))
      .catch(() => vscode.l10n.t('unknown'))
      .then((label) => {
        this.cache.set(key, { label, at: Date.now() });
        this.pending.delete(key);
        return label;
      });
    this.pending.set(key, p);
    return p;
  }

  /** Re-reads the active editor's unit and updates the status bar and lenses. */
  async refresh(): Promise<void> {
    const settings = readSettings();
    const doc = vscode.window.activeTextEditor?.document;
    const target = doc && UNIT_COMMAND_LANGUAGE_IDS.includes(doc.languageId) && vscode.workspace.isTrusted ? this.targets.quietTarget(doc) : undefined;
    if (!target || !settings.statusBar) {
      this.item.hide();
      if (target) await this.fetch(target.unit, target.scope);
      this.lensesChanged.fire();
      return;
    }
    const label = await this.fetch(target.unit, target.scope);
    this.render(target, label);
    this.lensesChanged.fire();
  }

  private render(target: Target, label: string): void {
    const absent = this.presence.absentMessage;
    if (absent !== undefined) {
      const label = vscode.l10n.t('systemd not running');
      this.item.text = `$(circle-slash) ${label}`;
      this.item.tooltip = absent;
      this.item.command = undefined;
      this.item.show();
      return;
    }
    const icon = label.startsWith('active') ? '$(pass-filled)' : label.startsWith('failed') ? '$(error)' : '$(circle-outline)';
    this.item.text = `${icon} ${target.unit}: ${label}`;
    this.item.tooltip = vscode.l10n.t('{0} ({1} manager): {2}. Click for systemctl status.', target.unit, target.scope, label);
    this.item.command = 'daemonConfig.systemd.status';
    this.item.show();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!readSettings().codeLens || !vscode.workspace.isTrusted) return [];
    const id = this.targets.identify(document);
    if (!('identity' in id)) return [];
    const section = id.identity.quadletSection ?? TYPE_SECTIONS[id.identity.unitType];
    if (!section) return [];
    const header = new RegExp(`^\\s*\\[${section}\\]\\s*$`);
    const lenses: vscode.CodeLens[] = [];
    const target = this.targets.quietTarget(document);
    for (let line = 0; line < document.lineCount; line++) {
      if (!header.test(document.lineAt(line).text)) continue;
      const range = new vscode.Range(line, 0, line, 0);
      const absent = this.presence.absentMessage;
      if (absent !== undefined) {
        // no Start / Stop / Logs: each would fail the same way
        lenses.push(new vscode.CodeLens(range, { title: absent, command: '' }));
        continue;
      }
      if (target) {
        const cached = this.cache.get(this.key(target.unit, target.scope));
        if (cached === undefined) void this.fetch(target.unit, target.scope).then(() => this.lensesChanged.fire());
        const state = cached?.label ?? '…';
        lenses.push(new vscode.CodeLens(range, { title: `${target.unit}: ${state}`, command: 'daemonConfig.systemd.status', tooltip: vscode.l10n.t('systemctl status') }));
      } else if (id.identity.template) {
        lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('template: Start asks for an instance'), command: 'daemonConfig.systemd.start' }));
      }
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Start'), command: 'daemonConfig.systemd.start' }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Restart'), command: 'daemonConfig.systemd.restart' }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Stop'), command: 'daemonConfig.systemd.stop' }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Logs'), command: 'daemonConfig.systemd.showLogs' }));
    }
    return lenses;
  }

  dispose(): void {
    this.item.dispose();
    this.lensesChanged.dispose();
  }
}
