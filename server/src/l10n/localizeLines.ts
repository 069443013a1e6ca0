// Markdown built by a feature that writes English line by line (the timer hover): each line is a
// message of its own for the catalog, so the feature needs no translator; unknown lines stay.
import type { Translator } from './translator';

export function localizeLines(markdown: string, t: Translator): string {
  return t.locale === 'en' ? markdown : markdown.split('\n').map((line) => (line === '' ? line : t.message(line))).join('\n');
}
