// Unit names as systemd itself accepts them (its unit-name rules, restated here):
//   NAME := PREFIX [ "@" [INSTANCE] ] "." TYPE, at most 255 characters in all;
//   PREFIX: one or more of A-Z a-z 0-9 : - _ . \ (no "@");
//   INSTANCE: the same characters plus "@"; an empty instance makes a template (foo@.service);
//   TYPE: one of the known unit types.
// systemd allows a leading "-" (`-.mount`, `-.slice` are the root mount and slice), so names are
// accepted with it; every argv we build puts `--` before names so they can never read as options.
import { l10n } from '../l10n';

export const UNIT_TYPES = [
  'service', 'socket', 'device', 'mount', 'automount', 'swap', 'target', 'path', 'timer', 'slice', 'scope',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Longest valid unit name, in characters (systemd's limit is 256 bytes including the NUL). */
export const UNIT_NAME_MAX_LENGTH = 255;

const PREFIX_CHARS = /^[A-Za-z0-9:\-_.\\]+$/;
const INSTANCE_CHARS = /^[A-Za-z0-9:\-_.\\@]+$/;

export type UnitNameKind = 'plain' | 'template' | 'instance';

export interface ParsedUnitName {
  name: string;
  /** Before the `@` (or the whole stem of a plain name). */
  prefix: string;
  /** The instance of `foo@bar.service`; undefined for plain names and templates. */
  instance: string | undefined;
  type: UnitType;
  kind: UnitNameKind;
}

export function isUnitType(value: string): value is UnitType {
  return (UNIT_TYPES as readonly string[]).includes(value);
}

/** Why `name` is not a valid unit name, or undefined when it is one. */
export function unitNameProblem(name: string): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return l10n.t('the unit name is empty');
  if (name.length > UNIT_NAME_MAX_LENGTH) return l10n.t('the unit name is longer than {0} characters', UNIT_NAME_MAX_LENGTH);
  const dot = name.lastIndexOf('.');
  if (dot < 0) return l10n.t('the unit name has no type suffix such as ".service"');
  const type = name.slice(dot + 1);
  if (!isUnitType(type)) return l10n.t('".{0}" is not a unit type (expected one of {1})', type, UNIT_TYPES.map((t) => '.' + t).join(' '));
  const stem = name.slice(0, dot);
  const at = stem.indexOf('@');
  const prefix = at < 0 ? stem : stem.slice(0, at);
  if (prefix.length === 0) return at === 0 ? l10n.t('the unit name starts with "@"') : l10n.t('the unit name has nothing before its type suffix');
  if (!PREFIX_CHARS.test(prefix)) return l10n.t('the unit name contains a character systemd does not allow (allowed: letters, digits, ":", "-", "_", ".", "\\", and one "@" before the instance)');
  if (at >= 0) {
    const instance = stem.slice(at + 1);
    if (instance.length > 0 && !INSTANCE_CHARS.test(instance)) {
      return l10n.t('the instance name contains a character systemd does not allow (escape it with systemd-escape rules)');
    }
  }
  return undefined;
}

export function parseUnitName(name: string): ParsedUnitName | undefined {
  if (unitNameProblem(name) !== undefined) return undefined;
  const dot = name.lastIndexOf('.');
  const type = name.slice(dot + 1) as UnitType;
  const stem = name.slice(0, dot);
  const at = stem.indexOf('@');
  if (at < 0) return { name, prefix: stem, instance: undefined, type, kind: 'plain' };
  const instance = stem.slice(at + 1);
  return {
    name,
    prefix: stem.slice(0, at),
    instance: instance.length > 0 ? instance : undefined,
    type,
    kind: instance.length > 0 ? 'instance' : 'template',
  };
}

export function isValidUnitName(name: string, kinds: readonly UnitNameKind[] = ['plain', 'template', 'instance']): boolean {
  const parsed = parseUnitName(name);
  return parsed !== undefined && kinds.includes(parsed.kind);
}

/** A unit name the manager can act on: plain or instance, never a bare template. */
export function isRunnableUnitName(name: string): boolean {
  return isValidUnitName(name, ['plain', 'instance']);
}

export function isValidInstance(instance: string): boolean {
  return instance.length > 0 && INSTANCE_CHARS.test(instance);
}

/**
 * Escapes free text into an instance string the way `systemd-escape` does (without --path):
 * "/" becomes "-", letters, digits, ":", "_" and "." stay (except a leading "."), every other byte
 * of the UTF-8 encoding becomes `\xNN`.
 */
export function escapeInstance(text: string): string {
  let out = '';
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const c = String.fromCharCode(b);
    if (c === '/') out += '-';
    else if ((/[A-Za-z0-9:_]/.test(c) && b < 0x80) || (c === '.' && i > 0)) out += c;
    else out += '\\x' + b.toString(16).padStart(2, '0');
  }
  return out;
}

export class UnitNameError extends Error {
  constructor(readonly unitName: string, readonly problem: string) {
    super(l10n.t('Invalid unit name {0}: {1}', JSON.stringify(unitName), problem));
    this.name = 'UnitNameError';
  }
}

/** `foo@.service` + `bar` → `foo@bar.service`. The instance is used as given (escape it first if needed). */
export function instantiate(template: string, instance: string): string {
  const parsed = parseUnitName(template);
  if (parsed === undefined || parsed.kind !== 'template') {
    throw new UnitNameError(template, l10n.t('not a template unit name (expected "name@.type")'));
  }
  if (!isValidInstance(instance)) throw new UnitNameError(instance, l10n.t('not a valid instance name'));
  const name = `${parsed.prefix}@${instance}.${parsed.type}`;
  const problem = unitNameProblem(name);
  if (problem !== undefined) throw new UnitNameError(name, problem);
  return name;
}

/** Throws UnitNameError unless `name` is a unit the manager can act on (plain or instance). */
export function assertRunnableUnitName(name: string): void {
  const problem = unitNameProblem(name);
  if (problem !== undefined) throw new UnitNameError(name, problem);
  if (!isRunnableUnitName(name)) throw new UnitNameError(name, l10n.t('a template needs an instance name (foo@INSTANCE.service)'));
}
