// VS Code wiring of the commands for networkd, tmpfiles.d and sysusers.d files: `networkctl reload`
// and `networkctl status`, `systemd-tmpfiles --create FILE`, `systemd-sysusers FILE`. The argv and
// the checks are in client/src/families; running goes through the same Executor as systemctl
// (sudo/pkexec in a terminal for a normal user, directly for root or for a read-only query).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { familyFileType, type SystemdFamily } from '../../../../server/src/classify/families';
import { familyOfDocument } from '../../../../server/src/classify/languageIds';
import { fileInterface, networkctlReloadArgv, networkctlStatusArgv, sysusersArgv, tmpfilesCreateArgv, type FamilyExecutables } from '../../families';
import type { Executor } from './execute';
import { readSettings } from './settings';
import type { OutputViews } from './view';
import { showError, showWarning } from '../notify';

export interface FamilyCommandHost {
  register(id: string, fn: () => unknown): void;
  executor: Executor;
  views: OutputViews;
  active(): vscode.TextDocument | undefined;
  trusted(): boolean;
  ensureSaved(document: vscode.TextDocument): Promise<boolean>;
}

/** The active document when it is a file of `family` (by its language mode, else its path); else says what is needed and gives undefined. */
function documentOf(host: FamilyCommandHost, family: SystemdFamily, label: string): vscode.TextDocument | undefined {
  const doc = host.active();
  if (!doc || doc.uri.scheme !== 'file' || familyOfDocument(doc.languageId, doc.uri.fsPath, doc.getText()) !== family) {
    void showWarning(vscode.l10n.t('Open a {0} file first.', label));
    return undefined;
  }
  return doc;
}

/** Asks before a command that changes the system; always, since these create files and accounts. */
async function confirmed(question: string, button: string): Promise<boolean> {
  return (await showWarning(question, { modal: true }, button)) === button;
}

export function registerFamilyCommands(host: FamilyCommandHost): void {
  host.register('daemonConfig.networkd.reload', async () => {
    if (!host.trusted()) return;
    const doc = documentOf(host, 'networkd', 'systemd-networkd');
    if (!doc || !(await host.ensureSaved(doc))) return;
    if (readSettings().confirmDestructive) {
      const go = vscode.l10n.t('Reload');
      const question = vscode.l10n.t('Reload systemd-networkd? It applies the changed .network, .netdev and .link files to the links now, which can drop connections.');
      if (!(await confirmed(question, go))) return;
    }
    await host.executor.execute(vscode.l10n.t('networkctl reload'), [networkctlReloadArgv(readSettings().familyExe)], 'system', true);
  });

  host.register('daemonConfig.networkd.status', async () => {
    if (!host.trusted()) return;
    const doc = documentOf(host, 'networkd', 'systemd-networkd');
    if (!doc) return;
    const iface = fileInterface(familyFileType(doc.uri.fsPath), doc.getText());
    const r = await host.executor.query(networkctlStatusArgv(iface, readSettings().familyExe));
    const title = iface === undefined ? vscode.l10n.t('networkctl status (all links)') : vscode.l10n.t('networkctl status {0}', iface);
    if (r.error !== undefined && r.stdout === '' && r.stderr === '') return void showError(vscode.l10n.t('{0}: {1}', title, r.error));
    await host.views.show(title, r.stdout || r.stderr, undefined);
  });

  host.register('daemonConfig.tmpfiles.create', () => createFromFile(host, 'tmpfiles.d', (name) => ({
    question: vscode.l10n.t('Run systemd-tmpfiles --create on {0}? It creates, and for some lines empties or changes, the files and folders this file lists.', name),
    title: vscode.l10n.t('systemd-tmpfiles --create {0}', name),
  }), tmpfilesCreateArgv));

  host.register('daemonConfig.sysusers.create', () => createFromFile(host, 'sysusers.d', (name) => ({
    question: vscode.l10n.t('Run systemd-sysusers on {0}? It creates the users and groups this file lists that do not exist yet.', name),
    title: vscode.l10n.t('systemd-sysusers {0}', name),
  }), sysusersArgv));
}

/**
 * tmpfiles.d and sysusers.d: the saved file of that family, a confirmation (it changes the system),
 * then the tool on it through the same privilege path as systemctl. `texts` keeps each string literal for l10n.
 */
async function createFromFile(host: FamilyCommandHost, family: 'tmpfiles.d' | 'sysusers.d',
  texts: (name: string) => { question: string; title: string }, argv: (file: string, exe: FamilyExecutables) => string[]): Promise<void> {
  if (!host.trusted()) return;
  const doc = documentOf(host, family, family);
  if (!doc || !(await host.ensureSaved(doc))) return;
  const { question, title } = texts(path.basename(doc.uri.fsPath));
  if (!(await confirmed(question, vscode.l10n.t('Create')))) return;
  await host.executor.execute(title, [argv(doc.uri.fsPath, readSettings().familyExe)], 'system', true);
}
