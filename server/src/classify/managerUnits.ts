// Which well-known units each systemd manager has. The system manager has every special unit of
// systemd; the per-user manager has only a few of them (default.target is its start-up goal, there
// is no multi-user.target or network.target), plus some targets desktops start.
import { specialUnits } from '../schema/systemd/directives.generated';
import type { UnitScope } from './fileKind';

/** Special units the user manager knows itself (its own names in systemd's special.h). */
const USER_MANAGER_SPECIAL = new Set([
  'default.target', 'shutdown.target', 'exit.target', 'basic.target', 'sockets.target', 'timers.target', 'paths.target',
  'app.slice', 'background.slice', 'session.slice', '-.slice', 'init.scope', 'dbus.service', 'dbus.socket',
]);

/** Targets of the user manager that desktops and services pull in, not in special.h. */
export const USER_SESSION_TARGETS = [
  'graphical-session.target', 'graphical-session-pre.target', 'xdg-desktop-autostart.target',
  'bluetooth.target', 'printer.target', 'smartcard.target', 'sound.target',
] as const;

/** Where a user unit is normally hooked in: the user manager starts default.target at login. */
export const USER_DEFAULT_TARGET = 'default.target';

/** True for a special unit only the system manager has (`multi-user.target`, `network-online.target`, ...). */
export function isSystemOnlyUnit(name: string): boolean {
  return !USER_MANAGER_SPECIAL.has(name) && specialUnits.some((u) => u.name === name);
}

/** True when the manager of `scope` has the special unit (an unknown scope is taken as the system's). */
export function managerHasSpecialUnit(scope: UnitScope, name: string): boolean {
  return scope !== 'user' || !isSystemOnlyUnit(name);
}
