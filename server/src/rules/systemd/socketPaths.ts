// Socket paths as systemd reads them: a Unix socket path must fit sockaddr_un's 108-byte sun_path
// with its terminating NUL (sockaddr_un_set_path()), and Symlinks= needs exactly one listener with a
// path in the file system to point at (socket_find_symlink_target()).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry } from '../../parse/model';
import type { Rule } from '../types';
import { listEntries } from './entries';
import { isUnitOf, refusal, relatedEntry } from './refusal';
import { byteLength, listeners, SUN_PATH_BYTES, tooLongForSunPath } from './socketListeners';

export const SOCKET_PATH_TOO_LONG = 'systemd/socket-path-too-long';
export const SYMLINKS_TARGET = 'systemd/symlinks-without-one-path';

export const socketPathTooLong: Rule = {
  code: SOCKET_PATH_TOO_LONG,
  check(context) {
    const { doc, kind } = context;
    if (kind.dialect !== 'systemd' || (kind.unitType !== undefined && kind.unitType !== 'socket')) return [];
    const out: Diagnostic[] = [];
    for (const section of doc.sections.filter((s) => s.name === 'Socket')) {
      for (const e of section.entries) {
        // Specifiers change the length; without them the written value is what systemd binds.
        if (!tooLongForSunPath(e)) continue;
        const bytes = byteLength(e.value);
        out.push(refusal(context, e.valueRange,
          `This socket path is ${bytes} bytes; a Unix socket path holds at most ${SUN_PATH_BYTES - 1}. systemd ignores the line` +
          ' (and refuses the socket when nothing else is left to listen on).', SOCKET_PATH_TOO_LONG));
        if (out.length >= 100) return out;
      }
    }
    return out;
  },
};

/** The file-system path of a listener, as socket_find_symlink_target() counts them. */
function fileSystemPath(e: Entry): boolean {
  return e.key === 'ListenFIFO' || (['ListenStream', 'ListenDatagram', 'ListenSequentialPacket'].includes(e.key) && e.value.startsWith('/'));
}

export const symlinksWithoutOnePath: Rule = {
  code: SYMLINKS_TARGET,
  check(context) {
    if (!isUnitOf(context, 'socket')) return [];
    const version = context.settings.systemdVersion;
    const symlinks = listEntries(context.doc, 'Socket', 'Symlinks', version).filter((e) => e.value !== '');
    if (!symlinks.length) return [];
    const paths = listeners(context.doc, version).filter(fileSystemPath);
    if (paths.length === 1) return [];
    const why = paths.length ? `${paths.length} listeners have one` : 'no listener has one';
    return [refusal(context, symlinks[0].keyRange,
      `Symlinks= needs exactly one listener with a path in the file system to point at, but ${why}: systemd refuses to load the socket.`,
      SYMLINKS_TARGET, [], paths.map((e) => relatedEntry(e)))];
  },
};
