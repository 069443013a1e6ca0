// What a `%x` specifier expands to in this file, where that is known without asking the machine:
// the parts of the unit's name (from the file name), the unit file's path, and the folders and
// user of the system manager. Host facts (machine ID, host name, boot ID, ...) stay unknown.
import type { SystemdFileKind } from '../classify/fileKind';
import { compareVersions } from '../schema/version';
import type { Version } from '../schema/types';
import { dirname } from '../util/posixPath';

export interface SpecifierValue {
  value: string;
  /** `file`: from the unit's name or path; `manager`: what the system manager uses. */
  source: 'file' | 'manager';
  /** A condition the value depends on, in words. */
  note?: string;
}

/** The letters whose value comes from the file's name or path (the ones inlay hints show). */
export const FILE_SPECIFIERS = new Set(['n', 'N', 'p', 'P', 'i', 'I', 'j', 'J', 'f', 'y', 'Y']);

/**
 * Letters systemd expands in unit names (`After=`, `Wants=`, ...); the others are refused there.
 * From the name-context column of data/systemd-specifiers.tsv.
 */
export const NAME_CONTEXT_SPECIFIERS = new Set(['%', 'A', 'a', 'B', 'b', 'G', 'g', 'H', 'i', 'j', 'l', 'M', 'm', 'N', 'n', 'o', 'p', 'q', 'U', 'u', 'v', 'W', 'w']);

interface ManagerValue { value: string; since?: number; until?: number; note?: string }

/** The system manager's values. %h %s %u %U came from User= before systemd 228. */
const SYSTEM_MANAGER: Record<string, ManagerValue> = {
  t: { value: '/run' },
  S: { value: '/var/lib' },
  C: { value: '/var/cache' },
  L: { value: '/var/log' },
  E: { value: '/etc' },
  T: { value: '/tmp', note: 'unless the manager\'s environment sets $TMPDIR' },
  V: { value: '/var/tmp', note: 'unless the manager\'s environment sets $TMPDIR' },
  h: { value: '/root', since: 228 },
  s: { value: '/bin/sh', since: 228 },
  u: { value: 'root', since: 228 },
  U: { value: '0', since: 228 },
  g: { value: 'root', since: 240 },
  G: { value: '0', since: 240 },
};

/** systemd's unit_name_unescape(): `-` stands for `/`, `\xNN` for a byte. Undefined when malformed. */
export function unescapeUnitName(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '-') out += '/';
    else if (c === '\\') {
      const hex = /^x([0-9a-fA-F]{2})/.exec(text.slice(i + 1));
      if (!hex) return undefined;
      out += String.fromCharCode(parseInt(hex[1], 16));
      i += 3;
    } else out += c;
  }
  return out;
}

/** `/` + the unescaped text, as systemd's unit_name_path_unescape() turns a name into a path. */
function asPath(text: string): string | undefined {
  if (text === '-') return '/';
  const plain = unescapeUnitName(text);
  if (plain === undefined || plain === '' || plain.split('/').some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return `/${plain}`;
}

interface NameParts { name: string; prefix: string; instance: string | undefined; template: boolean }

function nameParts(unitName: string): NameParts | undefined {
  const dot = unitName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const stem = unitName.slice(0, dot);
  const at = stem.indexOf('@');
  if (at < 0) return { name: unitName, prefix: stem, instance: undefined, template: false };
  const instance = stem.slice(at + 1);
  return { name: unitName, prefix: stem.slice(0, at), instance: instance === '' ? undefined : instance, template: instance === '' };
}

function fromName(parts: NameParts, letter: string): string | undefined {
  const { prefix, instance, template } = parts;
  const lastComponent = prefix.slice(prefix.lastIndexOf('-') + 1);
  switch (letter) {
    case 'p': return prefix;
    case 'P': return unescapeUnitName(prefix);
    case 'j': return lastComponent;
    case 'J': return unescapeUnitName(lastComponent);
    default: break;
  }
  // The rest depend on the instance, which a template does not have until it is started as one.
  if (template) return undefined;
  switch (letter) {
    case 'n': return parts.name;
    case 'N': return parts.name.slice(0, parts.name.lastIndexOf('.'));
    case 'i': return instance ?? '';
    case 'I': return instance === undefined ? '' : unescapeUnitName(instance);
    case 'f': return asPath(instance ?? prefix);
    default: return undefined;
  }
}

/**
 * The value of `%letter` in the unit file `kind` describes, at `filePath` (undefined when the
 * document is not a file). `version`: the target systemd release.
 */
export function specifierValue(kind: SystemdFileKind, filePath: string | undefined, letter: string, version: Version): SpecifierValue | undefined {
  if (letter === '%') return { value: '%', source: 'file' };
  if (letter === 'y' || letter === 'Y') {
    // A drop-in's %y is the path of the unit's own file, which is somewhere else; a file outside the
    // unit folders (a project's) is usually copied there before systemd reads it.
    if (kind.dropIn || filePath === undefined || kind.scope === 'unknown') return undefined;
    return { value: letter === 'y' ? filePath : dirname(filePath), source: 'file' };
  }
  const parts = kind.unitName === undefined ? undefined : nameParts(kind.unitName);
  if (FILE_SPECIFIERS.has(letter)) {
    const value = parts && fromName(parts, letter);
    return value === undefined ? undefined : { value, source: 'file' };
  }
  if (kind.scope === 'user') return undefined;
  if (letter === 'd') {
    if (compareVersions(version, 251) < 0 || !parts || parts.template) return undefined;
    return { value: `/run/credentials/${parts.name}`, source: 'manager' };
  }
  const fact = SYSTEM_MANAGER[letter];
  if (!fact || (fact.since !== undefined && compareVersions(version, fact.since) < 0)) return undefined;
  return { value: fact.value, source: 'manager', note: fact.note };
}

/** Each `%x` in a value with its offset (`%%` is one, of the letter `%`); at most `max`. */
export function specifierOccurrences(value: string, max = 1000): { letter: string; start: number }[] {
  const found: { letter: string; start: number }[] = [];
  for (let i = value.indexOf('%'); i >= 0 && i < value.length - 1 && found.length < max; i = value.indexOf('%', i + 2)) {
    found.push({ letter: value[i + 1], start: i });
  }
  return found;
}
