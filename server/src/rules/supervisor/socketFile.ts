// [unix_http_server] file= as supervisord binds it: first to `<file>.<pid>` (then hard-linked to
// file=), through Python's socket.bind(), which takes at most 107 bytes. So the path must leave room
// for a dot and the pid: over 105 bytes it fails whatever the pid; from 100 bytes on it fails for
// pids of up to 7 digits (pid_max reaches 4194304), so whether supervisord starts depends on its pid.
import { dirname, normalize } from '../../util/posixPath';
import { diagnostic, ERROR, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';
import { substitute } from './expandedValues';
import { entry } from './sections';

export const SOCKET_FILE_TOO_LONG = 'supervisor/socket-path-too-long';

/** Longest path Python binds a Unix socket to (sun_path less its terminating NUL). */
export const BIND_MAX_BYTES = 107;
const MAX_PID_DIGITS = 7;

/** os.path.normpath(): like normalize(), without a trailing slash, and keeping a leading '//'. */
function normpath(path: string): string {
  const normal = normalize(path).replace(/(.)\/$/, '$1');
  return /^\/\/(?!\/)/.test(path) ? `/${normal}` : normal;
}

export const socketFileTooLong: Rule = {
  code: SOCKET_FILE_TOO_LONG,
  check({ doc, filePath }) {
    const section = doc.sections.find((s) => s.name === 'unix_http_server');
    const file = section && entry(section, 'file');
    if (!file || file.value.trim() === '' || file.value.trim().startsWith('~')) return [];
    const raw = file.value.trim();
    const value = raw.includes('%') ? substitute(raw, filePath ? { here: dirname(filePath) } : {}) : raw;
    if (value === undefined) return [];
    const bytes = new TextEncoder().encode(normpath(value)).length;
    if (bytes + 2 > BIND_MAX_BYTES) {
      return [diagnostic(file.valueRange, `This socket path is ${bytes} bytes: supervisord first binds '<file>.<pid>', and a Unix socket path ` +
        `holds at most ${BIND_MAX_BYTES}, so it cannot start its server ("AF_UNIX path too long"). Keep it under ${BIND_MAX_BYTES - 1} bytes.`, ERROR)];
    }
    if (bytes + 1 + MAX_PID_DIGITS > BIND_MAX_BYTES) {
      const digits = BIND_MAX_BYTES - bytes - 1;
      return [diagnostic(file.valueRange, `This socket path is ${bytes} bytes: supervisord first binds '<file>.<pid>' (at most ${BIND_MAX_BYTES} bytes), ` +
        `so it starts only while its pid has at most ${digits} digit${digits === 1 ? '' : 's'}. Keep it under ${BIND_MAX_BYTES - MAX_PID_DIGITS} bytes.`, WARNING)];
    }
    return [];
  },
};
