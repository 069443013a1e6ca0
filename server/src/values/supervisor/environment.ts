// `environment=KEY="value",KEY2=value`: supervisor's dict_of_key_value_pairs, checked on the
// same tokens Python's shlex gives it.
import type { ValueIssue, ValueValidator } from '../types';
import { at } from './issue';
import { lex } from './shlex';

/** The pairs as supervisor reads them, or the first problem. */
export function parseEnvironment(value: string): { pairs: Map<string, string>; issues: ValueIssue[] } {
  const pairs = new Map<string, string>();
  const issues: ValueIssue[] = [];
  const { tokens, unclosedQuote } = lex(value);
  if (unclosedQuote !== undefined) {
    return { pairs, issues: [at(unclosedQuote, value.length, 'This quote is never closed; supervisord refuses the value.')] };
  }
  for (let i = 0; i < tokens.length; i += 4) {
    const [key, eq, val] = tokens.slice(i, i + 3);
    if (!eq || eq.text !== '=' || !val) {
      const from = key.start;
      const to = (val ?? eq ?? key).end;
      const hint = value.slice(from, to).includes(' ') || (eq && eq.text !== '=')
        ? ' Separate pairs with commas and quote values that hold spaces, commas or other punctuation: KEY="a b".'
        : '';
      return { pairs, issues: [at(from, to, `Expected KEY=value here.${hint}`)] };
    }
    const sep = tokens[i + 3];
    if (sep && sep.text !== ',') {
      issues.push(at(val.start, sep.end, `Expected a comma after '${val.text}': supervisord drops '${sep.text}' and may misread the rest. Quote values that hold punctuation: ${key.text}="…".`, 'warning'));
    }
    pairs.set(key.text, val.text.replace(/^['"]+|(?<!['"])['"]+$/g, ''));
  }
  return { pairs, issues };
}

export const environment: ValueValidator = (value) => {
  return parseEnvironment(value).issues;
};
