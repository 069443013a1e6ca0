// The argv supervisord gives each process of a `[program:x]` (or event listener, FastCGI program):
// `%(…)s` expansions replaced for that process (`%(process_num)s` differs per copy), then the command
// split by Python's shlex in POSIX mode. A bare program name is looked up in PATH by supervisord.
import type { Section } from '../../parse/model';
import { substitute } from '../../rules/supervisor/expandedValues';
import { knownExpansionValues } from '../../rules/supervisor/knownExpansions';
import { posixShlexSplit } from '../../values/supervisor/posixShlex';
import { shellConstructs, type ShellConstruct } from './shellConstructs';

export interface ProcessCommand {
  /** The process number (`numprocs_start` on), or undefined when the section runs one process and says no number. */
  processNum: number | undefined;
  /** Undefined when an expansion is known only to the running supervisord (`%(ENV_X)s`). */
  argv: string[] | undefined;
  /** Python's error when the command cannot be split. */
  error?: string;
  shell: ShellConstruct[];
}

/** The processes listed one by one; more are summarised by the caller. */
export const MAX_PROCESSES = 3;

export function supervisorCommands(section: Section, command: string, filePath: string | undefined, groups: Map<string, string>): {
  processes: ProcessCommand[]; total: number;
} {
  const names = knownExpansionValues(section, filePath, groups);
  const total = typeof names.numprocs === 'number' && names.numprocs > 0 ? names.numprocs : 1;
  const first = typeof names.process_num === 'number' ? names.process_num : 0;
  const processes: ProcessCommand[] = [];
  for (let n = 0; n < Math.min(total, MAX_PROCESSES); n++) {
    const expanded = substitute(command, { ...names, process_num: first + n });
    const processNum = total > 1 || command.includes('%(process_num)') ? first + n : undefined;
    if (expanded === undefined) {
      processes.push({ processNum, argv: undefined, shell: [] });
      continue;
    }
    const split = posixShlexSplit(expanded);
    processes.push({ processNum, argv: split.words.map((w) => w.text), error: split.error, shell: shellConstructs(split.words) });
  }
  return { processes, total };
}
