// Documentation= URLs as systemd's documentation_url_is_valid() takes them: http://, https://, file:/,
// man: and info: with something after the scheme, in ASCII.
import { expands } from './specifiers';
import type { ValueValidator } from '../types';
import { error, quotedWords } from './issue';

export function isDocumentationUrl(url: string): boolean {
  const rest = /^(?:https?:\/\/|file:\/|man:|info:)(.*)$/s.exec(url)?.[1];
  return rest !== undefined && rest !== '' && /^[\x01-\x7f]*$/.test(rest);
}

export const validateDocumentation: ValueValidator = (value, _spec, context) => {
  const { words, unbalanced } = quotedWords(value);
  if (unbalanced) return [error('Unbalanced quotes.', 0, value.length)];
  return words.filter((w) => !expands(w.text, context.key) && !isDocumentationUrl(w.text)).map((w) =>
    error(`'${w.text}' is not a documentation URL systemd takes: use http://, https://, file:/, man: or info:, in ASCII.`, w.start, w.end));
};
