// Checks on program, fcgi-program and event listener sections that supervisord makes itself.
import type { Diagnostic } from 'vscode-languageserver-types';
import { nameProblem } from '../../values/supervisor/strings';
import { isPythonInt, pythonInt } from '../../values/supervisor/python';
import { appendToSection, diagnostic, ERROR, replace } from '../common/diagnostic';
import type { QuickFix, Rule } from '../types';
import { entry, isProcessSection, splitHeader } from './sections';

const TRUE_WORDS = ['yes', 'true', 'on', '1'];
const FALSE_WORDS = ['no', 'false', 'off', '0'];
const NUMBERED = '%(process_num)02d';

/** numprocs above 1 needs `%(process_num)` in process_name, or every copy would have the same name. */
export const numprocsProcessName: Rule = {
  code: 'supervisor/numprocs-process-name',
  scope: 'section',
  check({ doc }) {
    const results: Diagnostic[] = [];
    for (const section of doc.sections.filter(isProcessSection)) {
      const numprocs = entry(section, 'numprocs');
      if (!numprocs || !isPythonInt(numprocs.value) || pythonInt(numprocs.value) <= 1) continue;
      const processName = entry(section, 'process_name');
      if (processName?.value.includes('%(process_num)')) continue;
      const fix: QuickFix = processName
        ? { title: `Add ${NUMBERED} to process_name`, preferred: true,
          edits: [replace(processName.valueRange, `${processName.value || '%(program_name)s'}_${NUMBERED}`)] }
        : { title: `Add process_name = %(program_name)s_${NUMBERED}`, preferred: true,
          edits: [appendToSection(doc, section, `process_name = %(program_name)s_${NUMBERED}`)] };
      results.push(diagnostic(processName ? processName.valueRange : numprocs.keyRange,
        `numprocs=${numprocs.value} starts several processes, so process_name must contain %(process_num): supervisord refuses the section otherwise.`,
        ERROR, [fix]));
    }
    return results;
  },
};

/** Program, group and listener names may not hold a space, ':' or '/'. */
export const invalidName: Rule = {
  code: 'supervisor/invalid-name',
  scope: 'section',
  check({ doc }) {
    const results: Diagnostic[] = [];
    for (const section of doc.sections) {
      const { type, name } = splitHeader(section);
      if (name === undefined || !(isProcessSection(section) || type === 'group')) continue;
      const problem = nameProblem(name);
      if (!problem) continue;
      const at = section.nameRange.start.character + type.length + 1 + problem.offset;
      const line = section.nameRange.start.line;
      const what = problem.char === ' ' ? 'a space' : `'${problem.char}'`;
      results.push(diagnostic({ start: { line, character: at }, end: { line, character: at + 1 } },
        `The name '${name}' contains ${what}: supervisord refuses names with spaces, ':' or '/'.`, ERROR,
        [{ title: `Rename to ${name.trim().replace(/[ :/]+/g, '-')}`, edits: [replace(section.nameRange, `${type}:${name.trim().replace(/[ :/]+/g, '-')}`)] }]));
    }
    return results;
  },
};

/** stopasgroup=true with killasgroup=false, and redirect_stderr in event listeners. */
export const conflictingOptions: Rule = {
  code: 'supervisor/conflicting-options',
  scope: 'section',
  check({ doc }) {
    const results: Diagnostic[] = [];
    for (const section of doc.sections.filter(isProcessSection)) {
      const stop = entry(section, 'stopasgroup');
      const kill = entry(section, 'killasgroup');
      if (stop && kill && TRUE_WORDS.includes(stop.value.toLowerCase()) && FALSE_WORDS.includes(kill.value.toLowerCase())) {
        results.push(diagnostic(kill.valueRange, 'stopasgroup=true needs killasgroup=true: supervisord refuses killasgroup=false here.', ERROR,
          [{ title: 'Set killasgroup = true', preferred: true, edits: [replace(kill.valueRange, 'true')] }]));
      }
      const { type } = splitHeader(section);
      const redirect = entry(section, 'redirect_stderr');
      if (type === 'eventlistener' && redirect && TRUE_WORDS.includes(redirect.value.toLowerCase())) {
        results.push(diagnostic(redirect.valueRange, 'An event listener talks to supervisord over stdout, so supervisord refuses redirect_stderr=true.', ERROR,
          [{ title: 'Set redirect_stderr = false', preferred: true, edits: [replace(redirect.valueRange, 'false')] }]));
      }
      const socket = entry(section, 'socket');
      if (type === 'fcgi-program' && socket && !socket.value.startsWith('unix://') && !socket.value.includes('%(')) {
        for (const key of ['socket_owner', 'socket_mode']) {
          const unixOnly = entry(section, key);
          if (unixOnly) results.push(diagnostic(unixOnly.keyRange, `${key} applies to UNIX sockets only: supervisord refuses it with ${socket.value}.`, ERROR));
        }
      }
    }
    return results;
  },
};
