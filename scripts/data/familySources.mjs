// Pure readers of systemd's source text for the directive tables of its other INI families: gperf
// tables, ConfigTableItem arrays in C, the enum parser macros and the string tables behind them.
// No I/O here, so a unit test can feed them small texts of our own (test/unit/familyData.test.ts).

/** Where each family's table lives: candidate files, newest first (files moved between releases); the first that has rows counts. */
const gperf = (...paths) => paths.map((path) => ({ format: 'gperf', path }));
const c = (...paths) => paths.map((path) => ({ format: 'c', path }));
export const FAMILY_SOURCES = {
  network: gperf('src/network/networkd-network-gperf.gperf'),
  netdev: gperf('src/network/netdev/netdev-gperf.gperf', 'src/network/networkd-netdev-gperf.gperf'),
  link: gperf('src/udev/net/link-config-gperf.gperf'),
  nspawn: gperf('src/nspawn/nspawn-gperf.gperf'),
  journald: gperf('src/journal/journald-gperf.gperf'),
  logind: gperf('src/login/logind-gperf.gperf'),
  resolved: gperf('src/resolve/resolved-gperf.gperf'),
  timesyncd: gperf('src/timesync/timesyncd-gperf.gperf'),
  networkd: gperf('src/network/networkd-gperf.gperf'),
  homed: gperf('src/home/homed-gperf.gperf'),
  system: c('src/core/main.c'),
  coredump: [...gperf('src/coredump/coredump-gperf.gperf'), ...c('src/coredump/coredump.c', 'src/journal/coredump.c')],
  sleep: c('src/shared/sleep-config.c', 'src/sleep/sleep.c'),
  oomd: c('src/oom/oomd-conf.c', 'src/oom/oomd.c'),
  pstore: c('src/pstore/pstore.c'),
};

/** The rows of one candidate file's text. */
export function parseSource(format, text) {
  return format === 'gperf' ? parseGperf(text) : parseConfigTable(text);
}

/** `Section.Key, config_parse_x, ltype, offset` rows after the gperf `%%` line. */
export function parseGperf(text) {
  const rows = [];
  const start = text.indexOf('\n%%');
  if (start < 0) return rows;
  const body = text.slice(start + 3);
  const end = body.indexOf('\n%%');
  for (const line of (end < 0 ? body : body.slice(0, end)).split('\n')) {
    const m = /^([A-Za-z][\w-]*)\.([A-Za-z][\w-]*)\s*,\s*(config_parse_\w+|NULL)\s*,/.exec(line.trim());
    if (m) rows.push({ section: m[1], key: m[2], parser: m[3] === 'NULL' ? 'NULL' : m[3].slice('config_parse_'.length) });
  }
  return rows;
}

/** `{ "Section", "Key", config_parse_x, ... }` items of ConfigTableItem arrays in C. */
export function parseConfigTable(text) {
  const rows = [];
  const item = /\{\s*"([A-Za-z][\w-]*)"\s*,\s*"([A-Za-z][\w-]*)"\s*,(?:\s*\/\*[^*]*\*\/)?\s*(config_parse_\w+|NULL)\s*,/g;
  for (const m of text.matchAll(item)) {
    rows.push({ section: m[1], key: m[2], parser: m[3] === 'NULL' ? 'NULL' : m[3].slice('config_parse_'.length) });
  }
  return rows;
}

/**
 * The enum parsers the macros define: parser (without `config_parse_`) -> the lookup it calls and
 * whether it reads a list (DEFINE_CONFIG_PARSE_ENUMV).
 */
export function parseEnumMacros(text) {
  const out = new Map();
  const macro = /DEFINE_CONFIG_PARSE_ENUM(V|_WITH_DEFAULT|_FULL)?\(\s*config_parse_(\w+)\s*,\s*(\w+)\s*,/g;
  for (const m of text.matchAll(macro)) {
    const lookup = m[1] === '_FULL' ? m[3].replace(/_from_string$/, '') : m[3];
    out.set(m[2], { lookup, list: m[1] === 'V' });
  }
  return out;
}

/** `name_table[] = { [X] = "word", ... }` string tables: name -> words, in order. */
export function parseStringTables(text) {
  const out = new Map();
  const table = /(\w+)_table\s*\[[^\]]*\]\s*=\s*\{([^}]*)\}/g;
  for (const m of text.matchAll(table)) {
    const words = [...m[2].matchAll(/\[\s*\w+\s*\]\s*=\s*"([^"]*)"/g)].map((w) => w[1]);
    if (words.length) out.set(m[1], words);
  }
  return out;
}

/** Lookups whose `_from_string` also takes a boolean (DEFINE_STRING_TABLE_LOOKUP_WITH_BOOLEAN). */
export function parseBooleanLookups(text) {
  return new Set([...text.matchAll(/DEFINE_(?:PRIVATE_)?STRING_TABLE_LOOKUP(?:_FROM_STRING)?_WITH_BOOLEAN\(\s*(\w+)\s*,/g)].map((m) => m[1]));
}

/**
 * Per key, the first and last tag that have it and the parser of the newest one. `seen` is a list of
 * { version, rows } in release order; `last` is left out while the newest scanned tag has the key.
 */
export function keyHistory(seen) {
  const newest = seen.length ? seen[seen.length - 1].version : undefined;
  const keys = new Map();
  for (const { version, rows } of seen) {
    for (const row of rows) {
      const id = `${row.section}.${row.key}`;
      const known = keys.get(id);
      if (known) Object.assign(known, { parser: row.parser, last: version });
      else keys.set(id, { section: row.section, key: row.key, parser: row.parser, first: version, last: version });
    }
  }
  return [...keys.values()].map((k) => (k.last === newest ? { ...k, last: undefined } : k))
    .sort((a, b) => a.section.localeCompare(b.section) || a.key.localeCompare(b.key));
}
