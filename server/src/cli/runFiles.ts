// The checker reads each file once per run: the files it checks, the timer or socket beside a
// service (install.ts asks whether one exists), a unit's file and drop-ins for the merge, and the
// includes of supervisor configs all come from one cache. Files do not change during a run.
import { resolve } from 'node:path';
import { readRegularFileSync, type ReadResult } from '../host/readRegularFile';

/** Text kept for the run at most; past it files are read again rather than held (a huge tree). */
const MAX_KEPT_CHARS = 64 * 1024 * 1024;

export interface RunFiles {
  /** The file as readRegularFileSync reads it, from the cache after the first time. */
  read(path: string): ReadResult;
  /** Its text, or undefined when it cannot be read (missing, not regular, too large). */
  text(path: string): string | undefined;
}

export function runFiles(): RunFiles {
  const kept = new Map<string, ReadResult>();
  let keptChars = 0;
  const read = (path: string): ReadResult => {
    const key = resolve(path);
    const known = kept.get(key);
    if (known) return known;
    const result = readRegularFileSync(path);
    const size = result.ok ? result.text.length : 0;
    if (keptChars + size <= MAX_KEPT_CHARS) {
      kept.set(key, result);
      keptChars += size;
    }
    return result;
  };
  return {
    read,
    text(path) {
      const result = read(path);
      return result.ok ? result.text : undefined;
    },
  };
}
