// The `%(name)s` values known before supervisord runs, per section: `here` (the folder of the
// file), `program_name`, `group_name`, `process_num` (the first copy's) and `numprocs`. The
// invalid-value rule checks values with them substituted; hover and inlay hints show them.
import type { Section } from '../../parse/model';
import { dirname } from '../../util/posixPath';
import { isPythonInt, pythonInt } from '../../values/supervisor/python';
import type { RuleContext } from '../types';
import { allSections, configSet, hasSection } from './configSet';
import { entry, isProcessSection, splitHeader } from './sections';

/** Sections only supervisorctl reads. */
export const CLIENT_SECTIONS = ['supervisorctl', 'ctlplugin'];

export type ConfigContext = Pick<RuleContext, 'doc' | 'filePath' | 'workspace'>;

/** True when supervisord replaces %(here)s in every section: the configuration has an [include]. */
export function hereEverywhere(ctx: ConfigContext): boolean {
  const set = configSet(ctx);
  return hasSection(ctx.doc, 'include') || (set.main !== undefined && hasSection(set.main.doc, 'include'));
}

/** Each program's group: the first [group:x] that lists it. Built once per check, not per program. */
export function groupsByProgram(sections: Section[]): Map<string, string> {
  const groups = new Map<string, string>();
  for (const section of sections) {
    const { type, name } = splitHeader(section);
    if (type !== 'group' || name === undefined) continue;
    for (const member of entry(section, 'programs')?.value.split(',') ?? []) {
      const program = member.trim();
      if (!groups.has(program)) groups.set(program, name);
    }
  }
  return groups;
}

/** The groups of the configuration the document belongs to. */
export function configGroups(ctx: ConfigContext): Map<string, string> {
  return groupsByProgram(allSections(configSet(ctx)).map((s) => s.section));
}

/** The names an expansion in `section` may be replaced by, with their values. */
export function knownExpansionValues(section: Section, filePath: string | undefined, groups: Map<string, string>): Record<string, string | number> {
  const names: Record<string, string | number> = {};
  if (filePath) names.here = dirname(filePath);
  const { type, name } = splitHeader(section);
  if (isProcessSection(section) && name !== undefined) {
    names.program_name = name;
    names.group_name = (type === 'program' ? groups.get(name) : undefined) ?? name;
    const start = entry(section, 'numprocs_start')?.value ?? '0';
    const count = entry(section, 'numprocs')?.value ?? '1';
    if (isPythonInt(start)) names.process_num = pythonInt(start);
    if (isPythonInt(count)) names.numprocs = pythonInt(count);
  }
  return names;
}

/** Whether supervisord replaces `%(name)s` in an option that expands `allowed`, in a section of `type`. */
export function expandsHere(name: string, allowed: readonly string[] | undefined, sectionType: string, includes: boolean): boolean {
  return allowed?.includes(name) === true || (name === 'here' && includes && !CLIENT_SECTIONS.includes(sectionType));
}
