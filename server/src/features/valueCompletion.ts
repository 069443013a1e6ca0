// The words a value may take, for completion: enum values at the target release, or booleans.
import type { DirectiveSpec, EnumValue, Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { plainText } from './inlineText';
import { english, type Translator } from '../l10n/translator';

const BOOLEAN_WORDS: EnumValue[] = [
  { name: 'yes', summary: 'Turn it on.' },
  { name: 'no', summary: 'Turn it off.' },
  { name: 'true', summary: 'Turn it on.' },
  { name: 'false', summary: 'Turn it off.' },
];

export function valueCompletions(directive: DirectiveSpec, version: Version, t: Translator = english): EnumValue[] {
  const spec = directive.value;
  // Summaries become completion details, which are plain text: no code-span backticks.
  const values = (spec.values ?? []).filter((v) => versionWithin(version, v.since, v.until))
    .map((v) => {
      const summary = v.summary === undefined ? undefined : t.schema(v.summary);
      return summary === v.summary && !summary?.includes('`') ? v : { ...v, summary: summary && plainText(summary) };
    });
  if (spec.kind !== 'boolean' && !spec.booleans) return values;
  const named = new Set(values.map((v) => v.name));
  return [...values, ...BOOLEAN_WORDS.filter((w) => !named.has(w.name)).map((w) => ({ ...w, summary: t.schema(w.summary ?? '') }))];
}
