// One English template (`Unknown section [{section}]: systemd ignores it.`) split into its literal
// pieces and placeholders, and matched against a message without regular expressions: messages
// quote what users wrote, and a backtracking matcher took seconds on a long, hostile value.

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(:msg)?\}/g;

/**
 * Placeholders named for numbers and releases match one word only, so that a template ending in
 * `(from systemd {since}).` cannot swallow advice appended after it.
 */
const ONE_WORD = new Set(['since', 'until', 'version', 'target', 'release', 'line', 'n', 'min', 'max']);

/** Where the literal pieces of a template may be looked for, per match: enough for real messages, bounded for hostile ones. */
const MATCH_BUDGET = 64;

export interface Template {
  english: string;
  /** The literal text around the placeholders: one more than there are placeholders (some may be empty). */
  literals: string[];
  names: string[];
  /** Placeholder `i` holds a message translated in turn (`{name:msg}`). */
  nested: boolean[];
  /** The longest literal piece: a cheap `includes` test before matching. */
  probe: string;
  /** How much of the template is literal text: the most specific template wins. */
  weight: number;
}

/** The placeholders of a template, as written (`name` or `name:msg`), in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] + (m[2] ?? ''));
}

export function parseTemplate(english: string): Template {
  const literals: string[] = [];
  const names: string[] = [];
  const nested: boolean[] = [];
  let at = 0;
  for (const m of english.matchAll(PLACEHOLDER)) {
    literals.push(english.slice(at, m.index));
    names.push(m[1]);
    nested.push(m[2] !== undefined);
    at = (m.index ?? 0) + m[0].length;
  }
  literals.push(english.slice(at));
  return {
    english, literals, names, nested,
    probe: literals.reduce((a, b) => (b.length > a.length ? b : a), ''),
    weight: literals.reduce((n, l) => n + l.length, 0),
  };
}

/**
 * The placeholders' values when `message` is an instance of `template`, else undefined. Each
 * literal piece is tried at its first occurrence, then later ones, as a lazy regular expression
 * would; past MATCH_BUDGET tries the message counts as not matching.
 */
export function matchTemplate(template: Template, message: string): Record<string, string> | undefined {
  const { literals, names } = template;
  const first = literals[0];
  const last = literals[literals.length - 1];
  if (names.length === 0) return message === first ? {} : undefined;
  if (message.length < first.length + last.length || !message.startsWith(first) || !message.endsWith(last)) return undefined;
  const end = message.length - last.length;
  const values: string[] = [];
  let budget = MATCH_BUDGET;
  const fits = (i: number, value: string) => !ONE_WORD.has(names[i]) || !/\s/.test(value);
  // Placeholder `i` starts at `from`; the literal after it is searched for, except the last, anchored at the end.
  const search = (i: number, from: number): boolean => {
    if (i === names.length - 1) {
      const value = message.slice(from, end);
      if (from > end || !fits(i, value)) return false;
      values[i] = value;
      return true;
    }
    const literal = literals[i + 1];
    for (let at = message.indexOf(literal, from); at >= 0 && at + literal.length <= end; at = message.indexOf(literal, at + 1)) {
      if (--budget < 0) return false;
      const value = message.slice(from, at);
      // A one-word value only grows with later occurrences: once it does not fit, none will.
      if (!fits(i, value)) return false;
      values[i] = value;
      if (search(i + 1, at + literal.length)) return true;
    }
    return false;
  };
  if (!search(0, first.length)) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, values[i]]));
}

/** Fills a template's placeholders; `{name:msg}` values go through `nested` first. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>, nested: (text: string) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string, msg: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    return msg ? nested(value) : value;
  });
}
