// Runs the steps of a command: directly (captured, logged, with progress) when no privileges are
// needed, else in a terminal through sudo/pkexec, where the user types the password.
import * as vscode from 'vscode';
import {
  createExecFileRunner, currentPrivilegeContext, displayArgv, formatRecord, needsPrivileges, planInvocation, runSteps,
  type RunRecord, type Runner, type Scope,
} from '../../systemd';
import { withAbsoluteProgram } from '../../programs';
import type { SystemdPresence } from './presence';
import { readSettings } from './settings';
import { showError } from '../notify';

export type ExecuteOutcome =
  | { kind: 'done'; ok: boolean; records: RunRecord[] }
  /** Handed to a terminal; resolves when the terminal closes, with its exit code when known. */
  | { kind: 'terminal'; exitCode: number | undefined };

export interface FailureActions {
  status?: () => void;
  logs?: () => void;
}

export class Executor {
  constructor(private readonly log: vscode.OutputChannel, private readonly presence: SystemdPresence) {}

  /** A runner that logs each call (argv, exit, time, stderr) to the output channel. */
  runner(): Runner {
    return createExecFileRunner({ onRecord: (r) => this.log.appendLine(formatRecord(r, displayArgv)) });
  }

  async execute(title: string, steps: string[][], scope: Scope, mutating: boolean, failure: FailureActions = {}): Promise<ExecuteOutcome> {
    const settings = readSettings();
    const ctx = currentPrivilegeContext(settings.privilegeHelper);
    if (needsPrivileges(scope, mutating, ctx)) {
      // sudo and pkexec look bare names up themselves: hand them absolute programs only
      const plan = planInvocation(steps.map((step) => withAbsoluteProgram(step)), scope, mutating, ctx);
      if (plan.kind !== 'terminal') throw new Error('expected a terminal plan');
      const [shellPath = '', ...shellArgs] = withAbsoluteProgram([plan.shellPath, ...plan.shellArgs]);
      this.log.appendLine(vscode.l10n.t('$ {0}  → in a terminal ({1})', displayArgv([shellPath, ...shellArgs]), plan.reason));
      const terminal = vscode.window.createTerminal({ name: `systemd: ${title}`, shellPath, shellArgs });
      terminal.show();
      const exitCode = await new Promise<number | undefined>((resolve) => {
        const sub = vscode.window.onDidCloseTerminal((t) => {
          if (t === terminal) {
            sub.dispose();
            resolve(t.exitStatus?.code);
          }
        });
      });
      this.log.appendLine(exitCode !== undefined
        ? vscode.l10n.t('  terminal for "{0}" closed with exit {1}', title, exitCode)
        : vscode.l10n.t('  terminal for "{0}" closed', title));
      if (exitCode !== undefined && exitCode !== 0) {
        this.showFailure(title, undefined, failure, vscode.l10n.t('exit {0} (the terminal shows the output)', exitCode));
      }
      return { kind: 'terminal', exitCode };
    }
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: false },
      () => runSteps(this.runner(), steps),
    );
    if (!result.ok) this.showFailure(title, result.records[result.records.length - 1], failure);
    return { kind: 'done', ok: result.ok, records: result.records };
  }

  /** Runs a read-only query directly (never through sudo) and returns its record. */
  query(argv: string[]): Promise<RunRecord> {
    return this.runner().run(argv);
  }

  showFailure(title: string, record: RunRecord | undefined, failure: FailureActions, summary?: string): void {
    // without systemd, Show Status and Show Logs would only fail the same way: say why, plainly
    const absent = record ? this.presence.check(record) : this.presence.absentMessage;
    if (absent !== undefined) {
      void showError(vscode.l10n.t('{0}: {1}', title, absent));
      return;
    }
    const status = summary ?? record?.error ?? (record?.code != null ? vscode.l10n.t('exit {0}', record.code) : vscode.l10n.t('failed'));
    const stderr = (record?.stderr ?? '').trim();
    const detail = stderr.length > 600 ? `${stderr.slice(0, 600)}…` : stderr;
    const buttons: string[] = [];
    const statusLabel = vscode.l10n.t('Show Status');
    const logsLabel = vscode.l10n.t('Show Logs');
    if (failure.status) buttons.push(statusLabel);
    if (failure.logs) buttons.push(logsLabel);
    const text = detail ? vscode.l10n.t('{0}: {1}\n{2}', title, status, detail) : vscode.l10n.t('{0}: {1}', title, status);
    void showError(text, ...buttons).then((choice) => {
      try {
        if (choice === statusLabel) failure.status?.();
        else if (choice === logsLabel) failure.logs?.();
      } catch (e) {
        void showError(String((e as Error).message));
      }
    });
  }

  /** A terminal running one process (no shell), e.g. `journalctl --follow`. */
  openProcessTerminal(name: string, argv: string[]): vscode.Terminal {
    const [shellPath = '', ...shellArgs] = withAbsoluteProgram(argv);
    this.log.appendLine(vscode.l10n.t('$ {0}  → in a terminal', displayArgv([shellPath, ...shellArgs])));
    const terminal = vscode.window.createTerminal({ name, shellPath, shellArgs });
    terminal.show();
    return terminal;
  }
}
