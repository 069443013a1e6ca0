// One supervisor `[program:x]` section → the text of `x.service` (or the template `x@.service`
// when numprocs > 1). Every option is either mapped, explained in a comment next to what it
// became, or listed at the top as having no equivalent. Comments are in English, like the unit.
import type { Section } from '../parse/model';
import { isAbsolute, join, normalize } from '../util/posixPath';
import { isPythonInt, isPythonOctal, pythonInt } from '../values/supervisor/python';
import { mapOutput, OUTPUT_OPTIONS } from './programOutput';
import { mapRestart } from './programRestart';
import { programValues, type ProgramValues } from './programValues';
import { environmentPairs } from './supervisorEnvironment';
import { posixShlexSplit } from '../values/supervisor/posixShlex';
import { environmentWord, execWord, hasEnvironmentMark, isEnvironmentName, pathValue } from './systemdWords';
import { serviceFileName, serviceUnits } from './unitNames';
import { GeneratedFile } from './unitText';

/** Options listed as having no equivalent, at most. */
const MAX_LISTED = 100;

export interface ProgramContext {
  /** Values of `%(here)s`, `%(program_name)s`, `%(group_name)s`, `%(process_num)s` (first copy), `%(numprocs)s`. */
  names: Record<string, string | number>;
  /** Where the section is written, for the unit's first comment. */
  source: string;
  /** Units to start after (the programs of the next lower priority), when the whole configuration is converted. */
  after?: string[];
}

export interface ConvertedUnit {
  fileName: string;
  text: string;
  /** What the program starts: `web.service`, or `worker@00.service worker@01.service`. */
  units: string[];
}

export type Conversion = ConvertedUnit | { refusal: string };

/** Options read into the unit: everything else is listed as having no equivalent. */
const MAPPED = new Set(['command', 'directory', 'user', 'umask', 'environment', 'autostart', 'autorestart', 'exitcodes', 'startsecs', 'startretries',
  'stopsignal', 'stopwaitsecs', 'stopasgroup', 'killasgroup', 'priority', 'numprocs', 'numprocs_start', ...OUTPUT_OPTIONS]);

const WHY_NOT: Readonly<Record<string, string>> = {
  process_name: 'each copy is named by its unit',
  stdout_logfile_maxbytes: 'rotate the file with logrotate, or keep the output in the journal',
  stdout_logfile_backups: 'rotate the file with logrotate, or keep the output in the journal',
  stderr_logfile_maxbytes: 'rotate the file with logrotate, or keep the output in the journal',
  stderr_logfile_backups: 'rotate the file with logrotate, or keep the output in the journal',
  stdout_capture_maxbytes: 'supervisor events only',
  stderr_capture_maxbytes: 'supervisor events only',
  stdout_events_enabled: 'supervisor events only',
  stderr_events_enabled: 'supervisor events only',
  serverurl: 'supervisorctl only',
};

function isTrue(text: string | undefined): boolean {
  return text !== undefined && ['true', 'yes', 'on', '1'].includes(text.trim().toLowerCase());
}

/** The ExecStart= line, or why there cannot be one. */
function execStart(values: ProgramValues, directory: string | undefined, unit: GeneratedFile): string | { refusal: string } {
  const command = values.value('command');
  if (!command || !command.text.trim()) return { refusal: `[program:${values.program}] has no command= to run.` };
  if (command.unknown.length) return { refusal: `command= uses ${command.unknown.join(', ')}, which supervisord alone can fill in.` };
  // The cap only guards against absurd input: a config file is at most 1 MB.
  const split = posixShlexSplit(command.text, 1_000_000);
  if (split.error || !split.words.length) return { refusal: `supervisord cannot split command= into words (${split.error ?? 'it is empty'}).` };
  const words = split.words.map((w) => w.text);
  const args = words.slice(1);
  let program = words[0];
  if (hasEnvironmentMark(program)) return { refusal: 'The program in command= comes from supervisord\'s environment (%(ENV_…)s), which a unit cannot name.' };
  if (!isAbsolute(program) && program.includes('/')) {
    if (!directory) return { refusal: `command= runs ${program}, a path relative to the folder supervisord starts in: write it as an absolute path first.` };
    program = normalize(join(directory, program));
    unit.comment('Service', `command= names a relative path: supervisord runs it from directory=, so the unit names ${program}.`);
  } else if (isAbsolute(program)) {
    // systemd refuses a path with `..` in it.
    program = normalize(program);
  } else {
    unit.comment('Service', `${program} is looked up in systemd's fixed search path (/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin, since systemd 239), `
      + 'not in supervisord\'s PATH: write the absolute path if it lives elsewhere.');
  }
  if (args.some(hasEnvironmentMark)) unit.comment('Service', 'supervisord took %(ENV_…)s from its own environment; systemd fills ${…} in from this unit\'s Environment= lines.');
  return [execWord(program, true), ...args.map((a) => execWord(a))].join(' ');
}

export function programToUnit(section: Section, context: ProgramContext): Conversion {
  const values = programValues(section, context.names);
  const unit = new GeneratedFile('#');
  const template = values.copies > 1;
  unit.note(`Converted from supervisor's [program:${values.program}] in ${context.source} by daemon-config.`);
  unit.set('Unit', 'Description', `${values.program} (converted from supervisor)`);
  if (context.after?.length) unit.set('Unit', 'After', context.after.join(' '));
  unit.set('Service', 'Type', 'exec', 'Type=exec: the start fails when the program cannot be run, as with supervisord\'s spawn errors.');
  const directory = values.value('directory');
  const dir = directory && !directory.unknown.length && !hasEnvironmentMark(directory.text) && isAbsolute(directory.text.trim()) ? normalize(directory.text.trim()) : undefined;
  const exec = execStart(values, dir, unit);
  if (typeof exec !== 'string') return exec;
  unit.set('Service', 'ExecStart', exec);
  if (dir) unit.set('Service', 'WorkingDirectory', pathValue(dir));
  else if (directory) unit.comment('Service', `directory=${values.raw('directory') ?? ''} is left out: it is not an absolute path known before supervisord runs.`);
  const user = values.value('user')?.text.trim();
  if (user) unit.set('Service', 'User', pathValue(user));
  const umask = values.value('umask')?.text.trim();
  const mask = umask && isPythonOctal(umask) ? parseInt(umask.replace(/^\+/, '').replace(/^0[oO]_?/, '').replace(/_/g, ''), 8) : undefined;
  if (mask !== undefined && mask >= 0 && mask <= 0o7777) unit.set('Service', 'UMask', mask.toString(8).padStart(4, '0'));
  else if (umask) unit.comment('Service', `umask=${umask} is left out: it is not a file mode.`);
  mapEnvironment(values, unit);
  mapRestart(values, unit);
  mapStop(values, unit);
  mapOutput(values, unit);
  const priority = values.value('priority')?.text.trim();
  if (priority !== undefined) {
    unit.comment('Unit', `priority=${priority}: supervisord starts lower priorities first and stops them last; systemd orders units only by After=/Before=`
      + `${context.after?.length ? ', as written above' : ': add After= for the units this one must follow'}.`);
  }
  const units = serviceUnits(values.program, values.instances);
  if (template) {
    unit.note(`numprocs=${values.copies}: this is a template; each copy is an instance: ${units.join(' ')}${values.instances.length < values.copies ? ' …' : ''}.`
      + `\nStart them with: systemctl enable --now ${units.slice(0, 3).join(' ')}${units.length > 3 ? ' …' : ''}`);
    if (values.mixedNumberFormats) unit.note('The copy number is written in more than one format; %i is the instance name as listed above.');
  }
  if (isTrue(values.value('autostart')?.text ?? 'true')) unit.set('Install', 'WantedBy', 'multi-user.target', 'autostart=true: started at boot once enabled.');
  else unit.note('autostart=false: no [Install] section, so the unit starts only when asked to.');
  const left = values.keys.filter((key) => !MAPPED.has(key)).slice(0, MAX_LISTED);
  if (left.length) {
    unit.note(`supervisor options with no systemd equivalent, left out:\n${left.map((key) => `  ${key}=${values.raw(key) ?? ''}${WHY_NOT[key] ? ` (${WHY_NOT[key]})` : ''}`).join('\n')}`);
  }
  return { fileName: serviceFileName(values.program, template), text: unit.text(), units };
}

function mapEnvironment(values: ProgramValues, unit: GeneratedFile): void {
  const environment = values.value('environment');
  if (!environment) return;
  const { pairs, problem } = environmentPairs(environment.text);
  if (problem) unit.comment('Service', `environment= is left out: ${problem}`);
  const words: string[] = [];
  for (const [name, value] of pairs) {
    if (!isEnvironmentName(name)) unit.comment('Service', `environment: ${name} is not a variable name systemd accepts, left out.`);
    else if (hasEnvironmentMark(value)) unit.comment('Service', `environment: ${name} takes a value from supervisord's environment, which a unit cannot read; left out.`);
    else words.push(environmentWord(name, value));
  }
  if (words.length) {
    unit.set('Service', 'Environment', words.join(' '),
      'environment=: supervisord adds these to its own environment; systemd starts from a small clean one (PATH, LANG, HOME and USER with User=).');
  }
}

function mapStop(values: ProgramValues, unit: GeneratedFile): void {
  const signal = values.value('stopsignal')?.text.trim().toUpperCase();
  // Signal 0 only checks that the process exists: supervisord accepts it, systemd has no such stop signal.
  if (signal && /^\d+$/.test(signal) && (Number(signal) < 1 || Number(signal) > 64)) unit.comment('Service', `stopsignal=${signal} is left out: it is no signal systemd can send.`);
  else if (signal) unit.set('Service', 'KillSignal', /^\d+$/.test(signal) ? String(Number(signal)) : `SIG${signal.replace(/^SIG/, '')}`);
  const wait = values.value('stopwaitsecs')?.text.trim();
  if (wait && isPythonInt(wait) && pythonInt(wait) > 0) unit.set('Service', 'TimeoutStopSec', `${pythonInt(wait)}s`);
  else if (wait && isPythonInt(wait)) {
    // systemd reads 0 as "no time-out"; supervisord sends SIGKILL at once.
    unit.set('Service', 'TimeoutStopSec', '100ms', `stopwaitsecs=${wait}: supervisord sends SIGKILL right after the stop signal; systemd would read 0 as no time-out at all.`);
  }
  const stopGroup = isTrue(values.value('stopasgroup')?.text);
  const killGroup = stopGroup || isTrue(values.value('killasgroup')?.text);
  const how = stopGroup ? ['control-group', 'stopasgroup=true: the stop signal, then SIGKILL, go to every process of the program.']
    : killGroup ? ['mixed', 'killasgroup=true: the stop signal goes to the main process, SIGKILL to every process left.']
      : ['process', 'stopasgroup and killasgroup false: only the main process is signalled; KillMode=mixed would also end the children it leaves behind.'];
  unit.set('Service', 'KillMode', how[0], how[1]);
}
