// The words a value may take, for completion: enum values at the target release, or booleans.
import type { DirectiveSpec, EnumValue, Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { plainText } from './inlineText';

const BOOLEAN_WORDS: EnumValue[] = [
  { name: 'yes', summary: 'Turn it on.' },
  { name: 'no', summary: 'Turn it off.' },
  { name: 'true', summary: 'Turn it on.' },
  { name: 'false', summary: 'Turn it off.' },
];

export function valueCompletions(directive: DirectiveSpec, version: Version): EnumValue[] {
  const spec = directive.value;
  // Summaries become completion details, which are plain text: no code-span backticks.
  const values = (spec.values ?? []).filter((v) => versionWithin(version, v.since, v.until))
    .map((v) => (v.summary?.includes('`') ? { ...v, summary: plainText(v.summary) } : v));
  if (spec.kind !== 'boolean' && !spec.booleans) return values;
  const named = new Set(values.map((v) => v.name));
  return [...values, ...BOOLEAN_WORDS.filter((w) => !named.has(w.name))];
}
