// The schema of one Quadlet file type, as the family foundation (dialects.ts) registers it: the type's own
// section and [Quadlet] with quadlet's keys, and [Unit], [Service], [Install] with the unit directives,
// since quadlet copies those to the generated service, where systemd reads them.
import { systemdSchema } from '../systemd';
import type { DialectSchema, DirectiveSpec, EnumValue } from '../types';
import { COMMON_SECTION, NEWEST_PODMAN, PASSED_SECTIONS, QUADLET_FILE_SECTIONS } from './index';
import { quadletDirectiveSpecs, quadletSectionSpecs } from './directives';

/**
 * A unit directive for the passed sections, without release marks: a Quadlet file's target is a Podman
 * release, which systemd's release numbers cannot be compared with (the rules still judge values
 * against the systemd target, as in a unit).
 */
function passedDirective(directive: DirectiveSpec): DirectiveSpec | undefined {
  const placements = directive.placements.filter((p) => PASSED_SECTIONS.includes(p.section) && p.status !== 'removed')
    .map((p) => ({ ...p, since: undefined, until: undefined }));
  if (placements.length === 0) return undefined;
  const values = directive.value.values?.filter((v) => v.until === undefined).map((v): EnumValue => ({ ...v, since: undefined }));
  const inUnit = placements.some((p) => p.section === 'Unit');
  const inInstall = placements.some((p) => p.section === 'Install');
  const value = TRANSLATED_DEPENDENCIES.has(directive.name) && inUnit ? { ...directive.value, kind: QUADLET_UNITS_KIND }
    : INSTALL_LISTS.has(directive.name) && inInstall ? { ...directive.value, kind: QUADLET_INSTALL_KIND } : directive.value;
  return { ...directive, placements, value: values ? { ...value, values } : value };
}

/** The [Unit] keys whose Quadlet unit names (`db.container`) quadlet turns into their services' names. */
export const TRANSLATED_DEPENDENCIES: ReadonlySet<string> = new Set([
  'After', 'Before', 'BindsTo', 'Conflicts', 'OnFailure', 'OnSuccess', 'PartOf', 'PropagatesReloadTo', 'PropagatesStopTo',
  'ReloadPropagatedFrom', 'Requires', 'Requisite', 'StopPropagatedFrom', 'Upholds', 'Wants',
]);
/** Their value kind here: unit names, or Quadlet unit names (values/quadlet.ts). */
export const QUADLET_UNITS_KIND = 'quadlet-units';
/** [Install]'s unit lists, which quadlet itself reads to make its links: quoted words, and Alias= paths. */
export const QUADLET_INSTALL_KIND = 'quadlet-install-units';
const INSTALL_LISTS = new Set(['Alias', 'WantedBy', 'RequiredBy', 'UpheldBy']);

let passed: DirectiveSpec[] | undefined;
const schemas = new Map<string, DialectSchema>();

/** The schema of a Quadlet file type (`container`, `volume`, ...); undefined for any other. */
export function quadletSchema(type: string): DialectSchema | undefined {
  const main = QUADLET_FILE_SECTIONS[type];
  if (!main) return undefined;
  let schema = schemas.get(type);
  if (!schema) {
    passed ??= systemdSchema.directives.map(passedDirective).filter((d) => d !== undefined);
    const own = [main, COMMON_SECTION];
    schema = {
      dialect: 'systemd',
      sections: quadletSectionSpecs().filter((s) => own.includes(s.name) || PASSED_SECTIONS.includes(s.name)),
      directives: [...quadletDirectiveSpecs().filter((d) => own.includes(d.placements[0].section)), ...passed],
      latestVersion: NEWEST_PODMAN,
      releaseName: 'Podman',
      // quadlet's sections: rules/quadlet reports keys quadlet does not take, with quadlet's verdict.
      openSections: own,
    };
    schemas.set(type, schema);
  }
  return schema;
}
