// StandardOutput= and StandardError= → stdout_logfile, stderr_logfile and redirect_stderr. The
// journal (systemd's default) has no supervisor counterpart: supervisord's own AUTO log file stands in.
import type { UnitSettings } from './unitSettings';
import type { GeneratedFile } from './unitText';

type Stream = { kind: 'file'; path: string; how: string } | { kind: 'null' } | { kind: 'journal' } | { kind: 'inherit' } | { kind: 'other'; text: string };

function streamOf(value: string | undefined, fallback: Stream): Stream {
  const text = value?.trim();
  if (!text) return fallback;
  const file = /^(append|file|truncate):(.+)$/.exec(text);
  if (file) return { kind: 'file', path: file[2], how: file[1] };
  if (text === 'null') return { kind: 'null' };
  if (text === 'inherit') return { kind: 'inherit' };
  if (/^(journal|syslog|kmsg)(\+console)?$/.test(text)) return { kind: 'journal' };
  return { kind: 'other', text };
}

function write(stream: Stream, key: string, section: string, out: GeneratedFile, name: string, text: (value: string) => string): void {
  if (stream.kind === 'null') out.set(section, key, 'NONE');
  else if (stream.kind === 'file' && /[\r\n]|\s[;#]/.test(stream.path)) out.comment(section, `${name}=${stream.how}:… is left out: supervisor cannot write its path.`);
  else if (stream.kind === 'file') {
    out.set(section, key, text(stream.path), stream.how === 'append' ? undefined
      : `${name}=${stream.how}: supervisord appends to the file instead of writing it from the start.`);
  } else if (stream.kind === 'journal') out.comment(section, `${name} went to the journal; supervisord writes it to its AUTO log file in childlogdir.`);
  else if (stream.kind === 'other') out.comment(section, `${name}=${stream.text} has no supervisor equivalent; supervisord writes it to its AUTO log file.`);
}

export function mapServiceOutput(settings: UnitSettings, section: string, out: GeneratedFile, text: (value: string) => string): void {
  const stdout = streamOf(settings.last('Service', 'StandardOutput'), { kind: 'journal' });
  const stderr = streamOf(settings.last('Service', 'StandardError'), { kind: 'inherit' });
  write(stdout.kind === 'inherit' ? { kind: 'journal' } : stdout, 'stdout_logfile', section, out, 'StandardOutput', text);
  const same = stderr.kind === 'inherit' || (stderr.kind === 'file' && stdout.kind === 'file' && stderr.path === stdout.path)
    || (stderr.kind === 'journal' && stdout.kind === 'journal');
  if (same) out.set(section, 'redirect_stderr', 'true');
  else write(stderr, 'stderr_logfile', section, out, 'StandardError', text);
}
