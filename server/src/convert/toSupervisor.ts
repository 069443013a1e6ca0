// A `.service` of Type=simple, exec or notify → a supervisor `[program:x]` section. Other types
// are refused with the reason: supervisord runs one long-lived process per program and has no
// notion of a process that forks away (forking), ends when done (oneshot), or a bus name (dbus).
import type { ParsedDocument } from '../parse/model';
import { nameProblem } from '../values/supervisor/strings';
import { parseTime } from '../values/systemd/timespan';
import { quotedWords } from '../values/systemd/issue';
import { mapServiceOutput } from './serviceOutput';
import { convertCommand, supervisorText } from './systemdCommand';
import { unitSettings, type UnitSettings } from './unitSettings';
import { GeneratedFile } from './unitText';

export const CONVERTIBLE_TYPES = ['simple', 'exec', 'notify'];

export interface ConvertedProgram {
  program: string;
  /** The section (with its comments), ending in a newline. */
  text: string;
}

const MAPPED = new Set(['Service.Type', 'Service.ExecStart', 'Service.WorkingDirectory', 'Service.User', 'Service.Environment', 'Service.UMask',
  'Service.Restart', 'Service.SuccessExitStatus', 'Service.KillSignal', 'Service.TimeoutStopSec', 'Service.TimeoutSec', 'Service.KillMode',
  'Service.StandardOutput', 'Service.StandardError', 'Unit.Description', 'Unit.StartLimitBurst', 'Install.WantedBy']);

/** Why a service of this type cannot become a program, or undefined when it can. */
export function typeRefusal(settings: UnitSettings): string | undefined {
  const type = settings.last('Service', 'Type')?.trim() ?? 'simple';
  if (CONVERTIBLE_TYPES.includes(type)) return undefined;
  const why: Record<string, string> = {
    forking: 'its program forks into the background and exits, and supervisord would see that exit as the program ending',
    oneshot: 'it runs to completion and exits, and supervisord keeps its programs running',
    dbus: 'it is ready when it takes a D-Bus name, which supervisord cannot wait for',
    idle: 'systemd delays it until other jobs are done, which supervisord cannot do',
  };
  return `A Type=${type} service cannot be converted to a supervisor program: ${why[type] ?? 'supervisord has no such type'}. Only Type=simple, exec and notify can.`;
}

/** A value supervisor's config parser would cut or break (newline, `;` or `#` after a blank). */
function unwritable(value: string): boolean {
  return /[\r\n]|\s[;#]/.test(value);
}

function seconds(value: string): number | 'infinity' | undefined {
  const parsed = parseTime(value.trim());
  if (parsed === 'infinity') return 'infinity';
  return typeof parsed === 'bigint' ? Number((parsed + 999_999n) / 1_000_000n) : undefined;
}

export function serviceToProgram(doc: ParsedDocument, unitName: string): ConvertedProgram | { refusal: string } {
  const settings = unitSettings(doc);
  const refusal = typeRefusal(settings);
  if (refusal) return { refusal };
  const dot = unitName.lastIndexOf('.');
  const program = dot > 0 ? unitName.slice(0, dot) : unitName;
  if (program.endsWith('@')) return { refusal: `${unitName} is a template: its %i has no one value for a supervisor program. Convert an instance of it.` };
  const bad = nameProblem(program);
  if (bad) return { refusal: `${program} cannot name a supervisor program ('${bad.char}' is not allowed there).` };
  const starts = settings.get('Service', 'ExecStart');
  if (!starts.length) return { refusal: `${unitName} has no ExecStart= to run.` };
  const at = program.indexOf('@');
  const specifiers: Record<string, string> = { n: unitName, N: program, p: at < 0 ? program : program.slice(0, at), i: at < 0 ? '' : program.slice(at + 1), t: '/run' };
  specifiers.j = specifiers.p.slice(specifiers.p.lastIndexOf('-') + 1);
  specifiers.I = specifiers.i;
  const environment = new Map<string, string>();
  for (const line of settings.get('Service', 'Environment')) {
    for (const word of quotedWords(line).words) {
      const eq = word.text.indexOf('=');
      if (eq > 0) environment.set(word.text.slice(0, eq), word.text.slice(eq + 1));
    }
  }
  const command = convertCommand(starts[0], { specifiers, environment });
  if ('refusal' in command) return command;
  if (unwritable(command.command)) return { refusal: 'The command holds a line break, or a ; or # after a blank, which supervisor\'s config parser would cut.' };
  const out = new GeneratedFile(';');
  const description = settings.last('Unit', 'Description');
  out.note(`Converted from ${unitName} by daemon-config${description ? `: ${description}` : ''}.`);
  const section = `program:${program}`;
  out.set(section, 'command', command.command, command.notes.join('\n') || undefined);
  const extra = [...starts.slice(1).map((s) => `ExecStart=${s}`), ...['ExecStartPre', 'ExecStartPost', 'ExecStop', 'ExecStopPost', 'ExecReload'].flatMap((k) => settings.get('Service', k).map((v) => `${k}=${v}`))];
  if (extra.length) out.note(`supervisord runs one command per program; these were left out (run them from a wrapper script if they matter):\n${extra.map((e) => `  ${e}`).join('\n')}`);
  const type = settings.last('Service', 'Type')?.trim();
  if (type === 'notify') out.comment(section, 'Type=notify: supervisord does not wait for READY=1; it counts the program as running after startsecs=.');
  const specifierNotes = new Set<string>();
  const text = (value: string) => supervisorText(value, specifiers, specifierNotes);
  mapPlain(settings, section, out, text);
  mapRestart(settings, section, out);
  mapStop(settings, section, out);
  mapServiceOutput(settings, section, out, text);
  for (const note of specifierNotes) out.note(note);
  const left = settings.keys().filter((k) => !MAPPED.has(`${k.section}.${k.key}`) && !k.key.startsWith('Exec'));
  if (left.length) out.note(`systemd settings with no supervisor equivalent, left out:\n${left.slice(0, 50).map((k) => `  [${k.section}] ${k.key}=${k.entry.value.replace(/\s+/g, ' ').slice(0, 80)}`).join('\n')}`);
  return { program, text: out.text() };
}

function mapPlain(settings: UnitSettings, section: string, out: GeneratedFile, text: (value: string) => string): void {
  const dir = settings.last('Service', 'WorkingDirectory')?.trim().replace(/^-/, '');
  if (dir && dir.startsWith('/') && !unwritable(dir)) out.set(section, 'directory', text(dir));
  else if (dir) out.comment(section, `WorkingDirectory=${dir} is left out: supervisor's directory= takes an absolute path.`);
  const user = settings.last('Service', 'User')?.trim();
  if (user) out.set(section, 'user', text(user));
  const umask = settings.last('Service', 'UMask')?.trim();
  if (umask && /^[0-7]{1,4}$/.test(umask)) out.set(section, 'umask', umask.padStart(3, '0'));
  const pairs: string[] = [];
  for (const line of settings.get('Service', 'Environment')) {
    for (const word of quotedWords(line).words) {
      const eq = word.text.indexOf('=');
      if (eq <= 0) continue;
      const value = word.text.slice(eq + 1);
      // supervisor's shlex keeps a quoted value whole; one with both kinds of quote cannot be written.
      const quote = !value.includes('"') ? '"' : !value.includes('\'') ? '\'' : undefined;
      if (quote === undefined || unwritable(value)) out.comment(section, `${word.text.slice(0, eq)} is left out of environment=: supervisor cannot quote its value.`);
      else pairs.push(`${word.text.slice(0, eq)}=${quote}${text(value)}${quote}`);
    }
  }
  if (pairs.length) out.set(section, 'environment', pairs.join(','), 'supervisord adds these to its own environment, which the program inherits (systemd starts from a clean one).');
  out.set(section, 'autostart', settings.get('Install', 'WantedBy').length ? 'true' : 'false',
    settings.get('Install', 'WantedBy').length ? undefined : 'No WantedBy= in [Install]: the service was not started at boot.');
}

function mapRestart(settings: UnitSettings, section: string, out: GeneratedFile): void {
  const restart = settings.last('Service', 'Restart')?.trim() ?? 'no';
  const success = settings.get('Service', 'SuccessExitStatus').flatMap((v) => v.split(/\s+/)).filter((c) => /^\d+$/.test(c));
  if (restart === 'always') out.set(section, 'autorestart', 'true');
  else if (restart === 'no') out.set(section, 'autorestart', 'false');
  else if (restart === 'on-success') out.set(section, 'autorestart', 'false', 'Restart=on-success: supervisord cannot restart only after a clean exit.');
  else {
    out.set(section, 'autorestart', 'unexpected', restart === 'on-failure' ? undefined
      : `Restart=${restart}: supervisord restarts on any exit status outside exitcodes=, which is close to on-failure.`);
    out.set(section, 'exitcodes', [...new Set(['0', ...success])].join(','));
  }
  const burst = settings.last('Unit', 'StartLimitBurst')?.trim();
  if (burst && /^\d+$/.test(burst) && Number(burst) > 0) out.set(section, 'startretries', String(Number(burst) - 1), 'StartLimitBurst= counts every start; startretries= counts only failed starts after the first.');
}

function mapStop(settings: UnitSettings, section: string, out: GeneratedFile): void {
  const signal = settings.last('Service', 'KillSignal')?.trim();
  if (signal) out.set(section, 'stopsignal', signal.replace(/^SIG/, ''));
  const timeout = settings.last('Service', 'TimeoutStopSec') ?? settings.last('Service', 'TimeoutSec');
  const secs = timeout === undefined ? 90 : seconds(timeout);
  if (secs === 'infinity' || secs === 0) out.comment(section, 'systemd waits for the program to stop as long as it takes; supervisord always sends SIGKILL at last, after a day here.');
  out.set(section, 'stopwaitsecs', String(secs === 'infinity' || secs === 0 ? 86400 : secs ?? 90), timeout === undefined ? 'systemd waits 90 s by default (DefaultTimeoutStopSec=), supervisord 10 s.' : undefined);
  const mode = settings.last('Service', 'KillMode')?.trim() ?? 'control-group';
  if (mode === 'control-group') out.set(section, 'stopasgroup', 'true', 'KillMode=control-group (the default): every process of the service gets the signals.');
  else if (mode === 'mixed') out.set(section, 'killasgroup', 'true', 'KillMode=mixed: the stop signal to the main process, SIGKILL to all.');
  else if (mode === 'none') out.comment(section, 'KillMode=none left processes running after a stop; supervisord always signals the main process.');
}
