// Where systemd looks for a unit's drop-ins (src/shared/dropin.c): the folder of the unit's own name,
// its template's, the prefixes of a dashed name, and last the folder of its whole type (`service.d`),
// in every folder of the manager's unit search path, `/etc` before `/run` before `/usr/lib`.
import type { UnitScope } from '../../classify/fileKind';
import { templateOf } from '../unitValues';

/** `foo-bar-baz.service` -> `foo-bar-.service`, `foo-.service`: each dash cut once, a trailing one first. */
export function dashPrefixes(name: string): string[] {
  const dot = name.lastIndexOf('.');
  const at = name.indexOf('@');
  if (dot <= 0) return [];
  const type = name.slice(dot + 1);
  let prefix = name.slice(0, at > 0 && at < dot ? at : dot);
  const found: string[] = [];
  // Each round chops one trailing dash, then cuts after the last dash; a leading dash ends the chain.
  for (let round = 0; round < 256; round++) {
    if (prefix.endsWith('-')) prefix = prefix.slice(0, -1);
    const dash = prefix.lastIndexOf('-');
    if (dash <= 0) break;
    prefix = prefix.slice(0, dash + 1);
    found.push(`${prefix}.${type}`);
  }
  return found;
}

/**
 * The names whose `.d` folders hold drop-ins for `unit`, most specific first: the unit, its template
 * (for an instance) with the template's prefixes, then the unit's own prefixes. The type's folder
 * (`service.d`) is not among them: systemd reads it after all of these, in every search folder.
 */
export function dropInOwners(unit: string): string[] {
  const names = [unit];
  const template = templateOf(unit);
  if (template) names.push(template, ...dashPrefixes(template));
  names.push(...dashPrefixes(unit));
  return [...new Set(names)];
}

/** `service` for `foo.service`: the name of the top-level drop-in folder `service.d`. */
export function unitTypeName(unit: string): string | undefined {
  const dot = unit.lastIndexOf('.');
  return dot > 0 ? unit.slice(dot + 1) : undefined;
}

// The managers' search folders by precedence (`systemd-analyze [--user] unit-paths` of systemd 252),
// matched on the end of a folder's path, so that a package's staging tree (`debian/tmp/etc/systemd/
// system`) ranks as the folder it mirrors. Earlier patterns are tried first (`/usr/local/lib` before `/lib`).
const SYSTEM_RANKS: [RegExp, number][] = [
  [/\/etc\/systemd\/system\.control$/, 0], [/\/run\/systemd\/system\.control$/, 1], [/\/run\/systemd\/transient$/, 2],
  [/\/run\/systemd\/generator\.early$/, 3], [/\/etc\/systemd\/system$/, 4], [/\/etc\/systemd\/system\.attached$/, 5],
  [/\/run\/systemd\/system$/, 6], [/\/run\/systemd\/system\.attached$/, 7], [/\/run\/systemd\/generator$/, 8],
  [/\/usr\/local\/lib\/systemd\/system$/, 9], [/\/lib\/systemd\/system$/, 10], [/\/run\/systemd\/generator\.late$/, 11],
];
const USER_RANKS: [RegExp, number][] = [
  [/\/\.config\/systemd\/user\.control$/, 0], [/\/run\/user\/\d+\/systemd\/user\.control$/, 1],
  [/\/run\/user\/\d+\/systemd\/transient$/, 2], [/\/run\/user\/\d+\/systemd\/generator\.early$/, 3],
  [/\/\.config\/systemd\/user$/, 4], [/\/etc\/xdg\/systemd\/user$/, 5], [/\/etc\/systemd\/user$/, 6],
  [/\/run\/user\/\d+\/systemd\/user$/, 7], [/\/run\/systemd\/user$/, 8], [/\/run\/user\/\d+\/systemd\/generator$/, 9],
  [/\/\.local\/share\/systemd\/user$/, 10], [/\/usr\/local\/share\/systemd\/user$/, 11], [/\/share\/systemd\/user$/, 12],
  [/\/usr\/local\/lib\/systemd\/user$/, 13], [/\/lib\/systemd\/user$/, 14], [/\/run\/user\/\d+\/systemd\/generator\.late$/, 15],
];

/**
 * Where a folder of unit files stands in the manager's search path: lower reads first and wins. A
 * folder outside it (a project in the workspace) ranks -1, above all: the workspace's unit files
 * shadow the host's, and so do its drop-ins.
 */
export function searchRank(folder: string, scope: UnitScope): number {
  const table = scope === 'user' ? USER_RANKS : SYSTEM_RANKS;
  let end = folder.length;
  while (end > 1 && folder[end - 1] === '/') end--;
  const trimmed = folder.slice(0, end);
  return table.find(([pattern]) => pattern.test(trimmed))?.[1] ?? -1;
}
