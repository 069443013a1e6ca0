// The directives of one systemd release with the C parser each uses there, from the data tables in
// data/systemd/ (the parser history in a row's notes dates a change of parser).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FuzzDirective {
  section: string;
  name: string;
  /** C parser name without `config_parse_`, as in the release fuzzed. */
  parser: string;
  /** Type class of the parser (systemd-parsers.tsv `type`). */
  type: string;
}

const DATA = join(__dirname, '../../../data/systemd');

function readTsv(file: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(DATA, file), 'utf8').split('\n').filter((l) => l !== '');
  const names = head.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((cell, i) => [names[i], cell])));
}

function versionOf(cell: string): number {
  return cell === 'current' ? Infinity : Number(cell.replace('<=', ''));
}

/** The parser a row used at `version`, from `parser history: a@<=219, b@232` (the last run is current). */
function parserAt(row: Record<string, string>, version: number): string {
  const current = row.parser.replace(/^config_parse_/, '');
  const history = /parser history: ([^;]*)/.exec(row.notes ?? '')?.[1];
  if (!history) return current;
  let chosen = current;
  for (const run of history.split(',').map((r) => r.trim())) {
    const [name, since] = run.split('@');
    if (since !== undefined && versionOf(since) <= version) chosen = name;
  }
  return chosen;
}

/** Sections by preference: a directive shared by several unit types is fuzzed in the first that has it. */
const SECTION_ORDER = ['Service', 'Unit', 'Socket', 'Timer', 'Path', 'Mount', 'Swap', 'Automount', 'Slice'];

/** Parsers that judge nothing a fuzzer can see: [Install] (read by systemctl), stubs for removed settings. */
const SKIPPED = /^(NULL|warn_compat|obsolete_unit_deps|unit_condition_null)$/;

export function directivesAt(version: number): FuzzDirective[] {
  const types = new Map(readTsv('systemd-parsers.tsv').map((p) => [p.parser.replace(/^config_parse_/, ''), p.type]));
  const byName = new Map<string, FuzzDirective>();
  for (const row of readTsv('systemd-directives.tsv')) {
    if (versionOf(row.first_version) > version || versionOf(row.last_version) < version) continue;
    const rank = SECTION_ORDER.indexOf(row.section);
    if (rank < 0) continue;
    const parser = parserAt(row, version);
    if (SKIPPED.test(parser)) continue;
    const known = byName.get(row.directive);
    if (known && SECTION_ORDER.indexOf(known.section) <= rank) continue;
    byName.set(row.directive, { section: row.section, name: row.directive, parser, type: types.get(parser) ?? 'string' });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Enum words a parser takes at `version` (systemd-enums.tsv). */
export function enumWords(version: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of readTsv('systemd-enums.tsv')) {
    if (versionOf(row.first_version) > version || versionOf(row.last_version) < version) continue;
    const parser = row.parser.replace(/^config_parse_/, '');
    out.set(parser, [...(out.get(parser) ?? []), row.value]);
  }
  return out;
}
