// The value a supervisor `%(name)s` expansion has in its section, where it is known before
// supervisord runs (knownExpansions.ts): shared by hover and inlay hints.
import type { AnalyzedDocument } from '../analysis';
import { pathOf } from '../classify/classify';
import type { Entry, Expansion, Section } from '../parse/model';
import { offsetAt } from '../parse/positions';
import { configGroups, expandsHere, hereEverywhere, knownExpansionValues } from '../rules/supervisor/knownExpansions';
import { substitute } from '../rules/supervisor/expandedValues';
import { entry as lastEntry, splitHeader } from '../rules/supervisor/sections';
import type { WorkspaceView } from '../rules/types';
import { findSupervisorOption } from '../schema/supervisor';
import { isPythonInt, pythonInt } from '../values/supervisor/python';

export type ExpansionValue = (section: Section, entry: Entry, expansion: Expansion) => string | undefined;

/** Most copies spelled out one by one; more show as a range. */
const MAX_LISTED = 3;

/**
 * A lookup for the values in `a`; the configuration around the file (its groups, whether it has an
 * `[include]`) is read once, on the first question.
 */
export function expansionValues(a: AnalyzedDocument, workspace: WorkspaceView | undefined): ExpansionValue {
  const filePath = a.uri.startsWith('file:') ? pathOf(a.uri) : undefined;
  const ctx = { doc: a.doc, filePath, workspace };
  let config: { groups: Map<string, string>; includes: boolean } | undefined;
  const namesOf = new Map<Section, Record<string, string | number>>();
  return (section, entry, expansion) => {
    const { type } = splitHeader(section);
    const spec = findSupervisorOption(type, entry.key);
    config ??= { groups: configGroups(ctx), includes: hereEverywhere(ctx) };
    if (!spec || !expandsHere(expansion.name, spec.expansions, type, config.includes)) return undefined;
    const start = offsetAt(entry.pieces, expansion.range.start);
    const end = offsetAt(entry.pieces, expansion.range.end);
    if (start === undefined || end === undefined) return undefined;
    const written = entry.value.slice(start, end);
    let names = namesOf.get(section);
    if (!names) namesOf.set(section, names = knownExpansionValues(section, filePath, config.groups));
    const first = substitute(written, names);
    if (first === undefined || expansion.name !== 'process_num') return first;
    // One value per copy: numprocs_start, numprocs_start + 1, ...
    const count = lastEntry(section, 'numprocs')?.value;
    const copies = count !== undefined && isPythonInt(count) ? pythonInt(count) : 1;
    if (copies <= 1 || typeof names.process_num !== 'number') return first;
    const firstCopy = names.process_num;
    const nth = (n: number) => substitute(written, { ...names, process_num: firstCopy + n }) ?? '';
    if (copies <= MAX_LISTED) return Array.from({ length: copies }, (_, n) => nth(n)).join(', ');
    return `${first}…${nth(copies - 1)}`;
  };
}
