// stdout_logfile, stderr_logfile, redirect_stderr and the *_syslog options → StandardOutput= and
// StandardError=. supervisord's AUTO files have no place in a unit: their output goes to the journal.
import { isAbsolute, normalize } from '../util/posixPath';
import type { ProgramValues } from './programValues';
import { hasEnvironmentMark, pathValue } from './systemdWords';
import type { GeneratedFile } from './unitText';

type Target = { kind: 'journal' | 'null' } | { kind: 'file'; path: string };

function isTrue(text: string | undefined): boolean {
  return text !== undefined && ['true', 'yes', 'on', '1'].includes(text.trim().toLowerCase());
}

/** Where one stream goes, with a note when a unit cannot say what supervisord does. */
function targetOf(values: ProgramValues, stream: 'stdout' | 'stderr', notes: string[]): Target {
  const key = `${stream}_logfile`;
  const written = values.value(key);
  const text = (written?.text ?? 'AUTO').trim();
  const upper = text.toUpperCase();
  if (upper === 'NONE' || upper === 'OFF') return { kind: 'null' };
  if (upper === 'AUTO') {
    notes.push(`${key}=AUTO: supervisord would pick a file in childlogdir; here the output goes to the journal (journalctl -u).`);
    return { kind: 'journal' };
  }
  if (upper === 'SYSLOG') {
    notes.push(`${key}=syslog: the output goes to the journal, which passes it on to syslog where one is set up.`);
    return { kind: 'journal' };
  }
  if (hasEnvironmentMark(text) || written?.unknown.length) {
    notes.push(`${key}=${values.raw(key) ?? ''} depends on supervisord's environment: the output goes to the journal instead.`);
    return { kind: 'journal' };
  }
  if (!isAbsolute(text)) {
    notes.push(`${key}=${text} is relative to the folder supervisord was started in: the output goes to the journal instead.`);
    return { kind: 'journal' };
  }
  // systemd refuses a path with `..` in it.
  return { kind: 'file', path: normalize(text) };
}

function render(target: Target): string {
  return target.kind === 'file' ? `append:${pathValue(target.path)}` : target.kind;
}

export function mapOutput(values: ProgramValues, unit: GeneratedFile): void {
  const notes: string[] = [];
  const stdout = targetOf(values, 'stdout', notes);
  if (stdout.kind !== 'journal') unit.set('Service', 'StandardOutput', render(stdout));
  if (isTrue(values.value('redirect_stderr')?.text)) {
    unit.set('Service', 'StandardError', 'inherit', 'redirect_stderr=true: errors go where the output goes.');
  } else {
    const stderr = targetOf(values, 'stderr', notes);
    // StandardError= follows StandardOutput= unless told otherwise, and supervisord keeps them apart.
    if (stderr.kind !== 'journal' || stdout.kind !== 'journal') unit.set('Service', 'StandardError', render(stderr));
  }
  for (const stream of ['stdout', 'stderr']) {
    if (isTrue(values.value(`${stream}_syslog`)?.text)) notes.push(`${stream}_syslog=true: the journal keeps the output and passes it on to syslog where one is set up.`);
  }
  for (const note of notes) unit.comment('Service', note);
}

/** Options this module reads. */
export const OUTPUT_OPTIONS = ['stdout_logfile', 'stderr_logfile', 'redirect_stderr', 'stdout_syslog', 'stderr_syslog'];
