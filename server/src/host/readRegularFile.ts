// Reading a file the workspace or the command line points at, without trusting what it is: only a
// regular file is read, and only up to a limit. A FIFO would block the read for good, /dev/zero
// never ends, and /proc/kmsg reports itself as an empty regular file but blocks and consumes the
// kernel log; each is refused with a reason instead.
import { closeSync, constants, fstatSync, openSync, readSync, statfsSync, statSync, type Stats } from 'node:fs';
import { formatSize, MAX_ANALYZED_CHARS } from '../limits';

/**
 * The most bytes read from one file; a larger file is refused. The single limit the server's reads,
 * the checker and the editor's analysis share (a file read but not analysed would help no one).
 */
export const MAX_READ_BYTES = MAX_ANALYZED_CHARS;

export type ReadRefusal = 'missing' | 'not-regular' | 'kernel-file' | 'too-large' | 'unreadable';

export type ReadResult = { ok: true; text: string } | { ok: false; refusal: ReadRefusal; message: string };

/** Magic numbers (statfs f_type) of Linux file systems whose files are kernel interfaces, not data. */
const KERNEL_FILE_SYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'], [0x62656572, 'sysfs'], [0x64626720, 'debugfs'], [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'], [0x27e0eb, 'cgroup'], [0x63677270, 'cgroup2'], [0x62656570, 'configfs'],
  [0xcafe4a11, 'bpf'], [0xde5e81e4, 'efivarfs'], [0x6165676c, 'pstore'], [0x65735543, 'fusectl'],
  [0x42494e4d, 'binfmt_misc'], [0xf97cff8c, 'selinuxfs'],
]);

/** What a non-regular file is, in words for a message. */
export function fileTypeName(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refuse(refusal: ReadRefusal, message: string): ReadResult {
  return { ok: false, refusal, message };
}

function errorResult(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('missing', 'no such file or directory');
  if (code === 'ELOOP') return refuse('unreadable', 'too many levels of symbolic links');
  return refuse('unreadable', (error as Error).message);
}

/** The kernel file system an open file is on, if it is one; statfs through /proc/self/fd sees the file itself. */
function kernelFileSystem(fd: number, path: string): string | undefined {
  for (const target of [`/proc/self/fd/${fd}`, path]) {
    try {
      return KERNEL_FILE_SYSTEMS.get(statfsSync(target).type);
    } catch {
      // no /proc, or statfs unsupported here: try the path, then give up (the other checks still hold)
    }
  }
  return undefined;
}

/**
 * Files of one device (st_dev) are on one mounted file system, so its kind is asked once per device:
 * a check of 500 units made 500 statfs calls for the same file system. Kept briefly, since a device
 * number freed by an unmount may come back for another file system.
 */
const KERNEL_FS_KEEP_MS = 5000;
const kernelFsOfDevice = new Map<number, { kernel: string | undefined; at: number }>();

function kernelFileSystemOf(fd: number, path: string, device: number): string | undefined {
  const now = Date.now();
  const known = kernelFsOfDevice.get(device);
  if (known && now - known.at < KERNEL_FS_KEEP_MS) return known.kernel;
  const kernel = kernelFileSystem(fd, path);
  if (kernelFsOfDevice.size >= 64) kernelFsOfDevice.clear();
  kernelFsOfDevice.set(device, { kernel, at: now });
  return kernel;
}

/**
 * Reads a regular file as UTF-8, at most `limit` bytes. Never blocks on what the file is: the type is
 * checked by `stat` before opening (opening some devices has effects of its own), the open is
 * O_NONBLOCK (a FIFO swapped in meanwhile does not hang it) and `fstat` checks again what was opened.
 */
export function readRegularFileSync(path: string, limit = MAX_READ_BYTES): ReadResult {
  let before: Stats | undefined;
  try {
    // No exception for a missing file: the checker asks after many (is there a timer beside this service?).
    before = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return errorResult(error);
  }
  if (!before) return refuse('missing', 'no such file or directory');
  if (!before.isFile()) return refuse('not-regular', `${fileTypeName(before)}, not a regular file`);
  if (before.size > limit) return refuse('too-large', tooLarge(before.size, limit));
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return errorResult(error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return refuse('not-regular', `${fileTypeName(opened)}, not a regular file`);
    if (opened.size > limit) return refuse('too-large', tooLarge(opened.size, limit));
    const kernel = kernelFileSystemOf(fd, path, opened.dev);
    if (kernel) return refuse('kernel-file', `a kernel interface on ${kernel}, not a regular file`);
    return readBounded(fd, limit, opened.size);
  } catch (error) {
    return errorResult(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads until end of file or one byte past `limit` (a file may grow after fstat), into one buffer
 * sized by fstat that doubles when the file grew: no copy per read, one decode at the end.
 */
function readBounded(fd: number, limit: number, expected: number): ReadResult {
  let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(expected + 1, 8 * 1024)));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, total, Math.min(buffer.length, limit + 1) - total, null);
    if (read === 0) break;
    total += read;
    if (total > limit) return refuse('too-large', tooLarge(total, limit));
  }
  return { ok: true, text: buffer.toString('utf8', 0, total) };
}

/** `1.1 MB is over the 1 MB limit for one file`; a file that grew while read has no exact size. */
function tooLarge(size: number, limit: number): string {
  return `${size > limit + 1 ? formatSize(size) : 'it'} is over the ${formatSize(limit)} limit for one file`;
}
