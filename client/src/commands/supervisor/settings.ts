// The settings the supervisor commands read. The executable paths are machine-scoped in
// package.json, so a workspace cannot point them elsewhere.
import * as vscode from 'vscode';
import type { Executables, PrivilegeHelper } from '../../supervisor';

export interface SupervisorCommandSettings {
  exe: Required<Executables>;
  confirmDestructive: boolean;
  privilegeHelper: PrivilegeHelper;
  codeLens: boolean;
  statusBar: boolean;
}

function nonEmpty(value: string | undefined, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

export function readSupervisorSettings(): SupervisorCommandSettings {
  const c = vscode.workspace.getConfiguration('daemonConfig.supervisor');
  return {
    exe: {
      supervisorctl: nonEmpty(c.get<string>('supervisorctlPath'), 'supervisorctl'),
      supervisord: nonEmpty(c.get<string>('supervisordPath'), 'supervisord'),
    },
    confirmDestructive: c.get<boolean>('confirmDestructive') !== false,
    privilegeHelper: c.get<string>('privilegeHelper') === 'pkexec' ? 'pkexec' : 'sudo',
    codeLens: c.get<boolean>('codeLens') !== false,
    statusBar: c.get<boolean>('statusBar') !== false,
  };
}
