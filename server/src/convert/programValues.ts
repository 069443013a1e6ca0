// A supervisor program's options with their `%(name)s` expansions resolved for its section, as
// supervisord resolves them, except where a unit says it better: the copy number of a program
// with numprocs > 1 becomes the template's instance (`%i`), the host name systemd's `%H`, and an
// `%(ENV_X)s` a stand-in that a command line can write as `${X}`.
import type { Section } from '../parse/model';
import { substitute } from '../rules/supervisor/expandedValues';
import { entry, splitHeader } from '../rules/supervisor/sections';
import { isPythonInt, pythonInt } from '../values/supervisor/python';
import { scanFormat } from '../values/supervisor/expansions';
import { ENV_CLOSE, ENV_OPEN, HOST_MARK, INSTANCE_MARK } from './systemdWords';

/** At most this many copies get instance names (supervisord itself has no limit, a listing does). */
export const MAX_INSTANCES = 100;

export interface ExpandedValue {
  text: string;
  /** Expansions no unit can say (written as they were, e.g. `%(foo)s`). */
  unknown: string[];
}

export interface ProgramValues {
  program: string;
  /** numprocs, 1 when unset or unreadable. */
  copies: number;
  /** Instance names of the template, one per copy (capped), when copies > 1. */
  instances: string[];
  /** The option as supervisord reads it (last one wins), expanded; undefined when not written. */
  value(key: string): ExpandedValue | undefined;
  /** The raw option value, not expanded. */
  raw(key: string): string | undefined;
  /** Written options, in order of first appearance. */
  keys: string[];
  /** Set when the copies' numbers are formatted in more than one way (`%i` can only be one of them). */
  mixedNumberFormats: boolean;
}

/** `%(process_num)02d` → `02d`: the flags and conversion after the name. */
function numberFormat(spec: string): string {
  return spec.slice(spec.indexOf(')') + 1);
}

export function programValues(section: Section, names: Record<string, string | number>): ProgramValues {
  const program = splitHeader(section).name ?? '';
  const count = entry(section, 'numprocs')?.value;
  const copies = count !== undefined && isPythonInt(count) ? Math.max(1, pythonInt(count)) : 1;
  const formats = new Set<string>();
  const expand = (value: string): ExpandedValue => {
    let text = '';
    let last = 0;
    const unknown: string[] = [];
    for (const spec of scanFormat(value)) {
      text += value.slice(last, spec.start).replace(/%%/g, '%');
      last = spec.end;
      const written = value.slice(spec.start, spec.end);
      if (spec.name === 'process_num' && copies > 1) {
        formats.add(numberFormat(written));
        text += INSTANCE_MARK;
      } else if (spec.name === 'host_node_name') {
        text += HOST_MARK;
      } else if (spec.name?.startsWith('ENV_') && spec.name.length > 4) {
        text += `${ENV_OPEN}${spec.name.slice(4)}${ENV_CLOSE}`;
      } else {
        const known = spec.name === undefined ? undefined : substitute(written, names);
        if (known === undefined) unknown.push(written);
        text += known ?? written;
      }
    }
    return { text: text + value.slice(last).replace(/%%/g, '%'), unknown };
  };
  const keys = [...new Set(section.entries.map((e) => e.key))];
  const cache = new Map<string, ExpandedValue>();
  const value = (key: string) => {
    const written = entry(section, key)?.value;
    if (written === undefined) return undefined;
    let found = cache.get(key);
    if (!found) cache.set(key, found = expand(written));
    return found;
  };
  // The instance names follow process_name's format when it has one (supervisor's own process names).
  const nameFormat = /%\(process_num\)[^a-z%]*[a-z]/i.exec(entry(section, 'process_name')?.value ?? '')?.[0];
  const start = typeof names.process_num === 'number' ? names.process_num : 0;
  const instances = copies > 1
    ? Array.from({ length: Math.min(copies, MAX_INSTANCES) }, (_, n) => substitute(nameFormat ?? '%(process_num)d', { process_num: start + n }) ?? String(start + n))
    : [];
  for (const key of keys) value(key);
  if (nameFormat) formats.add(numberFormat(nameFormat));
  return { program, copies, instances, value, raw: (key) => entry(section, key)?.value, keys, mixedNumberFormats: formats.size > 1 };
}
