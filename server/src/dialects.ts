// Everything a dialect brings: its schema, its value validators and its own diagnostic rules. The other
// systemd families (networkd, nspawn, the daemons' configs, ...) are read with the systemd parser and
// bring the same three things, registered per family and file type in FAMILY_SUPPORT.
import type { FamilyMatch, IniFamily } from './classify/families';
import { DAEMON_CONFIGS, familyFileType } from './classify/families';
import type { FileKind, SystemdFileKind } from './classify/fileKind';
import type { Dialect } from './parse/model';
import type { Rule } from './rules/types';
import { supervisorRules } from './rules/supervisor';
import { systemdRules } from './rules/systemd';
import { familyRules } from './rules/family';
import { quadletRules } from './rules/quadlet/rules';
import { quadletValidators } from './values/quadlet';
import { quadletSchema } from './schema/quadlet/support';
import { daemonSchemaId, familySchema, type FamilySchemaId } from './schema/families';
import { supervisorSchema } from './schema/supervisor';
import { systemdSchema } from './schema/systemd';
import type { DialectSchema } from './schema/types';
import type { ValidatorTable } from './values/types';
import { supervisorValidators } from './values/supervisor';
import { familiesValidators } from './values/families';
import { systemdValidators } from './values/systemd';

export interface DialectSupport {
  schema: DialectSchema;
  validators: ValidatorTable;
  rules: readonly Rule[];
}

const SUPPORT: Record<Dialect, DialectSupport> = {
  systemd: { schema: systemdSchema, validators: systemdValidators, rules: systemdRules },
  supervisor: { schema: supervisorSchema, validators: supervisorValidators, rules: supervisorRules },
};

/** A family's support for one file type (`network`, `netdev`, ...; `conf` for a daemon's config); undefined when that type has no schema. */
export type FamilySupport = (fileType: string) => DialectSupport | undefined;

/**
 * The families that have a schema. A family missing here is still recognised, but only its syntax is
 * checked (features/familyDiagnostics.ts). Adding a family is adding its entry: the generic rules
 * (rules/common), completion, hover, symbols and the checker then work for it unchanged.
 */
const FAMILY_SUPPORT: Partial<Record<IniFamily, FamilySupport>> = {
  quadlet: (type) => quadletSupport(type),
  networkd: (type) => (type === 'network' || type === 'netdev' || type === 'link' ? systemdFamily(type) : undefined),
  nspawn: () => systemdFamily('nspawn'),
  ...Object.fromEntries(DAEMON_CONFIGS.map((daemon) => {
    const id = daemonSchemaId(daemon);
    return [`${daemon}.conf`, () => (id ? systemdFamily(id) : undefined)];
  })),
};

const systemdFamilies = new Map<FamilySchemaId, DialectSupport>();
const quadletTypes = new Map<string, DialectSupport>();

/** Podman Quadlet's file types: each one's schema (schema/quadlet/support.ts), the unit validators for [Unit] and [Service], quadlet's own rules. */
function quadletSupport(type: string): DialectSupport | undefined {
  let support = quadletTypes.get(type);
  if (!support) {
    const schema = quadletSchema(type);
    if (!schema) return undefined;
    quadletTypes.set(type, (support = { schema, validators: quadletValidators, rules: quadletRules }));
  }
  return support;
}

/** networkd's, nspawn's and the daemons' files: their generated schema, the unit validators without the unit-only layer, the generic rules. */
function systemdFamily(id: FamilySchemaId): DialectSupport {
  let support = systemdFamilies.get(id);
  if (!support) systemdFamilies.set(id, (support = { schema: familySchema(id), validators: familiesValidators, rules: familyRules }));
  return support;
}

/** The support of a dialect, or of the file a kind describes (a family file gets its family's). */
export function dialectSupport(of: Dialect | FileKind): DialectSupport {
  if (typeof of === 'string') return SUPPORT[of];
  if (of.dialect === 'systemd' && of.family !== undefined) {
    const family = FAMILY_SUPPORT[of.family]?.(of.familyType ?? '');
    if (family) return family;
  }
  return SUPPORT[of.dialect];
}

/**
 * The support a completion item's `data` names: a dialect's own, or that of a family's file type. Undefined
 * for a family or type without a schema (the data comes back from the client, so anything may be in it).
 */
export function supportNamed(dialect: Dialect, family?: string, familyType?: string): DialectSupport | undefined {
  if (family === undefined) return SUPPORT[dialect];
  if (dialect !== 'systemd' || !Object.hasOwn(FAMILY_SUPPORT, family)) return undefined;
  return FAMILY_SUPPORT[family as IniFamily]?.(familyType ?? '');
}

/**
 * The kind of a recognised family file when its family has a schema for the file's type; undefined when
 * it has none (then only its syntax is checked).
 */
export function familyKind(match: FamilyMatch, path: string): SystemdFileKind | undefined {
  if (match.family === 'tmpfiles.d' || match.family === 'sysusers.d') return undefined;
  const familyType = familyFileType(path);
  if (!FAMILY_SUPPORT[match.family]?.(familyType)) return undefined;
  return { dialect: 'systemd', unitType: undefined, unitName: undefined, dropIn: false, template: false, scope: 'unknown',
    family: match.family, familyType, familyEvidence: match.evidence };
}
