// A message catalog keyed by English templates with named placeholders
// (`Unknown section [{name}]: systemd ignores it`). Rules keep writing plain English; a message
// leaving the core is matched against the templates and rewritten in the target language.
// A placeholder written `{name:msg}` holds a message of its own, translated in turn (template.ts
// says how a message is matched).

import { fillTemplate, matchTemplate, parseTemplate, placeholders, type Template } from './template';

export { placeholders };

/** Kept translations at most; past it the cache starts again (messages repeat a lot, users' values do not). */
const CACHE_LIMIT = 5000;
/** `{x:msg}` inside `{y:msg}` inside ...: real messages nest two deep. */
const MAX_DEPTH = 4;

export class MessageCatalog {
  private readonly compiled: Template[];
  private readonly cache = new Map<string, string>();

  /**
   * `translations`: English template → template in the target language, with the same placeholders.
   * `exact`: whole texts with no placeholders (schema summaries), looked up before any template.
   */
  constructor(private readonly translations: Readonly<Record<string, string>>, private readonly exact: ReadonlyMap<string, string> = new Map()) {
    // Most literal text first, so that `{message:msg} Did you mean {name}?` loses to a template that says more.
    this.compiled = Object.keys(translations).map(parseTemplate).filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight);
  }

  /** The English template a message matches, with its placeholders' values; undefined when none does. */
  match(message: string): { template: string; values: Record<string, string> } | undefined {
    for (const c of this.compiled) {
      if (!message.includes(c.probe)) continue;
      const values = matchTemplate(c, message);
      if (values) return { template: c.english, values };
    }
    return undefined;
  }

  /** The message in the target language; a message no template matches stays as it is. */
  translate(message: string, depth = 0): string {
    const kept = this.exact.get(message) ?? this.cache.get(message);
    if (kept !== undefined) return kept;
    const found = depth < MAX_DEPTH ? this.match(message) : undefined;
    const result = found
      ? fillTemplate(this.translations[found.template], found.values, (inner) => this.translate(inner, depth + 1))
      : message;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(message, result);
    return result;
  }

  /** The pieces of a message no template matches: the message itself, or a `{name:msg}` value inside it. For tests. */
  untranslated(message: string, depth = 0): string[] {
    if (this.exact.has(message)) return [];
    const found = depth < MAX_DEPTH ? this.match(message) : undefined;
    if (!found) return [message];
    const nested = placeholders(found.template).filter((p) => p.endsWith(':msg')).map((p) => p.slice(0, -':msg'.length));
    return nested.flatMap((name) => this.untranslated(found.values[name], depth + 1));
  }

  /** One of our own templates filled with its values, in the target language (English when it has none). */
  format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
    const strings = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
    return fillTemplate(this.translations[template] ?? template, strings, (inner) => this.translate(inner));
  }
}
