/**
 * When supervisorctl may not open the socket (Debian's /var/run/supervisor.sock is root's, mode
 * 0700), the call can be repeated in a terminal through sudo or pkexec, where the user types the
 * password; the extension never sees it. Both helpers take the program and its arguments as
 * separate words, so no shell is involved there either.
 */
import type { Invocation } from './argv';
import type { RunResult } from './runner';

export type PrivilegeHelper = 'sudo' | 'pkexec';

/** Did the call fail because this user may not reach supervisord's socket (or files)? */
export function deniedByPermissions(r: RunResult): boolean {
  if (r.ok) return false;
  return /Permission denied|PermissionError|EACCES/.test(`${r.stdout}\n${r.stderr}`);
}

/** True when running as root (no helper needed). */
export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The argv for a terminal that runs the same call through the helper. */
export function privilegedArgv(inv: Invocation, helper: PrivilegeHelper): string[] {
  // sudo: `--` ends sudo's own options; pkexec takes the program as its first non-option word
  return helper === 'sudo' ? ['sudo', '--', inv.command, ...inv.args] : ['pkexec', inv.command, ...inv.args];
}
