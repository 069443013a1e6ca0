// What is already at the place "Install This Unit" writes to. `install -D -T` and a re-link would
// replace it silently: a unit someone put there, a mask (a symlink to /dev/null, which replacing
// unmasks), or a drop-in such as the `override.conf` that `systemctl edit` writes.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Occupant =
  /** Nothing there. */
  | { kind: 'absent' }
  /** The file being installed itself (or a link to it): nothing would change. */
  | { kind: 'same' }
  /** A symlink to /dev/null: the unit is masked. */
  | { kind: 'mask' }
  /** A symlink elsewhere, e.g. left by `systemctl link`. */
  | { kind: 'link'; target: string }
  /** A regular file in a `UNIT.d/` folder. */
  | { kind: 'drop-in' }
  /** A regular unit file. */
  | { kind: 'unit' }
  /** A folder or anything else that is not a file. */
  | { kind: 'other' };

export interface DestinationFs {
  lstat(p: string): fs.Stats;
  readlink(p: string): string;
  realpath(p: string): string;
}

const realFs: DestinationFs = {
  lstat: (p) => fs.lstatSync(p),
  readlink: (p) => fs.readlinkSync(p),
  realpath: (p) => fs.realpathSync(p),
};

function realOr(p: string, io: DestinationFs): string {
  try {
    return io.realpath(p);
  } catch {
    return path.posix.resolve(p);
  }
}

/** What occupies `destination` before `source` is installed there. */
export function inspectDestination(source: string, destination: string, io: DestinationFs = realFs): Occupant {
  let stat: fs.Stats;
  try {
    stat = io.lstat(destination);
  } catch {
    return { kind: 'absent' };
  }
  if (stat.isSymbolicLink()) {
    const target = io.readlink(destination);
    const resolved = path.posix.resolve(path.posix.dirname(destination), target);
    if (resolved === '/dev/null') return { kind: 'mask' };
    if (realOr(destination, io) === realOr(source, io)) return { kind: 'same' };
    return { kind: 'link', target };
  }
  if (!stat.isFile()) return { kind: 'other' };
  if (realOr(destination, io) === realOr(source, io)) return { kind: 'same' };
  return path.posix.basename(path.posix.dirname(destination)).endsWith('.d') ? { kind: 'drop-in' } : { kind: 'unit' };
}
