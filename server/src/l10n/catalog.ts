// A message catalog keyed by English templates with named placeholders
// (`Unknown section [{name}]: systemd ignores it`). Rules keep writing plain English; a message
// leaving the core is matched against the templates and rewritten in the target language.
// A placeholder written `{name:msg}` holds a message of its own, translated in turn. Placeholders
// named for numbers and releases (`since`, `line`, ...) match one word only, so that a template
// ending in `(from systemd {since}).` cannot swallow advice appended after it.

interface Part { literal: string; name?: string; nested?: boolean }

interface Compiled {
  english: string;
  parts: Part[];
  matcher: RegExp;
  /** The longest literal piece: a cheap `includes` test before the regular expression. */
  probe: string;
  /** How much of the template is literal text: the most specific template wins. */
  weight: number;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(:msg)?\}/g;

/** The placeholders of a template, as written (`name` or `name:msg`), in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] + (m[2] ?? ''));
}

function parse(template: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push({ literal: template.slice(at, m.index) });
    parts.push({ literal: '', name: m[1], nested: m[2] !== undefined });
    at = (m.index ?? 0) + m[0].length;
  }
  parts.push({ literal: template.slice(at) });
  return parts.filter((p) => p.name !== undefined || p.literal !== '');
}

const ONE_WORD = new Set(['since', 'until', 'version', 'target', 'release', 'line', 'n', 'min', 'max']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(english: string): Compiled {
  const parts = parse(english);
  const literals = parts.filter((p) => p.name === undefined).map((p) => p.literal);
  const source = parts.map((p) => (p.name === undefined ? escapeRegExp(p.literal) : ONE_WORD.has(p.name) ? '(\\S*?)' : '([\\s\\S]*?)')).join('');
  return {
    english, parts, matcher: new RegExp(`^${source}$`),
    probe: literals.reduce((a, b) => (b.length > a.length ? b : a), ''),
    weight: literals.reduce((n, l) => n + l.length, 0),
  };
}

/** Fills a template's placeholders; `{name:msg}` values go through `nested` first. */
function fill(template: string, values: Readonly<Record<string, string>>, nested: (text: string) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string, msg: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    return msg ? nested(value) : value;
  });
}

/** Kept translations at most; past it the cache starts again (messages repeat a lot, users' values do not). */
const CACHE_LIMIT = 5000;
/** `{x:msg}` inside `{y:msg}` inside ...: real messages nest two deep. */
const MAX_DEPTH = 4;

export class MessageCatalog {
  private readonly compiled: Compiled[];
  private readonly cache = new Map<string, string>();

  /**
   * `translations`: English template → template in the target language, with the same placeholders.
   * `exact`: whole texts with no placeholders (schema summaries), looked up before any template.
   */
  constructor(private readonly translations: Readonly<Record<string, string>>, private readonly exact: ReadonlyMap<string, string> = new Map()) {
    // Most literal text first, so that `{message:msg} Did you mean {name}?` loses to a template that says more.
    this.compiled = Object.keys(translations).map(compile).filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight);
  }

  /** The English template a message matches, with its placeholders' values; undefined when none does. */
  match(message: string): { template: string; values: Record<string, string> } | undefined {
    for (const c of this.compiled) {
      if (!message.includes(c.probe)) continue;
      const m = c.matcher.exec(message);
      if (!m) continue;
      const values: Record<string, string> = {};
      let group = 1;
      for (const p of c.parts) if (p.name !== undefined) values[p.name] = m[group++];
      return { template: c.english, values };
    }
    return undefined;
  }

  /** The message in the target language; a message no template matches stays as it is. */
  translate(message: string, depth = 0): string {
    const kept = this.exact.get(message) ?? this.cache.get(message);
    if (kept !== undefined) return kept;
    const found = depth < MAX_DEPTH ? this.match(message) : undefined;
    const result = found
      ? fill(this.translations[found.template], found.values, (inner) => this.translate(inner, depth + 1))
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
    return fill(this.translations[template] ?? template, strings, (inner) => this.translate(inner));
  }
}
