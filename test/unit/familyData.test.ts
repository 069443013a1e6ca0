// The pure readers of scripts/data/gen-family-schemas.mjs, on small texts we write in systemd's shapes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain .mjs script with no types
import { keyHistory, parseBooleanLookups, parseConfigTable, parseEnumMacros, parseGperf, parseStringTables } from '../../scripts/data/familySources.mjs';

interface Row { section: string; key: string; parser: string }
const rows = (list: Row[]) => list.map((r) => `${r.section}.${r.key}=${r.parser}`);

describe('family data readers', () => {
  it('reads gperf rows after %%, skipping comments and the preamble', () => {
    const text = '%{\n#include "x.h"\n%}\nstruct ConfigPerfItem;\n%%\nFoo.Mode,  config_parse_foo_mode, 0, offsetof(X, mode)\n# a comment\nFoo.Old,   NULL, 0, 0\nBar.Size,config_parse_iec_size,0,0\n';
    assert.deepEqual(rows(parseGperf(text) as Row[]), ['Foo.Mode=foo_mode', 'Foo.Old=NULL', 'Bar.Size=iec_size']);
    assert.deepEqual(parseGperf('no table here'), []);
  });

  it('reads ConfigTableItem arrays, comments between fields included', () => {
    const text = 'static const ConfigTableItem items[] = {\n { "Nap", "Allow", config_parse_tristate, 0, &a },\n { "Nap", "Legacy", /* old */ config_parse_warn_compat, 0, NULL },\n {}\n};';
    assert.deepEqual(rows(parseConfigTable(text) as Row[]), ['Nap.Allow=tristate', 'Nap.Legacy=warn_compat']);
  });

  it('follows enum parser macros to their string tables', () => {
    const macros = parseEnumMacros('DEFINE_CONFIG_PARSE_ENUM(config_parse_foo_mode, foo_mode, FooMode, "bad");\nDEFINE_CONFIG_PARSE_ENUMV(config_parse_foo_list, foo_mode, FooMode, _FOO_INVALID, "bad");\nDEFINE_CONFIG_PARSE_ENUM_FULL(config_parse_bar, bar_from_string, Bar, "bad");') as Map<string, { lookup: string; list: boolean }>;
    assert.deepEqual([...macros], [['foo_mode', { lookup: 'foo_mode', list: false }], ['foo_list', { lookup: 'foo_mode', list: true }], ['bar', { lookup: 'bar', list: false }]]);
    const tables = parseStringTables('static const char* const foo_mode_table[_FOO_MAX] = {\n [FOO_A] = "alpha",\n [FOO_B] = "beta",\n};') as Map<string, string[]>;
    assert.deepEqual(tables.get('foo_mode'), ['alpha', 'beta']);
    assert.deepEqual([...(parseBooleanLookups('DEFINE_STRING_TABLE_LOOKUP_WITH_BOOLEAN(foo_mode, FooMode, FOO_A);') as Set<string>)], ['foo_mode']);
  });

  it('dates each key by the first and last release that has it', () => {
    const r = (key: string, parser = 'bool') => ({ section: 'S', key, parser });
    const history = keyHistory([{ version: 230, rows: [r('A'), r('Gone')] }, { version: 240, rows: [r('A', 'tristate'), r('New')] }]) as unknown[];
    assert.deepEqual(history, [
      { section: 'S', key: 'A', parser: 'tristate', first: 230, last: undefined },
      { section: 'S', key: 'Gone', parser: 'bool', first: 230, last: 230 },
      { section: 'S', key: 'New', parser: 'bool', first: 240, last: undefined },
    ]);
  });
});
