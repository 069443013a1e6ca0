// The settings the systemd commands read. Executable paths and the privilege helper are
// machine-scoped in package.json, so a workspace cannot point them elsewhere.
import * as vscode from 'vscode';
import type { Executables, InstallMode, PrivilegeHelper } from '../../systemd';
import type { FamilyExecutables } from '../../families';

export interface SystemdCommandSettings {
  exe: Executables;
  /** networkctl, systemd-tmpfiles and systemd-sysusers, for the commands on systemd's other file families. */
  familyExe: FamilyExecutables;
  privilegeHelper: PrivilegeHelper;
  confirmDestructive: boolean;
  installMode: InstallMode | 'ask';
  codeLens: boolean;
  statusBar: boolean;
}

function nonEmpty(value: string | undefined, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

export function readSettings(): SystemdCommandSettings {
  const c = vscode.workspace.getConfiguration('daemonConfig.systemd');
  const helper = c.get<string>('privilegeHelper');
  const mode = c.get<string>('installMode');
  return {
    exe: {
      systemctl: nonEmpty(c.get<string>('systemctlPath'), 'systemctl'),
      journalctl: nonEmpty(c.get<string>('journalctlPath'), 'journalctl'),
      systemdAnalyze: nonEmpty(c.get<string>('systemdAnalyzePath'), 'systemd-analyze'),
    },
    familyExe: {
      networkctl: nonEmpty(c.get<string>('networkctlPath'), 'networkctl'),
      systemdTmpfiles: nonEmpty(c.get<string>('systemdTmpfilesPath'), 'systemd-tmpfiles'),
      systemdSysusers: nonEmpty(c.get<string>('systemdSysusersPath'), 'systemd-sysusers'),
    },
    privilegeHelper: helper === 'pkexec' ? 'pkexec' : 'sudo',
    confirmDestructive: c.get<boolean>('confirmDestructive') !== false,
    installMode: mode === 'link' || mode === 'copy' ? mode : 'ask',
    codeLens: c.get<boolean>('codeLens') !== false,
    statusBar: c.get<boolean>('statusBar') !== false,
  };
}
