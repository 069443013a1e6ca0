// What the features use to write in the user's language: messages rules wrote, our own templates,
// and schema text (summaries, value meanings), each falling back to English where no translation is.
import { MessageCatalog } from './catalog';
import type { Locale } from './locale';
import { zhCnMessages, zhCnSchemaText } from './zh-cn';

export interface Translator {
  readonly locale: Locale;
  /** A message a rule wrote (diagnostic, quick-fix title), matched against the catalog's templates. */
  message(text: string): string;
  /** One of our own templates with its values filled in (`Since {version}`). */
  format(template: string, values?: Readonly<Record<string, string | number>>): string;
  /** A piece of schema text: a summary, a value's meaning, a value type (exact text first, then templates). */
  schema(text: string): string;
}

const fillEnglish = (template: string, values: Readonly<Record<string, string | number>> = {}) =>
  template.replace(/\{([A-Za-z][A-Za-z0-9]*)(?::msg)?\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));

export const english: Translator = {
  locale: 'en',
  message: (text) => text,
  format: fillEnglish,
  schema: (text) => text,
};

function catalogTranslator(locale: Locale, messages: Readonly<Record<string, string>>, schemaText: ReadonlyMap<string, string>): Translator {
  const catalog = new MessageCatalog(messages, schemaText);
  return {
    locale,
    message: (text) => catalog.translate(text),
    format: (template, values) => catalog.format(template, values),
    schema: (text) => catalog.translate(text),
  };
}

let zhCn: Translator | undefined;

/** The translator for a locale; the catalog is compiled on first use and kept. */
export function translatorFor(locale: Locale): Translator {
  if (locale === 'en') return english;
  return (zhCn ??= catalogTranslator('zh-cn', zhCnMessages(), zhCnSchemaText()));
}
