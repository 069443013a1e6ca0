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

/** Summaries become completion details, which are plain text: no code-span backticks. */
function asDetail(v: EnumValue, t: Translator): EnumValue {
  const summary = v.summary === undefined ? undefined : t.schema(v.summary);
  return summary === v.summary && !summary?.includes('`') ? v : { ...v, summary: summary && plainText(summary) };
}

const takesBooleans = (directive: DirectiveSpec) => directive.value.kind === 'boolean' || directive.value.booleans === true;

export function valueCompletions(directive: DirectiveSpec, version: Version, t: Translator = english): EnumValue[] {
  const values = (directive.value.values ?? []).filter((v) => versionWithin(version, v.since, v.until)).map((v) => asDetail(v, t));
  if (!takesBooleans(directive)) return values;
  const named = new Set(values.map((v) => v.name));
  return [...values, ...BOOLEAN_WORDS.filter((w) => !named.has(w.name)).map((w) => ({ ...w, summary: t.schema(w.summary ?? '') }))];
}

/** The detail `valueCompletions` gives the value `name` (at any release), for completionItem/resolve. */
export function valueDetail(directive: DirectiveSpec, name: string, t: Translator = english): string | undefined {
  const value = directive.value.values?.find((v) => v.name === name);
  if (value) return asDetail(value, t).summary;
  const word = takesBooleans(directive) ? BOOLEAN_WORDS.find((w) => w.name === name) : undefined;
  return word && t.schema(word.summary ?? '');
}
