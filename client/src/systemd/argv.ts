// Argument vectors for systemctl, journalctl and systemd-analyze. Names are validated here, before
// any process exists, and always follow `--` so that no name can be read as an option.
import type { Scope } from './identity';
import { assertRunnableUnitName } from './unitName';
import { l10n } from '../l10n';

export interface Executables {
  systemctl: string;
  journalctl: string;
  systemdAnalyze: string;
}

export const DEFAULT_EXECUTABLES: Executables = {
  systemctl: 'systemctl',
  journalctl: 'journalctl',
  systemdAnalyze: 'systemd-analyze',
};

export type UnitAction =
  | 'start' | 'stop' | 'restart' | 'reload' | 'enable' | 'enable-now' | 'disable' | 'status' | 'cat' | 'is-active' | 'show';

/** Actions that change the manager's state (they need privileges for system units). */
export const MUTATING_ACTIONS: ReadonlySet<UnitAction | 'daemon-reload' | 'link' | 'install'> = new Set([
  'start', 'stop', 'restart', 'reload', 'enable', 'enable-now', 'disable', 'daemon-reload', 'link', 'install',
] as const);

/** Actions a user confirms first (unless turned off in settings). */
export const DESTRUCTIVE_ACTIONS: ReadonlySet<UnitAction> = new Set(['stop', 'disable'] as const);

/** The properties `show` asks for by default. */
export const SHOW_PROPERTIES = [
  'Id', 'LoadState', 'ActiveState', 'SubState', 'MainPID', 'NeedDaemonReload', 'FragmentPath', 'DropInPaths',
  'UnitFileState', 'Result', 'ExecMainStatus',
] as const;

function scopeFlag(scope: Scope): string[] {
  return scope === 'user' ? ['--user'] : [];
}

export function daemonReloadArgv(scope: Scope, exe: Executables = DEFAULT_EXECUTABLES): string[] {
  return [exe.systemctl, ...scopeFlag(scope), 'daemon-reload'];
}

export function unitActionArgv(action: UnitAction, unit: string, scope: Scope, exe: Executables = DEFAULT_EXECUTABLES): string[] {
  assertRunnableUnitName(unit);
  const base = [exe.systemctl, ...scopeFlag(scope)];
  switch (action) {
    case 'enable-now':
      return [...base, 'enable', '--now', '--', unit];
    case 'status':
      return [...base, 'status', '--no-pager', '--full', '--lines=20', '--', unit];
    case 'cat':
      return [...base, 'cat', '--no-pager', '--', unit];
    case 'show':
      return showArgv(unit, scope, SHOW_PROPERTIES, exe);
    default:
      return [...base, action, '--', unit];
  }
}

export function showArgv(unit: string, scope: Scope, properties: readonly string[] = SHOW_PROPERTIES, exe: Executables = DEFAULT_EXECUTABLES): string[] {
  assertRunnableUnitName(unit);
  for (const p of properties) {
    if (!/^[A-Za-z]+$/.test(p)) throw new Error(`not a property name: ${JSON.stringify(p)}`);
  }
  return [exe.systemctl, ...scopeFlag(scope), 'show', `--property=${properties.join(',')}`, '--', unit];
}

/** `systemctl link` puts a symlink to an absolute path into the admin folder (and reloads). */
export function linkArgv(file: string, scope: Scope, exe: Executables = DEFAULT_EXECUTABLES): string[] {
  assertAbsolute(file);
  return [exe.systemctl, ...scopeFlag(scope), 'link', '--', file];
}

/** Copies a file into place with mode 0644, creating missing folders (coreutils install). */
export function copyArgv(source: string, destination: string): string[] {
  assertAbsolute(source);
  assertAbsolute(destination);
  return ['install', '-D', '-m', '0644', '-T', '--', source, destination];
}

export function journalArgv(
  unit: string,
  scope: Scope,
  options: { follow?: boolean; lines?: number } = {},
  exe: Executables = DEFAULT_EXECUTABLES,
): string[] {
  assertRunnableUnitName(unit);
  const argv = [exe.journalctl, ...scopeFlag(scope), `--unit=${unit}`, '--no-pager'];
  if (options.lines !== undefined) argv.push(`--lines=${Math.max(0, Math.floor(options.lines))}`);
  if (options.follow) argv.push('--follow');
  return argv;
}

export function verifyArgv(file: string, scope: Scope, exe: Executables = DEFAULT_EXECUTABLES): string[] {
  assertAbsolute(file);
  return [exe.systemdAnalyze, ...scopeFlag(scope), 'verify', '--', file];
}

function assertAbsolute(file: string): void {
  if (!file.startsWith('/')) throw new Error(l10n.t('expected an absolute path, got {0}', JSON.stringify(file)));
  if (file.includes('\0')) throw new Error(l10n.t('a path cannot contain a NUL character'));
}

/** Quotes an argv for display in a log (never executed). */
export function displayArgv(argv: readonly string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
