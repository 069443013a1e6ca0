// systemd's rules for a unit's name, for checking the new name of a rename: what characters a
// name may hold, how long it may be, and that the type and the template form stay as they were.
import { UNIT_TYPES } from '../classify/fileKind';

/** systemd refuses a unit name of 256 characters or more. */
export const MAX_UNIT_NAME = 255;
/** Characters of a name's prefix; an instance may hold `@` as well. */
const PREFIX_CHARS = /^[A-Za-z0-9:_.\\-]+$/;
const INSTANCE_CHARS = /^[A-Za-z0-9:_.\\@-]+$/;

export interface UnitNameParts {
  prefix: string;
  /** undefined for a plain unit, '' for a template, the instance otherwise. */
  instance: string | undefined;
  type: string;
}

/** `getty@tty1.service` -> getty, tty1, service; undefined when the name has no known unit type. */
export function unitNameParts(name: string): UnitNameParts | undefined {
  const dot = name.lastIndexOf('.');
  const type = name.slice(dot + 1);
  if (dot <= 0 || !(UNIT_TYPES as readonly string[]).includes(type)) return undefined;
  const stem = name.slice(0, dot);
  const at = stem.indexOf('@');
  return at < 0 ? { prefix: stem, instance: undefined, type } : { prefix: stem.slice(0, at), instance: stem.slice(at + 1), type };
}

/** What is wrong with a unit name as systemd reads it, in words; undefined when it is valid. */
export function unitNameProblem(name: string): string | undefined {
  if (name.length > MAX_UNIT_NAME) return `it is ${name.length} characters long, and systemd allows at most ${MAX_UNIT_NAME}`;
  const parts = unitNameParts(name);
  if (!parts) return `it does not end in a unit type (.${UNIT_TYPES.join(', .')})`;
  if (parts.prefix === '') return 'it has nothing before the type' + (parts.instance === undefined ? '' : " or the '@'");
  if (!PREFIX_CHARS.test(parts.prefix)) return `'${firstBad(parts.prefix, PREFIX_CHARS)}' is not allowed in a unit name (letters, digits and : - _ . \\ are)`;
  if (parts.instance && !INSTANCE_CHARS.test(parts.instance)) return `'${firstBad(parts.instance, INSTANCE_CHARS)}' is not allowed in an instance name`;
  return undefined;
}

function firstBad(text: string, allowed: RegExp): string {
  return [...text].find((c) => !allowed.test(c)) ?? text;
}

/**
 * The full new name for a rename of `oldName`, or why it cannot be: typed without a type suffix the
 * old one is added (`web` -> `web.service`); the type must stay, a template stays a template.
 */
export function renamedUnitName(oldName: string, typed: string): { name: string } | { problem: string } {
  const old = unitNameParts(oldName);
  if (!old) return { problem: `${oldName} is not a unit name` };
  const trimmed = typed.trim();
  if (trimmed === '') return { problem: 'the new name is empty' };
  let name = unitNameParts(trimmed) ? trimmed : `${trimmed}.${old.type}`;
  if (old.instance === '' && trimmed.endsWith('@')) name = `${trimmed}.${old.type}`;
  const problem = unitNameProblem(name);
  if (problem) return { problem: `${name} is not a valid unit name: ${problem}` };
  const parts = unitNameParts(name) as UnitNameParts;
  if (parts.type !== old.type) return { problem: `${name} is a .${parts.type} unit, and ${oldName} is a .${old.type}: a rename keeps the type` };
  if (old.instance === '' && parts.instance !== '') return { problem: `${oldName} is a template, so its new name must be one too (such as ${parts.prefix}@.${old.type})` };
  if (old.instance === undefined && parts.instance !== undefined) return { problem: `${oldName} is not a template, so its new name may not hold '@'` };
  return { name };
}

/** The same reference with the template's prefix changed: `foo@a.service` -> `bar@a.service` for foo@ -> bar@. */
export function withNewPrefix(reference: string, newName: string): string {
  const parts = unitNameParts(reference);
  const renamed = unitNameParts(newName);
  if (!parts || !renamed || parts.instance === undefined) return newName;
  return `${renamed.prefix}@${parts.instance}.${parts.type}`;
}
