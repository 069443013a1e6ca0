// Unit names: `name.type`, with an optional `@instance`; lists are whitespace-separated.
import type { ValueIssue, ValueValidator } from '../types';
import { error, words } from './issue';

export const UNIT_SUFFIXES = ['service', 'socket', 'target', 'device', 'mount', 'automount', 'swap', 'timer', 'path', 'slice', 'scope'];
const NAME = new RegExp(`^[A-Za-z0-9:_.\\\\-]+(?:@[A-Za-z0-9:_.\\\\-]*)?\\.(${UNIT_SUFFIXES.join('|')})$`);

export function isUnitName(name: string): boolean {
  return name.length <= 255 && NAME.test(name);
}

/** The suffix a key demands of its unit (Service= in [Socket] names a service, Slice= a slice). */
function requiredType(key: string): string | undefined {
  if (key === 'Service') return 'service';
  if (key === 'Slice') return 'slice';
  if (key === 'Sockets') return 'socket';
  return undefined;
}

function checkUnit(text: string, start: number, key: string): ValueIssue[] {
  // A specifier is expanded when the unit is loaded (and by systemctl in [Install]); the name depends on it.
  if (/%[A-Za-z0-9]/.test(text.replace(/%%/g, ''))) return [];
  const end = start + text.length;
  if (!isUnitName(text)) {
    const hint = /\.[a-z]+$/.test(text) ? '' : ` (a unit name ends in .service, .target, .socket, ...)`;
    return [error(`'${text}' is not a valid unit name${hint}.`, start, end)];
  }
  const type = requiredType(key);
  if (type && !text.endsWith(`.${type}`)) return [error(`${key}= must name a .${type} unit.`, start, end)];
  if (key === 'Service' && text.includes('@.')) return [error(`${key}= needs an instance, not a template: write name@instance.service.`, start, end)];
  if (key === 'Unit' && (text.endsWith('.timer') || text.endsWith('.path'))) {
    return [error(`${key}= cannot name a .timer or .path unit.`, start, end)];
  }
  return [];
}

export const validateUnits: ValueValidator = (value, _spec, context) =>
  words(value).flatMap((w) => checkUnit(w.text, w.start, context.key));

export const validateUnit: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  return v === '' ? [] : checkUnit(v, value.indexOf(v), context.key);
};
