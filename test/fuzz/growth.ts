// Inputs that grow: a fixed frame around a run of one piece repeated k times. The complexity
// fuzzer (complexity.ts) doubles k and watches how the time of each analysis step grows.
import type { Dialect } from '../../server/src/parse/model';
import { supervisorSchema } from '../../server/src/schema/supervisor';
import { systemdSchema } from '../../server/src/schema/systemd';
import type { DialectSchema } from '../../server/src/schema/types';
import { Rng } from './prng';

export interface Series {
  /** Says what grows, e.g. `supervisor value of result_handler: 'a' + ' '×k + '!'`. */
  name: string;
  dialect: Dialect;
  uri: string;
  languageHint: string;
  /** The text with the piece repeated `k` times. */
  text(k: number): string;
}

const SYSTEMD_URI = 'file:///fuzz/units/grow.service';
const SUPERVISOR_URI = 'file:///fuzz/supervisor/supervisord.conf';

function series(dialect: Dialect, name: string, before: string, piece: string, after: string): Series {
  return {
    name: `${dialect} ${name}: ${JSON.stringify(before.slice(-40))} + ${JSON.stringify(piece)}×k + ${JSON.stringify(after.slice(0, 40))}`,
    dialect,
    uri: dialect === 'systemd' ? SYSTEMD_URI : SUPERVISOR_URI,
    languageHint: dialect === 'systemd' ? 'systemd-unit' : 'supervisor-conf',
    text: (k) => before + piece.repeat(k) + after,
  };
}

/** Document-level runs: blank lines, many sections or entries, continuations, nested brackets, comments. */
const DOCUMENT_RUNS: readonly [Dialect, string, string, string, string][] = [
  ['systemd', 'blank lines', '[Unit]\nDescription=x\n', '\n', '[Service]\nExecStart=/bin/true\n'],
  ['systemd', 'blank lines before a header', '', '\n', '[Unit]\n'],
  ['systemd', 'whitespace lines', '[Unit]\n', ' \t\n', 'Description=x\n'],
  ['systemd', 'CR line ends', '[Unit]\r', '\r', 'Description=x\r'],
  ['systemd', 'continuation lines', '[Service]\nExecStart=/bin/echo \\\n', ' a \\\n', ' b\n'],
  ['systemd', 'bare backslash lines', '[Service]\nExecStart=/bin/echo \\\n', '\\\n', '\n'],
  ['systemd', 'comments in a continuation', '[Service]\nExecStart=/bin/echo \\\n', '# c\n', ' b\n'],
  ['systemd', 'repeated directive', '[Unit]\n', 'After=a.service\n', ''],
  ['systemd', 'repeated section', '', '[Unit]\nDescription=x\n', ''],
  ['systemd', 'unknown directives', '[Service]\n', 'Bogus=1\n', ''],
  ['systemd', 'lines without =', '[Service]\n', 'garbage\n', ''],
  ['systemd', 'nested brackets in a header', '', '[', 'Unit]\n'],
  ['systemd', 'unclosed headers', '', '[Unit\n', ''],
  ['systemd', 'header with spaces', '[', ' ', 'Unit]\n'],
  ['supervisor', 'blank lines', '[supervisord]\nlogfile=/tmp/x\n', '\n', '[program:x]\ncommand=/bin/true\n'],
  ['supervisor', 'blank lines before a header', '', '\n', '[program:x]\ncommand=/bin/true\n'],
  ['supervisor', 'whitespace lines', '[program:x]\n', ' \t\n', 'command=/bin/true\n'],
  ['supervisor', 'continuation lines', '[program:x]\nenvironment=A=1\n', '  ,B=2\n', ''],
  ['supervisor', 'comment lines', '[program:x]\n', '; c\n', 'command=/bin/true\n'],
  ['supervisor', 'repeated option', '[program:x]\n', 'command=/bin/true\n', ''],
  ['supervisor', 'repeated section', '', '[program:x]\ncommand=/bin/true\n', ''],
  ['supervisor', 'group listing programs', '[group:g]\nprograms=', 'p,', 'x\n[program:x]\ncommand=/bin/true\n'],
  ['supervisor', 'include patterns', '[include]\nfiles=', 'a/*.conf ', '\n'],
  ['supervisor', 'nested brackets in a header', '', '[', 'program:x]\n'],
  ['supervisor', 'unclosed program headers', '', '[program:x\n', ''],
  ['supervisor', 'colons in a header', '[program', ':', 'x]\ncommand=/bin/true\n'],
  ['supervisor', '%( chain', '[program:x]\ncommand=', '%(', 'program_name)s\n'],
  ['supervisor', 'closed %( chain', '[program:x]\ncommand=', '%(x)', '!\n'],
  ['supervisor', 'expansions', '[program:x]\ncommand=', '%(program_name)s', '\n'],
  ['supervisor', 'zeros after %(', '[program:x]\ncommand=%(process_num)', '0', '!\n'],
  ['supervisor', 'environment pairs', '[supervisord]\nenvironment=', 'A="1",', 'B=2\n'],
  ['supervisor', 'environment %( twice', '[supervisord]\nenvironment=A=', '%(', 'x\n'],
];

/** What a value's run is made of, with the text before and after it. */
const VALUE_RUNS: readonly [string, string, string][] = [
  ['a', ' ', '!'], ['a', '\t', '!'], ['', ' ', ''], ['a', ' ', ''], ['"', ' ', ''], ['a', '=', '!'], ['a', ',', '!'], ['a', ', ', '!'],
  ['a', ':', '!'], ['a', ';', '!'], ['a', ' ;', '!'], ['a', '#', '!'], ['a', '%', '!'], ['a', '%(', '!'], ['', '%%', '%'], ['a', '0', '!'],
  ['a', '1', 'x'], ['a', '[', '!'], ['a', ']', '!'], ['[', 'a', ''], ['a', '"', '!'], ['a', "'", '!'], ['a', '\\', '!'], ['a', '.', '!'],
  ['a', '-', '!'], ['a', '@', '!'], ['a', '/', '!'], ['a', '*', '!'], ['a', '$', '!'], ['a', '${', '!'], ['a', '\u00a0', '!'],
  ['a', 'a ', '!'], ['a', 'x=', '!'], ['a', 'a.', '!'], ['a', 'a:', '!'], ['a', '0:', '!'], ['a', '%n', '!'], ['a', '%(x)s', '%('],
];

/** One directive per value kind, so every validator meets every run. */
function directivesByKind(schema: DialectSchema): { key: string; section: string; kind: string }[] {
  const seen = new Map<string, { key: string; section: string; kind: string }>();
  for (const d of schema.directives) {
    if (seen.has(d.value.kind) || d.placements.length === 0) continue;
    seen.set(d.value.kind, { key: d.name, section: d.placements[0].section, kind: d.value.kind });
  }
  return [...seen.values()];
}

function header(dialect: Dialect, section: string): string {
  if (dialect === 'supervisor' && /^(program|group|eventlistener|fcgi-program|rpcinterface|ctlplugin)$/.test(section)) return `[${section}:x]`;
  return `[${section}]`;
}

/** Every series: the document-level ones, then each value kind of each dialect with each run. */
export function allSeries(): Series[] {
  const out = DOCUMENT_RUNS.map(([dialect, name, before, piece, after]) => series(dialect, name, before, piece, after));
  for (const [dialect, schema] of [['systemd', systemdSchema], ['supervisor', supervisorSchema]] as const) {
    for (const { key, section, kind } of directivesByKind(schema)) {
      for (const [before, piece, after] of VALUE_RUNS) {
        out.push(series(dialect, `value of ${key} (${kind})`, `${header(dialect, section)}\n${key}=${before}`, piece, `${after}\n`));
      }
    }
  }
  return out;
}

/** The regressions named in the issue, measured on every run of the slice. */
export const REGRESSION_SERIES: readonly Series[] = [
  series('supervisor', 'value of result_handler (import_spec)', '[eventlistener:x]\nresult_handler=a', ' ', '!\n'),
  series('supervisor', 'blank lines, classified by content', '', '\n', '[program:x]\ncommand=/bin/true\n'),
  { ...series('systemd', 'blank lines, classified by content', '', '\n', '[Unit]\n'), uri: 'file:///fuzz/plain/grow.conf', languageHint: 'plaintext' },
  series('supervisor', 'option line of spaces (client ini reader)', '[program:x]\ncommand', ' ', 'x\n'),
  series('supervisor', 'zeros in a format (client expansion)', '[program:x]\ncommand=%(program_name)', '0', '!\n'),
];

/** `count` series picked by `seed` (the regressions always included). */
export function pickSeries(seed: number, count: number): Series[] {
  const all = allSeries();
  const rng = new Rng(seed);
  const picked: Series[] = [...REGRESSION_SERIES];
  while (picked.length < REGRESSION_SERIES.length + count && all.length) {
    picked.push(all.splice(rng.int(all.length), 1)[0]);
  }
  return picked;
}
