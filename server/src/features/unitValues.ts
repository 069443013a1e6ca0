// Unit names inside values (After=, Wants=, WantedBy=, ...): completion candidates and the
// word under the cursor, for completion, go to definition and document links.
import type { EnumValue, Version } from '../schema/types';
import { specialUnits } from '../schema/systemd/directives.generated';
import { versionWithin } from '../schema/version';
import type { UnitScope } from '../classify/fileKind';
import { managerHasSpecialUnit, USER_SESSION_TARGETS } from '../classify/managerUnits';
import type { UnitCatalog, UnitFile } from '../host/unitCatalog';

export const UNIT_KINDS = new Set(['units', 'unit']);

/** The file a unit's own name is written in. */
export interface UnitOwner {
  unitName: string | undefined;
  scope: UnitScope;
}

/**
 * Unit names to offer in a value: the files of the workspace and of the owner's manager's unit
 * folders (the user folders for a user unit), then the special units that manager has.
 */
export function unitNameCandidates(version: Version, catalog: UnitCatalog | undefined, owner: UnitOwner | undefined): EnumValue[] {
  const scope = owner?.scope ?? 'unknown';
  const values: EnumValue[] = [];
  const seen = new Set<string>();
  const add = (name: string, summary: string) => {
    if (seen.has(name) || name === owner?.unitName) return;
    seen.add(name);
    values.push({ name, summary });
  };
  for (const unit of catalog?.all(scope) ?? []) add(unit.name, unit.origin === 'workspace' ? `in the workspace: ${unit.path}` : unit.path);
  for (const unit of specialUnits) {
    if (versionWithin(version, unit.since, unit.until) && managerHasSpecialUnit(scope, unit.name)) add(unit.name, 'a special unit of systemd');
  }
  if (scope === 'user') for (const name of USER_SESSION_TARGETS) add(name, 'a target of the user manager');
  return values;
}

/** `modprobe@drm.service` -> `modprobe@.service`; undefined for a name that is not an instance. */
export function templateOf(name: string): string | undefined {
  const at = name.indexOf('@');
  const dot = name.lastIndexOf('.');
  if (at <= 0 || dot <= at + 1 || !/^[a-z]+$/.test(name.slice(dot + 1))) return undefined;
  return name.slice(0, at + 1) + name.slice(dot);
}

/**
 * The file that defines a unit for the manager of `scope`: the unit's own file, else, for an
 * instance, its template's (systemd loads `modprobe@drm.service` from `modprobe@.service`).
 */
export function unitFileFor(catalog: UnitCatalog, name: string, scope: UnitScope): UnitFile | undefined {
  const own = catalog.find(name, scope);
  if (own) return own;
  const template = templateOf(name);
  return template ? catalog.find(template, scope) : undefined;
}

/** Unit-name tokens in a value, with their offsets. */
export function unitTokens(value: string): { name: string; start: number; end: number }[] {
  const tokens: { name: string; start: number; end: number }[] = [];
  for (const match of value.matchAll(/[^\s]+/g)) {
    if (match.index === undefined) continue;
    if (/\.[a-z]+$/.test(match[0])) tokens.push({ name: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
