// Words from a fixed list, aware of the release that added or dropped each word. Enum specs may also
// take booleans (`booleans`), several words (`list`, `~` inverts), prefix forms (values ending in `:`,
// such as `file:PATH`) and, when `min`/`max` are set, a number in that range (log levels, priorities).
import type { EnumValue, ValueSpec } from '../../schema/types';
import { compareVersions } from '../../schema/version';
import type { ValueContext, ValueIssue, ValueValidator } from '../types';
import { parseBoolean } from './boolean';
import { error, words } from './issue';

export const VALUE_NEWER = 'systemd/value-newer-than-target';
export const VALUE_REMOVED = 'systemd/value-removed';

/** Words that may carry a `:NAME` suffix (ProtectHostname=private:myhost), and since when. */
const NAMED_FORMS: Readonly<Record<string, { words: string[]; since: number }>> = {
  ProtectHostname: { words: ['yes', 'private'], since: 258 },
};

function checkWord(word: string, start: number, spec: ValueSpec, context: ValueContext): ValueIssue[] {
  const end = start + word.length;
  const named = NAMED_FORMS[context.key];
  const colon = word.indexOf(':');
  if (named && colon > 0 && named.words.includes(word.slice(0, colon)) && word.length > colon + 1) {
    if (compareVersions(context.version, named.since) >= 0) return [];
    return [error(`${context.key}=${word.slice(0, colon)}:NAME needs systemd ${named.since}; the target is ${context.version}.`,
      start, end, VALUE_NEWER)];
  }
  // Enums that take booleans grew out of boolean settings: yes/no were valid before the word table existed.
  if (spec.booleans && parseBoolean(word) !== undefined) return [];
  const values = spec.values ?? [];
  const found: EnumValue | undefined = values.find((v) => v.name === word)
    ?? values.find((v) => v.name.endsWith(':') && word.startsWith(v.name));
  if (found) {
    if (found.since !== undefined && compareVersions(context.version, found.since) < 0) {
      return [error(`${context.key}=${found.name} needs systemd ${found.since}; the target is ${context.version}.`, start, end, VALUE_NEWER)];
    }
    if (found.until !== undefined && compareVersions(context.version, found.until) > 0) {
      return [error(`${context.key}=${found.name} was last accepted by systemd ${found.until}; the target is ${context.version}.`, start, end, VALUE_REMOVED)];
    }
    return [];
  }
  if (spec.min !== undefined && /^[0-9]+$/.test(word) && Number(word) >= spec.min && Number(word) <= (spec.max ?? Infinity)) return [];
  const allowed = values.filter((v) => !v.name.endsWith(':') && (v.since === undefined || compareVersions(context.version, v.since) >= 0)
    && (v.until === undefined || compareVersions(context.version, v.until) <= 0)).map((v) => v.name);
  // A directive newer than the target has no words at the target: name them all rather than none.
  const words = allowed.length ? allowed : values.filter((v) => !v.name.endsWith(':')).map((v) => v.name);
  const expected = words.length ? `one of: ${words.join(', ')}${spec.booleans ? ', or a boolean' : ''}` : 'a boolean';
  return [error(`'${word}' is not a valid ${context.key}= value; expected ${expected}.`, start, end)];
}

export const validateEnum: ValueValidator = (value, spec, context) => {
  if (value.trim() === '') return [];
  if (!spec.list) return checkWord(value.trim(), value.indexOf(value.trim()), spec, context);
  if (spec.booleans && parseBoolean(value.trim()) !== undefined) return [];
  const issues: ValueIssue[] = [];
  for (const w of words(value)) {
    const inverted = w.text.startsWith('~') ? 1 : 0;
    if (w.text.length === inverted) continue;
    issues.push(...checkWord(w.text.slice(inverted), w.start + inverted, spec, context));
  }
  return issues;
};
