// uri + text -> FileKind. The name and folder decide first; the content decides only when they cannot.
import { associatedKind, type FileAssociation } from './associations';
import { familyOfContent, familyOfPath, type FamilyMatch } from './families';
import { familyOfLanguage, SUPERVISOR_LANGUAGE_ID, UNIT_LANGUAGE_ID } from './languageIds';
import { UNIT_TYPES, type FileKind, type SystemdFileKind, type UnitScope, type UnitType } from './fileKind';

// The user manager's unit search path (`systemd-analyze --user unit-paths`): under a home
// (~/.config/systemd/user, ~/.local/share/systemd/user), the XDG config and data folders, the vendor
// folders and the runtime folders, including the per-user ones under /run/user/UID. Matched anywhere
// in the path, so a package's staging tree (`debian/tmp/usr/lib/systemd/user/`) counts as well.
const USER_UNIT_DIRS = /\/\.config\/systemd\/user(\.control)?\/|\/\.local\/share\/systemd\/user\/|\/etc\/(xdg\/)?systemd\/user\/|\/run\/systemd\/user\/|\/(usr\/|usr\/local\/)?(lib|share)\/systemd\/user\/|\/run\/user\/\d+\/systemd\/(user|user\.control|transient|generator(\.early|\.late)?)\//;
const SYSTEM_UNIT_DIRS = /\/etc\/systemd\/system(\.control|\.attached)?\/|\/run\/systemd\/(system(\.control|\.attached)?|transient|generator(\.early|\.late)?)\/|\/(usr\/|usr\/local\/)?lib\/systemd\/system\//;

/** The last answer: the rules of one document ask for its path again and again. */
let lastPath = { uri: '', path: '' };

/** The path part of a `file:` URI, or the string itself when it is a path; `untitled:` and others keep their path. */
export function pathOf(uri: string): string {
  if (uri === lastPath.uri && uri !== '') return lastPath.path;
  const path = pathOfUri(uri);
  lastPath = { uri, path };
  return path;
}

function pathOfUri(uri: string): string {
  // Scheme and authority first, then the rest: `(?:\/\/[^/]*)?(.*)$` in one pattern could split a run two ways.
  const prefix = /^[a-zA-Z][\w+.-]*:(?:\/\/[^/]*)?/.exec(uri);
  const rest = prefix ? uri.slice(prefix[0].length) : '';
  const path = prefix && !/^[a-zA-Z]:[\\/]/.test(uri) && !/[\n\r\u2028\u2029]/.test(rest) ? rest : uri;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function unitTypeOf(name: string): UnitType | undefined {
  const dot = name.lastIndexOf('.');
  const suffix = dot < 0 ? '' : name.slice(dot + 1);
  return (UNIT_TYPES as readonly string[]).includes(suffix) ? (suffix as UnitType) : undefined;
}

/** The manager whose search path holds the file: `unknown` outside both (a project folder). */
export function scopeOfPath(path: string): UnitScope {
  if (USER_UNIT_DIRS.test(path)) return 'user';
  if (SYSTEM_UNIT_DIRS.test(path)) return 'system';
  return 'unknown';
}

function systemdKind(path: string, unitName: string, dropIn: boolean, scope: UnitScope | undefined): SystemdFileKind {
  const unitType = unitTypeOf(unitName);
  return { dialect: 'systemd', unitType, unitName: unitType ? unitName : undefined, dropIn,
    template: /@\.[a-z]+$/.test(unitName), scope: scope ?? scopeOfPath(path) };
}

// Indentation is matched within one line (`[^\S\r\n\u2028\u2029]`, not `\s`): with the `m` flag, `^\s*`
// restarted at every line start and ran over all the blank lines below it, quadratic in their number;
// for the same reason a header's name stops at the end of its line.
// Case and a misspelt [supervisord] ([Supervisord], [supervisor], [supervisord:main]) do not change
// what the file is: it stays supervisor's, so the rules can say what supervisord makes of the header.
const SUPERVISOR_MAIN_SECTIONS = /^[^\S\r\n\u2028\u2029]*\[(supervisord?(:[^\]\r\n\u2028\u2029]*)?|supervisorctl|unix_http_server|inet_http_server)\]/im;
const SUPERVISOR_SECTIONS = /^[^\S\r\n\u2028\u2029]*\[(program|group|eventlistener|fcgi-program|rpcinterface|ctlplugin):[^\]\r\n\u2028\u2029]*\]|^[^\S\r\n\u2028\u2029]*\[(supervisord?(:[^\]\r\n\u2028\u2029]*)?|supervisorctl|unix_http_server|inet_http_server|include)\]/im;
const SYSTEMD_SECTIONS = /^[^\S\r\n\u2028\u2029]*\[(Unit|Service|Socket|Timer|Path|Mount|Automount|Swap|Slice|Scope|Install)\]/m;

function supervisorRole(text: string): FileKind {
  return { dialect: 'supervisor', role: SUPERVISOR_MAIN_SECTIONS.test(text) ? 'main' : 'include' };
}

/**
 * Classifies a document as a unit or supervisor config. Returns undefined when it is neither: a plain
 * `.conf` with other content, or a file of another systemd family (see classifyFile for which).
 */
export function classify(uri: string, text: string, hint?: string, scope?: 'system' | 'user', associations?: readonly FileAssociation[]): FileKind | undefined {
  const found = classifyFile(uri, text, hint, scope, associations);
  return found && 'dialect' in found ? found : undefined;
}

/**
 * What a document is: a unit or supervisor config (a FileKind), a file of another systemd family
 * (a FamilyMatch: Quadlet, networkd, a daemon's config, ...), or undefined for neither.
 * `hint` is the editor's language id: one naming a family (`quadlet`, `systemd-networkd`, ...) decides
 * ahead of name and content; `systemd-unit` and `supervisor-conf` only when those are silent. `scope` is the manager
 * the user chose for the file (the editor's "system or user manager" choice, the checker's --scope);
 * without it the folder decides. `associations` (daemonConfig.files.associations) win over everything.
 */
export function classifyFile(uri: string, text: string, hint?: string, scope?: 'system' | 'user',
  associations: readonly FileAssociation[] = []): FileKind | FamilyMatch | undefined {
  const path = pathOf(uri);
  const name = baseName(path);
  const parent = baseName(path.slice(0, path.length - name.length - 1));

  const chosen = associations.length ? associatedKind(associations, path) : undefined;
  if (chosen === 'systemd') return unitKind(path, name, parent, scope) ?? systemdKind(path, name, false, scope);
  if (chosen === 'supervisor') return supervisorRole(text);
  if (chosen) return { family: chosen, evidence: 'association' };
  // The editor's language mode names a family: the user chose it, or the editor took it from the name.
  const told = familyOfLanguage(hint, path, text);
  if (told) return told;

  const unit = unitKind(path, name, parent, scope);
  if (unit) return unit;
  const family = familyOfPath(path, text);
  if (family) return family;
  if (/^supervisord\.conf$/.test(name) || /\/supervisor\/conf\.d\/[^/]+\.conf$/.test(path) ||
      /\/supervisord\.d\/[^/]+\.ini$/.test(path) || /\/supervisor\/supervisord\.conf$/.test(path)) {
    return supervisorRole(text);
  }
  if (hint === UNIT_LANGUAGE_ID) return systemdKind(path, name, false, scope);
  if (hint === SUPERVISOR_LANGUAGE_ID) return supervisorRole(text);
  if (SUPERVISOR_SECTIONS.test(text)) return supervisorRole(text);
  // `[Journal]` or `[Login]` tells a daemon's config even when a stray `[Unit]` is there too.
  const daemon = familyOfContent(name, text);
  if (daemon) return daemon;
  if (SYSTEMD_SECTIONS.test(text)) return systemdKind(path, name, false, scope);
  return undefined;
}

/** A unit or a unit's drop-in by its name and folder alone. */
function unitKind(path: string, name: string, parent: string, scope: 'system' | 'user' | undefined): SystemdFileKind | undefined {
  if (unitTypeOf(name)) return systemdKind(path, name, false, scope);
  // Drop-ins: nginx.service.d/override.conf; `systemctl edit` writes .#override.confXXXX in the same folder.
  if (parent.endsWith('.d') && unitTypeOf(parent.slice(0, -2)) && (name.endsWith('.conf') || name.startsWith('.#'))) {
    return systemdKind(path, parent.slice(0, -2), true, scope);
  }
  // A top-level drop-in (`service.d/10-limits.conf`) changes every unit of its type.
  const typeFolder = parent.slice(0, -2);
  if (parent.endsWith('.d') && (UNIT_TYPES as readonly string[]).includes(typeFolder) && (name.endsWith('.conf') || name.startsWith('.#'))) {
    return { dialect: 'systemd', unitType: typeFolder as UnitType, unitName: undefined, dropIn: true, template: false, scope: scope ?? scopeOfPath(path) };
  }
  return undefined;
}
