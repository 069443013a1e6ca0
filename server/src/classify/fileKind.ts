// What a file is: which dialect, which unit type, drop-in or not, user or system scope.
import type { Dialect } from '../parse/model';
import type { FamilyEvidence, IniFamily } from './families';

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
  /**
   * Set for a file of another systemd family read with the same parser (networkd, nspawn, a daemon's
   * config, ...): then no unit rule or feature applies, only the family's own schema and rules.
   */
  family?: IniFamily;
  /** The family file's type (`network`, `netdev`, `link`; `conf` for a daemon's config): see familyFileType. */
  familyType?: string;
  /** How the family was told; `content` means it was guessed and the user is told so. */
  familyEvidence?: FamilyEvidence;
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

/** A systemd unit or a unit's drop-in, not a file of another family: what every unit-only rule and feature asks. */
export function isUnitKind(kind: FileKind): kind is SystemdFileKind {
  return kind.dialect === 'systemd' && kind.family === undefined;
}
