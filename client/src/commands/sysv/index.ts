// VS Code wiring of `service NAME start|stop|restart|status` on an open SysV init script (category
// "SysV init"), through the systemd commands' executor: the same privilege rule (a system change
// by a non-root user runs in a terminal through sudo or pkexec) and confirmation before stop.
import * as vscode from 'vscode';
import { serviceArgv, serviceMutates, serviceTarget, type ServiceAction } from '../../sysv/service';
import { showError, showWarning } from '../notify';
import { Executor } from '../systemd/execute';
import { SystemdPresence } from '../systemd/presence';
import { readSettings } from '../systemd/settings';

export const SYSV_COMMANDS: Readonly<Record<string, ServiceAction>> = {
  'daemonConfig.sysv.start': 'start',
  'daemonConfig.sysv.stop': 'stop',
  'daemonConfig.sysv.restart': 'restart',
  'daemonConfig.sysv.status': 'status',
};

function title(action: ServiceAction, name: string): string {
  switch (action) {
    case 'start': return vscode.l10n.t('service {0} start', name);
    case 'stop': return vscode.l10n.t('service {0} stop', name);
    case 'restart': return vscode.l10n.t('service {0} restart', name);
    case 'status': return vscode.l10n.t('service {0} status', name);
  }
}

/** The init script's service name, after the questions a user should answer first; undefined to stop. */
async function targetOf(document: vscode.TextDocument | undefined): Promise<string | undefined> {
  if (!document || document.uri.scheme !== 'file') return void showError(vscode.l10n.t('Open an init script (a file of /etc/init.d) first.'));
  const target = serviceTarget(document.uri.fsPath);
  if ('reason' in target) {
    return void showError(target.reason === 'name'
      ? vscode.l10n.t('{0} is not a name `service` accepts: letters, digits and _ . + - only.', target.name)
      : vscode.l10n.t('{0} is not the script of a service.', target.name));
  }
  if (!target.installed) {
    const go = vscode.l10n.t('Continue');
    const ok = await showWarning(vscode.l10n.t('service acts on the installed /etc/init.d/{0}, not on this file.', target.name), { modal: true }, go);
    if (ok !== go) return undefined;
  } else if (document.isDirty) {
    const save = vscode.l10n.t('Save and Continue');
    const choice = await showWarning(vscode.l10n.t('{0} has unsaved changes; service runs the file on disk.', document.fileName), { modal: true }, save);
    if (choice !== save || !(await document.save())) return undefined;
  }
  return target.name;
}

export function registerSysvCommands(context: vscode.ExtensionContext, log: vscode.OutputChannel): void {
  const executor = new Executor(log, new SystemdPresence());
  const run = async (action: ServiceAction): Promise<void> => {
    if (!vscode.workspace.isTrusted) return void showWarning(vscode.l10n.t('service commands are off in an untrusted workspace.'));
    const name = await targetOf(vscode.window.activeTextEditor?.document);
    if (!name) return;
    const argv = serviceArgv(name, action);
    if (!serviceMutates(action)) {
      // Read-only: run directly, the output in the channel (status exits 3 for a stopped service).
      const record = await executor.query(argv);
      log.appendLine(record.stdout || record.stderr || record.error || '');
      if (record.error) void showError(vscode.l10n.t('{0}: {1}', title(action, name), record.error));
      return void log.show(true);
    }
    if (action === 'stop' && readSettings().confirmDestructive) {
      const go = vscode.l10n.t('Stop');
      if ((await showWarning(vscode.l10n.t('Stop {0}?', name), { modal: true }, go)) !== go) return;
    }
    await executor.execute(title(action, name), [argv], 'system', true);
  };
  for (const [id, action] of Object.entries(SYSV_COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, async () => {
      try {
        await run(action);
      } catch (e) {
        log.appendLine(`${id}: ${(e as Error).stack ?? String(e)}`);
        void showError(String((e as Error).message ?? e));
      }
    }));
  }
}
