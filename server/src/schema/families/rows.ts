// The shapes of the generated family tables (scripts/data/gen-family-schemas.mjs writes them).

/** [section, key, parser (without `config_parse_`), first release, last release (absent while current)]. */
export type FamilyKeyRow = readonly [string, string, string, number, number?];

/** The words an enum parser's string table holds; `booleans` when yes/no are read too, `list` for several words. */
export interface FamilyEnum {
  values: readonly string[];
  booleans?: boolean;
  list?: boolean;
}
