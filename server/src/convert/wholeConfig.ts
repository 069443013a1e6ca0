// A whole supervisor configuration → one unit per `[program:x]` and one target per `[group:x]`.
// Priorities become ordering: each program starts After= the programs of the next lower priority.
import type { Section } from '../parse/model';
import { groupsByProgram, knownExpansionValues } from '../rules/supervisor/knownExpansions';
import { entry, splitHeader } from '../rules/supervisor/sections';
import { dirname } from '../util/posixPath';
import { isPythonInt, pythonInt } from '../values/supervisor/python';
import { groupToTarget } from './groupTarget';
import { programToUnit } from './toSystemd';

/** Most sections converted in one go (each becomes a file). */
export const MAX_CONVERTED = 200;

export interface ConfigFileSections {
  /** Absolute path of the file. */
  path: string;
  sections: Section[];
}

export interface PlannedFile {
  /** The folder the file goes in: the one of the section it comes from. */
  folder: string;
  fileName: string;
  text: string;
}

export interface WholeConversion {
  files: PlannedFile[];
  /** `[program:x]`: why it was not converted. */
  refused: string[];
}

function priorityOf(section: Section): number {
  const raw = entry(section, 'priority')?.value;
  return raw !== undefined && isPythonInt(raw) ? pythonInt(raw) : 999;
}

export function convertConfiguration(files: ConfigFileSections[]): WholeConversion {
  const all = files.flatMap((file) => file.sections.map((section) => ({ file, section, header: splitHeader(section) })));
  const groups = groupsByProgram(all.map((s) => s.section));
  const programs = all.filter((s) => s.header.type === 'program' && s.header.name !== undefined).slice(0, MAX_CONVERTED);
  const out: WholeConversion = { files: [], refused: [] };
  const unitsOf = new Map<string, string[]>();
  // First the units each program starts (for After= and Wants=), then the files.
  const conversions = programs.map((p) => {
    const names = knownExpansionValues(p.section, p.file.path, groups);
    return { ...p, names, priority: priorityOf(p.section), first: programToUnit(p.section, { names, source: p.file.path }) };
  });
  for (const c of conversions) if (!('refusal' in c.first)) unitsOf.set(c.header.name as string, c.first.units);
  const levels = [...new Set(conversions.map((c) => c.priority))].sort((a, b) => a - b);
  for (const c of conversions) {
    if ('refusal' in c.first) { out.refused.push(`[program:${c.header.name ?? ''}]: ${c.first.refusal}`); continue; }
    const lower = levels.filter((l) => l < c.priority).pop();
    const after = lower === undefined ? [] : conversions.filter((o) => o.priority === lower && !('refusal' in o.first)).flatMap((o) => unitsOf.get(o.header.name as string) ?? []);
    const unit = after.length ? programToUnit(c.section, { names: c.names, source: c.file.path, after }) : c.first;
    if (!('refusal' in unit)) out.files.push({ folder: dirname(c.file.path), fileName: unit.fileName, text: unit.text });
  }
  for (const g of all.filter((s) => s.header.type === 'group' && s.header.name !== undefined).slice(0, MAX_CONVERTED)) {
    const members = (entry(g.section, 'programs')?.value ?? '').split(',').map((m) => m.trim()).filter(Boolean)
      .map((program) => ({ program, units: unitsOf.get(program) }));
    const target = groupToTarget(g.header.name as string, g.file.path, members, entry(g.section, 'priority')?.value.trim());
    out.files.push({ folder: dirname(g.file.path), ...target });
  }
  return out;
}
