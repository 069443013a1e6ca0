// What a file is: which dialect, which unit type, drop-in or not, user or system scope.
import type { Dialect } from '../parse/model';

export const UNIT_TYPES = [
  'service', 'socket', 'timer', 'path', 'mount', 'automount', 'swap', 'slice', 'scope', 'target', 'device',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export type UnitScope = 'system' | 'user' | 'unknown';

export interface SystemdFileKind {
  dialect: 'systemd';
  /** Unknown when neither the name nor the folder tells (a bare `.conf` classified by content). */
  unitType: UnitType | undefined;
  /** The unit this file defines or, for a drop-in, the unit it extends: `nginx.service`, `getty@.service`. */
  unitName: string | undefined;
  dropIn: boolean;
  /** `foo@.service`: needs an instance name to run. */
  template: boolean;
  scope: UnitScope;
}

export interface SupervisorFileKind {
  dialect: 'supervisor';
  /** `main`: has the daemon's own sections; `include`: program files pulled in by `[include]`. */
  role: 'main' | 'include';
}

export type FileKind = SystemdFileKind | SupervisorFileKind;

export function isDialect(value: string): value is Dialect {
  return value === 'systemd' || value === 'supervisor';
}
