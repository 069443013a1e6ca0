// The semantic token legend: which token types and modifiers the server sends, by index.
// Standard LSP names wherever one fits, so that every editor's theme already has a colour for them.
//
//   namespace    a section name: `Service`, `program` in `[program:web]`
//   class        a named thing the daemon manages: a unit in `After=`/`Wants=`/..., the program or
//                group name of `[program:web]` (with `declaration`), a program in `[group:x] programs=`
//   property     a directive or option name (`defaultLibrary`: the daemon defines it here;
//                `unknown`: it does not, in this section; `deprecated`: it has a newer spelling or is ignored)
//   enumMember   a word from the directive's own list: `on-failure` in `Restart=`, `infinity`, `SIGTERM`
//   keyword      a boolean where the directive takes one: `yes`, `off`, `true`
//   number       a number with its unit where the directive takes one: `5min 20s`, `512M`, `50%`, `0755`
//   macro        a systemd specifier where the directive expands them (`%i`, `%%`), a supervisor `%(name)s`
//   variable     `$VAR`/`${VAR}` in a command line; with `declaration`, the name set by `Environment=`
//   function     the program a command line runs
//   operator     the prefixes of a command line (`-`, `@`, `+`, ...) and of a condition (`|`, `!`)
//   string       the rest of a value, so that an editor's pattern-based colours do not show through
export const TOKEN_TYPES = [
  'namespace', 'class', 'property', 'enumMember', 'keyword', 'number', 'macro', 'variable', 'function', 'operator', 'string',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export const TOKEN_MODIFIERS = ['declaration', 'deprecated', 'defaultLibrary', 'unknown'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKENS_LEGEND: { tokenTypes: string[]; tokenModifiers: string[] } = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as Record<TokenType, number>;

export function typeIndex(type: TokenType): number {
  return TYPE_INDEX[type];
}

/** The modifier bit set of a list of modifiers. */
export function modifierBits(modifiers: readonly TokenModifier[] | undefined): number {
  let bits = 0;
  for (const m of modifiers ?? []) bits |= 1 << TOKEN_MODIFIERS.indexOf(m);
  return bits;
}

/** A token inside an entry's value; offsets are into `Entry.value`. */
export interface ValueSpan {
  start: number;
  end: number;
  type: TokenType;
  modifiers?: readonly TokenModifier[];
}

/**
 * What a value holds. `overlay` spans (specifiers, variables, expansions) win over `base` spans
 * (the words the value's kind gives meaning to), which win over the plain `string` filler.
 */
export interface ValueSpans {
  base: ValueSpan[];
  overlay: ValueSpan[];
}
