#!/usr/bin/env node
// Turns the reviewed fact tables in data/systemd/*.tsv into
// server/src/schema/systemd/directives.generated.ts (committed; CI does not run this).
// Usage: node scripts/gen-systemd-schema.mjs [--check]
// --check exits 1 when the committed file differs from what the tables give.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'server/src/schema/systemd/directives.generated.ts');

function readTsv(name) {
  const [header, ...rows] = readFileSync(join(root, 'data/systemd', name), 'utf8').split('\n').filter((l) => l.length > 0);
  const cols = header.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** `<=219` → 219, `current` → undefined, `NNN` → NNN. */
function version(cell) {
  if (cell === 'current' || cell === '') return undefined;
  return parseInt(cell.replace('<=', ''), 10);
}

const directives = readTsv('systemd-directives.tsv');
const parsers = new Map(readTsv('systemd-parsers.tsv').map((p) => [p.parser, p]));
const enumRows = readTsv('systemd-enums.tsv');

/** Parsers a pair used before its current one, from `parser history: a@<=219, b@232`. */
function history(row) {
  const m = /parser history: ([^;]*)/.exec(row.notes);
  return m ? m[1].split(',').map((part) => `config_parse_${part.trim().split('@')[0]}`) : [];
}

/**
 * Enum values per parser, in table order; `<boolean>` rows become a flag. Values of the parsers a
 * pair used earlier count too, so a word accepted since v219 by an older parser is not dated later.
 */
function enumFor(parser, earlier = []) {
  const rows = enumRows.filter((r) => r.parser === parser);
  for (const old of earlier) {
    for (const r of enumRows.filter((e) => e.parser === old)) {
      const same = rows.find((e) => e.value === r.value);
      if (!same) rows.push(r);
      else if ((version(r.first_version) ?? 0) < (version(same.first_version) ?? 0)) {
        rows[rows.indexOf(same)] = { ...same, first_version: r.first_version };
      }
    }
  }
  const values = [];
  let booleans = false;
  for (const r of rows) {
    if (r.value === '<boolean>') { booleans = true; continue; }
    if (values.some((v) => v.name === r.value)) continue;
    const v = { name: r.value };
    const since = version(r.first_version);
    const until = version(r.last_version);
    if (since !== undefined && since > 219) v.since = since;
    if (until !== undefined) v.until = until;
    values.push(v);
  }
  return { values, booleans };
}

/** `-20..19` style bounds in a parser note. */
function bounds(note) {
  const m = /(-?\d+)\.\.(-?\d+)/.exec(note);
  return m ? { min: Number(m[1]), max: Number(m[2]) } : {};
}

const LIST_TYPES = new Set(['unit_deps', 'path_strv', 'env_assignments', 'env_names', 'env_names_or_assignments', 'strv',
  'exit_status_list', 'user_list', 'url_list', 'dir_list', 'bind_list', 'image_list', 'tmpfs_list', 'ip_prefix_list',
  'syscall_list', 'capability_list', 'address_family_list', 'filesystem_list', 'ifname_list', 'string_list',
  'nft_set_list', 'cpu_set']);

/** Value spec for one (section, directive) row, from its parser's type class. */
function valueSpec(row) {
  const p = parsers.get(row.parser);
  const type = p ? p.type : 'string';
  const note = p ? p.notes : '';
  const label = note ? `${type.replace(/_/g, ' ')}: ${note}` : type.replace(/_/g, ' ');
  if (type === 'install') {
    if (row.directive === 'DefaultInstance') return { kind: 'text', label: 'instance name' };
    return { kind: 'units', list: true, label: 'unit names' };
  }
  if (type === 'bool') return { kind: 'boolean', label: 'boolean' };
  if (type === 'tristate') return { kind: 'boolean', label: 'boolean (empty: unset)' };
  if (type === 'ignored') return { kind: 'text', label: 'ignored: accepted with a warning, has no effect' };
  const enumMatch = /^(enum|bool_or_enum|enum_list|flag_list|bool_or_enum_list):(.*)$/.exec(type);
  if (enumMatch) {
    const { values, booleans } = enumFor(row.parser, history(row));
    if (values.length === 0) return { kind: 'text', label };
    const table = enumMatch[2].replace(/_/g, ' ');
    const spec = { kind: 'enum', values, label: enumMatch[1].includes('list') ? `list of ${table} words` : table };
    if (booleans || enumMatch[1].startsWith('bool_or')) spec.booleans = true;
    if (enumMatch[1].endsWith('list')) spec.list = true;
    if (/or (policy|class|facility)? ?number|or integer|number 0\.\.7/.test(note)) {
      spec.min = 0;
      spec.max = /0\.\.7/.test(note) ? 7 : 255;
    }
    return spec;
  }
  switch (type) {
    case 'sec': case 'usec_fix_0':
      return { kind: 'timespan', label: 'time span (bare number: seconds)' };
    case 'nsec':
      return { kind: 'timespan', label: 'time span (bare number: nanoseconds)' };
    case 'timer':
      return row.ltype === 'TIMER_CALENDAR'
        ? { kind: 'calendar', label: 'calendar event' }
        : { kind: 'timespan', label: 'time span (bare number: seconds)' };
    case 'iec_size':
      return { kind: 'bytes', label: 'byte size (K, M, G, T, P, E: base 1024)' };
    case 'memory_size':
      return { kind: 'bytes', percent: true, values: [{ name: 'infinity' }], label: 'byte size, percentage of RAM, or infinity' };
    case 'size_or_percent':
      return { kind: 'bytes', percent: true, label: 'byte size or percentage' };
    case 'rlimit':
      return { kind: 'rlimit', label: 'resource limit: SOFT[:HARD], or infinity' };
    case 'tasks_max':
      return { kind: 'integer', min: 0, percent: true, values: [{ name: 'infinity' }], label: 'number, percentage, or infinity' };
    case 'unsigned': case 'int': {
      const spec = { kind: 'integer', ...bounds(note), label: type === 'unsigned' ? 'non-negative integer' : 'integer' };
      const written = spec.min !== undefined || spec.max !== undefined;
      if (type === 'unsigned' && spec.min === undefined) spec.min = 0;
      const words = [...note.matchAll(/\bor (idle|infinity|auto)\b/g)].map((m) => ({ name: m[1] }));
      if (words.length > 0) spec.values = words;
      if (written) spec.label += ` (${spec.min ?? ''}..${spec.max ?? ''})`;
      return spec;
    }
    case 'percent': case 'percent/permyriad':
      return { kind: 'percent', label: 'percentage' };
    case 'signal':
      return { kind: 'signal', label: 'signal name or number' };
    case 'path':
      return { kind: 'path', label: 'absolute path' };
    case 'path_strv':
      return { kind: 'path', list: true, label: 'list of absolute paths' };
    case 'condition_path':
      return { kind: 'condition-path', label: 'absolute path, optionally prefixed by | or !' };
    case 'condition_string':
      return { kind: 'condition', label: 'condition value, optionally prefixed by | or !' };
    case 'exec':
      return { kind: 'command', label: 'command line' };
    case 'unit_deps':
      return { kind: 'units', list: true, label: 'unit names' };
    case 'unit_name':
      return { kind: 'unit', label: 'unit name' };
    case 'env_assignments':
      return { kind: 'environment', list: true, label: 'VAR=value assignments' };
    case 'octal_mode':
      return { kind: 'mode', label: 'octal file mode' };
    case 'user':
      return { kind: 'user', label: 'user or group name, or numeric id' };
    case 'exit_status_list':
      return { kind: 'exit-status', list: true, values: enumFor(row.parser, history(row)).values, label: 'exit codes, exit status names, signal names' };
    default:
      return LIST_TYPES.has(type) ? { kind: 'text', list: true, label } : { kind: 'text', label };
  }
}

const REPEATABLE_KINDS = new Set(['units', 'path', 'environment', 'command', 'condition', 'condition-path', 'exit-status']);
const REPEATABLE_TYPES = new Set([...LIST_TYPES, 'exec', 'timer', 'socket_address', 'credential', 'credential_glob',
  'device_access', 'device_size', 'device_weight', 'device_sec', 'base64', 'text', 'open_file', 'regex', 'bpf_program',
  'socket_bind_rule', 'partition_options', 'fdname', 'image_policy']);

// Parsers of a list-like type that still keep one value: a later line replaces the earlier one
// (checked in systemd's source: free_and_replace / image_policy_free before the new value).
const SINGLE_VALUED = new Set(['Install.DefaultInstance', 'config_parse_fdname', 'config_parse_image_policy']);

function repeatable(row, spec) {
  if (SINGLE_VALUED.has(`${row.section}.${row.directive}`) || SINGLE_VALUED.has(row.parser)) return false;
  const p = parsers.get(row.parser);
  const type = p ? p.type : '';
  if (spec.kind === 'path' && !spec.list && !/EnvironmentFile|Path(Exists|ExistsGlob|Changed|Modified)|DirectoryNotEmpty/.test(row.directive)) {
    return false;
  }
  return Boolean(spec.list) || REPEATABLE_KINDS.has(spec.kind) || REPEATABLE_TYPES.has(type) || type === 'install';
}

// Shared option blocks: which manual page documents a directive used in several unit types.
const KILL = /^(KillMode|KillSignal|RestartKillSignal|SendSIGKILL|SendSIGHUP|FinalKillSignal|WatchdogSignal)$/;
const PAGE = { Unit: 'unit', Install: 'unit', Service: 'service', Socket: 'socket', Timer: 'timer', Path: 'path',
  Mount: 'mount', Automount: 'automount', Swap: 'swap', Slice: 'slice', Scope: 'scope', BusName: 'busname' };

// Directives every unit type with processes has, but each type's own page documents.
const OWN_PAGE = new Set(['TimeoutSec']);
const SLICE_PAGE = new Set(['ConcurrencyHardMax', 'ConcurrencySoftMax']);

function page(name, sections) {
  if (KILL.test(name)) return 'kill';
  if (OWN_PAGE.has(name)) return PAGE[sections[0]];
  if (SLICE_PAGE.has(name)) return 'slice';
  if (sections.includes('Slice')) return 'resource-control';
  const execLike = ['Service', 'Socket', 'Mount', 'Swap'].every((s) => sections.includes(s));
  if (execLike && sections.includes('Scope')) return 'resource-control';
  if (execLike) return 'exec';
  return PAGE[sections[0]];
}

// One record per (name, value kind): only `Type=` differs between sections (service type vs file system type).
const records = new Map();
for (const row of directives) {
  const spec = valueSpec(row);
  const id = `${row.directive}\u0000${spec.kind}`;
  let record = records.get(id);
  if (!record) {
    record = { name: row.directive, placements: [], value: spec, repeatable: repeatable(row, spec), rows: [] };
    records.set(id, record);
  } else if (spec.kind === 'integer') {
    // Priority= takes a wider range in [Socket] than in [Swap]: keep the union.
    if (record.value.min !== undefined && (spec.min === undefined || spec.min < record.value.min)) record.value.min = spec.min;
    if (record.value.max !== undefined && (spec.max === undefined || spec.max > record.value.max)) record.value.max = spec.max;
  }
  const placement = { section: row.section };
  const since = version(row.first_version);
  const until = version(row.last_version);
  if (since !== undefined) placement.since = since;
  if (until !== undefined) placement.until = until;
  placement.status = row.status;
  record.placements.push(placement);
  record.rows.push(row);
}

/** When a legacy stub stopped working: `no-op+warning since 258` → 258. */
function noopSince(note) {
  const m = /no-op\+warning since (\d+)/.exec(note);
  if (m) return Number(m[1]);
  return /no-op\+warning \(legacy\) throughout/.test(note) ? 219 : undefined;
}

const out = [];
const noop = {};
const notes = {};
for (const record of records.values()) {
  const sections = record.placements.map((p) => p.section);
  const anchor = `${record.name}=`;
  for (const row of record.rows) {
    const since = noopSince(row.notes);
    if (since !== undefined) noop[`${row.section}.${row.directive}`] = since;
    if (row.notes) notes[`${row.section}.${row.directive}`] = row.notes;
  }
  const manual = `https://www.freedesktop.org/software/systemd/man/latest/systemd.${page(record.name, sections)}.html#${encodeURIComponent(anchor).replace(/%3D/g, '=')}`;
  const { rows: _rows, ...rest } = record;
  out.push({ ...rest, manual });
}
// Service's Type= last, so a name-only lookup finds the common one.
const serviceType = out.findIndex((d) => d.name === 'Type' && d.value.kind === 'enum');
if (serviceType >= 0) out.push(...out.splice(serviceType, 1));

// Enum value lists are shared between the records that use the same parser.
const tables = new Map();
for (const d of out) {
  if (!d.value.values || d.value.values.length < 3) continue;
  const json = JSON.stringify(d.value.values);
  if (!tables.has(json)) tables.set(json, `V${tables.size}`);
  d.value.values = `@@${tables.get(json)}@@`;
}
const tableText = [...tables].map(([json, id]) => `const ${id}: EnumValue[] = ${json};`).join('\n');

// Measured facts from data/systemd/systemd-verify-probe.tsv (scripts/probe-systemd-values.mjs at systemd 252).
const probe = readTsv('systemd-verify-probe.tsv');
const VALUE_REFUSAL = /Failed to parse|Invalid|not valid|must be of type/;
const emptyRejected = [...new Set(probe.filter((r) => r.empty_value === 'rejected' && VALUE_REFUSAL.test(r.empty_message))
  .map((r) => r.directive))].sort();
const expandsSpecifiers = [...new Set(probe.filter((r) => r.expands_specifiers === 'yes').map((r) => r.directive))].sort();

const specifiers = readTsv('systemd-specifiers.tsv').map((r) => {
  const spec = { letter: r.specifier, meaning: r.meaning };
  const since = version(r.first_version);
  if (since !== undefined && since > 219) spec.since = since;
  if (r.notes.includes('deprecated')) spec.deprecated = true;
  return spec;
});
const specialUnits = readTsv('systemd-special-units.tsv').map((r) => {
  const unit = { name: r.unit };
  const since = version(r.first_version);
  if (since !== undefined && since > 219) unit.since = since;
  const gone = /(\d{3})/.exec(r.notes);
  if (gone && /gone|dropped|removed|last/.test(r.notes)) unit.until = Number(gone[1]);
  return unit;
});

const text = `// GENERATED by scripts/gen-systemd-schema.mjs from data/systemd/*.tsv. Do not edit by hand.
// Summaries, enum value docs and replacements are merged in from the hand-written files next to this one.
/* eslint max-lines: "off" -- one record per line, generated */
import type { DirectiveSpec, EnumValue } from '../types';

${tableText}

export type GeneratedDirective = Omit<DirectiveSpec, 'summary'>;

export const generatedDirectives: GeneratedDirective[] = ${JSON.stringify(out, null, 0).replace(/\},\{"name"/g, '},\n  {"name"').replace(/"@@(V\d+)@@"/g, '$1')};

/** "Section.Directive" → first release in which the directive is accepted but has no effect. */
export const noopSince: Readonly<Record<string, number>> = ${JSON.stringify(noop, null, 2)};

/** Directives whose parser refuses an empty value (most others take it as "reset to the default"). */
export const emptyValueRejected: ReadonlySet<string> = new Set(${JSON.stringify(emptyRejected)});

/** Directives whose value goes through \`%\` specifier expansion, so an unknown specifier is refused. */
export const specifierDirectives: ReadonlySet<string> = new Set(${JSON.stringify(expandsSpecifiers)});

export interface SpecifierFact { letter: string; meaning: string; since?: number; deprecated?: boolean }

/** \`%x\` specifiers in unit files (meanings are the data's own short wording). */
export const systemdSpecifiers: readonly SpecifierFact[] = ${JSON.stringify(specifiers, null, 0).replace(/\},\{/g, '},\n  {')};

/** Unit names systemd gives a fixed meaning (targets, slices, sockets, ...). */
export const specialUnits: readonly { name: string; since?: number; until?: number }[] = ${JSON.stringify(specialUnits, null, 0).replace(/\},\{/g, '},\n  {')};

/** "Section.Directive" → the data's notes (facts about parser history and legacy status). */
export const directiveNotes: Readonly<Record<string, string>> = ${JSON.stringify(notes, null, 2)};
`;

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error(`${OUT} is stale: run node scripts/gen-systemd-schema.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${out.length} directives (${directives.length} section/directive pairs) to ${OUT}`);
}
