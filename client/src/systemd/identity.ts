// Which unit a file on disk acts on, and for which manager (system or --user).
import * as path from 'node:path';
import { parseUnitName, unitNameProblem, type UnitNameKind, type UnitType } from './unitName';
import { l10n } from '../l10n';

export type Scope = 'system' | 'user';

export interface UnitIdentity {
  /** The file as given. */
  file: string;
  /** The unit this file defines or, for a drop-in, extends (`nginx.service`, `getty@.service`). */
  unitName: string;
  unitType: UnitType;
  kind: UnitNameKind;
  /** `foo@.service` (or a drop-in of one): an instance name is needed before running it. */
  template: boolean;
  dropIn: boolean;
  /** A `systemctl edit` temporary file (`.#override.conf…`, `.#nginx.service…`). */
  editTemp: boolean;
  scope: Scope;
  /** True when the scope came from the folder; false when it was given or assumed. */
  scopeFromPath: boolean;
  /** For a Quadlet file, the section it is read from (`Container`): its service is generated, not this file. */
  quadletSection?: string;
}

export type IdentityResult = { ok: true; identity: UnitIdentity } | { ok: false; reason: string };

// Folders that hold units for the per-user manager (systemd.unit(5), "User Unit Search Path"),
// matched anywhere in the path as the language server does, so a package's staging tree
// (`debian/tmp/usr/lib/systemd/user/`) is a user unit for the commands as it is for the checks.
const USER_DIR_PATTERNS: RegExp[] = [
  /\/\.config\/systemd\/user(\.control)?\//,
  /\/\.local\/share\/systemd\/user\//,
  /\/etc\/(xdg\/)?systemd\/user\//,
  /\/run\/systemd\/user\//,
  /\/(usr\/|usr\/local\/)?(lib|share)\/systemd\/user\//,
  /\/run\/user\/\d+\/systemd\/(user|user\.control|transient|generator[^/]*)\//,
];

export interface PathOptions {
  home?: string;
  xdgConfigHome?: string;
  /** Defaults to this process's platform; only on Windows is `\` a path separator. */
  platform?: NodeJS.Platform;
}

/**
 * The path with `/` as its only separator. On Linux `\` is an ordinary character of a file name,
 * and systemd's escaped names are full of it (`var-lib-docker\x2dvolumes.mount`), so it stays.
 */
function slashSeparated(file: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? file.replace(/\\/g, '/') : file;
}

/** `user` when the path lies in a user unit folder, else `system`. */
export function scopeFromPath(file: string, options: PathOptions = {}): Scope {
  const p = slashSeparated(file, options.platform);
  if (USER_DIR_PATTERNS.some((re) => re.test(p))) return 'user';
  for (const base of [options.xdgConfigHome, options.home && path.posix.join(options.home, '.config')]) {
    if (base && p.startsWith(path.posix.join(base, 'systemd', 'user') + '/')) return 'user';
  }
  return 'system';
}

/** `.#nginx.service3f2a…` → `nginx.service`: systemctl edit appends 16 random hex digits. */
function stripEditTemp(base: string): { name: string; editTemp: boolean } {
  if (!base.startsWith('.#')) return { name: base, editTemp: false };
  return { name: base.slice(2).replace(/[0-9a-f]{16}$/, ''), editTemp: true };
}

/**
 * Works out the unit a file acts on from its path. A drop-in (`nginx.service.d/x.conf`) acts on its
 * parent unit; `systemctl edit` temporary files act like the file they stand for. Drop-ins that
 * apply to many units (`service.d/`, `foo-.service.d/`) have no single unit and are refused.
 */
export function unitIdentityFromPath(
  file: string,
  options: PathOptions & { scope?: Scope } = {},
): IdentityResult {
  const normalized = slashSeparated(file, options.platform);
  const { name: base, editTemp } = stripEditTemp(path.posix.basename(normalized));
  const parent = path.posix.basename(path.posix.dirname(normalized));
  const scope = options.scope ?? scopeFromPath(normalized, options);
  const scopeFromPathFlag = options.scope === undefined;
  let unitName: string;
  let dropIn = false;
  if (parent.endsWith('.d') && (base.endsWith('.conf') || editTemp)) {
    const owner = parent.slice(0, -2);
    if (!owner.includes('.')) {
      return { ok: false, reason: l10n.t('{0}/ holds drop-ins for every .{1} unit, not for one unit', parent, owner) };
    }
    const stem = owner.slice(0, owner.lastIndexOf('.'));
    if (stem.endsWith('-')) {
      return { ok: false, reason: l10n.t('{0}/ holds drop-ins for every unit whose name starts with "{1}", not for one unit', parent, stem) };
    }
    unitName = owner;
    dropIn = true;
  } else {
    unitName = base;
  }
  const problem = unitNameProblem(unitName);
  if (problem !== undefined) {
    return { ok: false, reason: l10n.t('{0} is not a unit name: {1}', JSON.stringify(unitName), problem) };
  }
  const parsed = parseUnitName(unitName);
  if (parsed === undefined) return { ok: false, reason: l10n.t('{0} is not a unit name', JSON.stringify(unitName)) };
  return {
    ok: true,
    identity: {
      file,
      unitName,
      unitType: parsed.type,
      kind: parsed.kind,
      template: parsed.kind === 'template',
      dropIn,
      editTemp,
      scope,
      scopeFromPath: scopeFromPathFlag,
    },
  };
}

/** Where "Install this unit" copies or links a unit for a scope (the administrator's folder). */
export function installDirectory(scope: Scope, home: string): string {
  return scope === 'user' ? path.posix.join(home, '.config', 'systemd', 'user') : '/etc/systemd/system';
}
