// systemd's C parser of a family key -> how its value is written and checked. Only parsers whose syntax
// is the same as a unit parser's get a validator (the same one); any other parser's value is shown as
// text and never judged, so a value the daemon accepts is never reported.
import type { ValueSpec } from '../types';
import { familyEnums } from './enums.generated';
import { keySpecs, parserSpecs } from './parsers';

/** Kinds whose key keeps one value: setting it again replaces the earlier one. */
const SCALAR_KINDS = new Set(['boolean', 'timespan', 'bytes', 'integer', 'path']);

export function familyValueSpec(parser: string, key = ''): ValueSpec {
  const fixed = keySpecs[`${key} ${parser}`] ?? parserSpecs[parser];
  if (fixed) return fixed;
  const words = familyEnums[parser];
  if (words) {
    return { kind: 'enum', values: words.values.map((name) => ({ name })), ...(words.booleans ? { booleans: true } : {}),
      ...(words.list ? { list: true } : {}), label: words.list ? 'list of words' : 'one of the words listed' };
  }
  return { kind: 'text', label: 'value (read by the daemon; not checked here)' };
}

/** Whether repeating the key adds to it (lists, and any value we do not know to be single). */
export function familyRepeatable(spec: ValueSpec): boolean {
  if (spec.list) return true;
  if (spec.kind === 'enum') return false;
  return !SCALAR_KINDS.has(spec.kind);
}
