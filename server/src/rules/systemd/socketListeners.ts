// The listeners of a socket unit as systemd ends up with them: an empty Listen*= of any kind drops
// every one before it, and a line systemd cannot parse (a bad address, a Unix socket path over 107
// bytes) is ignored.
import type { Entry, ParsedDocument } from '../../parse/model';
import { ignoredBySystemd } from './entries';

export const LISTEN_KEYS = ['ListenStream', 'ListenDatagram', 'ListenSequentialPacket', 'ListenFIFO', 'ListenSpecial',
  'ListenNetlink', 'ListenMessageQueue', 'ListenUSBFunction'];

/** Bytes of sun_path, the terminating NUL included (also for abstract names, which systemd NUL-terminates too). */
export const SUN_PATH_BYTES = 108;
const UNIX_KEYS = new Set(['ListenStream', 'ListenDatagram', 'ListenSequentialPacket']);

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A Unix socket path (or abstract name) too long for sun_path; values with specifiers are not judged. */
export function tooLongForSunPath(e: Entry): boolean {
  return UNIX_KEYS.has(e.key) && /^[/@]/.test(e.value) && !e.value.includes('%') && byteLength(e.value) >= SUN_PATH_BYTES;
}

/** Every Listen*= line of the [Socket] sections, in order. */
export function listenLines(doc: ParsedDocument): Entry[] {
  return doc.sections.filter((s) => s.name === 'Socket').flatMap((s) => s.entries.filter((e) => LISTEN_KEYS.includes(e.key)));
}

/** The listeners in effect for systemd `version`. */
export function listeners(doc: ParsedDocument, version: number): Entry[] {
  const all = listenLines(doc).filter((e) => !tooLongForSunPath(e) && !ignoredBySystemd('Socket', e, version));
  let start = 0;
  all.forEach((e, i) => { if (e.value === '') start = i + 1; });
  return all.slice(start);
}
