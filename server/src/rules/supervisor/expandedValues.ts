// Values that hold `%(name)s` expansions, checked after substituting what is known before run
// time: `here` (the folder of the file), `program_name`, `group_name`, `process_num`, `numprocs`.
// ENV_* and host_node_name depend on the machine supervisord runs on, so such values are skipped.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry } from '../../parse/model';
import { findSupervisorOption } from '../../schema/supervisor';
import { supervisorValidators } from '../../values/supervisor';
import { scanFormat } from '../../values/supervisor/expansions';
import { configGroups, expandsHere, hereEverywhere, knownExpansionValues } from './knownExpansions';
import { nameProblem } from '../../values/supervisor/strings';
import { diagnostic, ERROR, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';
import { isProcessSection, splitHeader } from './sections';

/** Options read before expansion (process_name) or validated elsewhere. */
const SKIP = new Set(['process_name']);

function pad(value: string | number, conversion: string, flags: string): string | undefined {
  if ('sra'.includes(conversion)) return String(value);
  if (typeof value !== 'number' || !'di'.includes(conversion)) return undefined;
  const width = /(?<!\d)\d+$/.exec(flags)?.[0]; // the lookbehind: `\d+$` alone restarts at every digit of a run
  const text = String(value);
  return width && flags.startsWith('0') ? text.padStart(parseInt(width, 10), '0') : text.padStart(width ? parseInt(width, 10) : 0, ' ');
}

/** `value` with every expansion replaced, or undefined when one is not known here. */
export function substitute(value: string, names: Record<string, string | number>): string | undefined {
  let out = '';
  let last = 0;
  for (const spec of scanFormat(value)) {
    if (spec.name === undefined || !(spec.name in names)) return undefined;
    const text = value.slice(spec.start, spec.end);
    const flags = text.slice(spec.name.length + 3, -1);
    const replacement = pad(names[spec.name], spec.conversion, flags);
    if (replacement === undefined) return undefined;
    out += value.slice(last, spec.start).replace(/%%/g, '%') + replacement;
    last = spec.end;
  }
  return out + value.slice(last).replace(/%%/g, '%');
}

/**
 * process_name is checked for forbidden characters before expansion, but with an [include],
 * supervisord has already replaced %(here)s by a path, whose slashes the check refuses.
 */
function hereInName(item: Entry, here: string): Diagnostic[] {
  if (!item.value.includes('%(here)s')) return [];
  const problem = nameProblem(item.value.split('%(here)s').join(here));
  if (!problem) return [];
  return [diagnostic(item.valueRange,
    `With an [include], supervisord replaces %(here)s by ${here} before checking process_name, and the '${problem.char}' it brings is refused in names.`, ERROR)];
}

export const expandedValues: Rule = {
  code: 'supervisor/invalid-value',
  check(ctx) {
    const { doc, filePath, schema } = ctx;
    const results: Diagnostic[] = [];
    // The whole configuration's groups and includes, worked out only when a value needs them: after
    // a keystroke this rule runs again, and most configurations hold no expansion at all.
    let groups: Map<string, string> | undefined;
    let includes: boolean | undefined;
    const includesHere = (): boolean => (includes ??= hereEverywhere(ctx));
    for (const section of doc.sections) {
      // The names an expansion may use, worked out only for sections that hold one (most hold none).
      let names: Record<string, string | number> | undefined;
      const namesHere = (): Record<string, string | number> => (names ??= knownExpansionValues(section, filePath, groups ??= configGroups(ctx)));
      for (const item of section.entries) {
        if (item.key === 'process_name' && filePath && item.value.includes('%(here)s') && includesHere() && isProcessSection(section)) {
          results.push(...hereInName(item, String(namesHere().here)));
          continue;
        }
        if (!item.value.includes('%(') || SKIP.has(item.key)) continue;
        const { type } = splitHeader(section);
        const spec = findSupervisorOption(type, item.key);
        const validate = spec && supervisorValidators[spec.value.kind];
        if (!spec || !validate) continue;
        const usable = (n: string): boolean => expandsHere(n, spec.expansions, type, includesHere());
        const allowed = Object.fromEntries(Object.entries(namesHere()).filter(([n]) => usable(n)));
        const expanded = substitute(item.value, allowed);
        if (expanded === undefined) continue;
        for (const issue of validate(expanded, spec.value, { version: schema.latestVersion, key: item.key })) {
          results.push(diagnostic(item.valueRange, `With its expansions, ${item.key} reads '${expanded}': ${issue.message}`,
            issue.severity === 'error' ? ERROR : WARNING));
        }
      }
    }
    return results;
  },
};
