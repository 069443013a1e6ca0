// Which files a check covers: named files always; in folders, the files that look like units or
// supervisor configs, or files of systemd's other families. Hidden folders are skipped except the ones units live in, and so is node_modules.
import { statSync } from 'node:fs';
import { DirectoryWalk, type WalkPolicy } from '../host/directoryWalk';

// Units, drop-ins and supervisor configs; then the other systemd families (Quadlet, networkd, nspawn).
const CANDIDATE = /\.(service|socket|timer|path|mount|automount|swap|slice|scope|target|device|conf|ini|container|volume|network|kube|pod|image|build|netdev|link|nspawn)$/;

/** Hidden folders that hold units (user units, Quadlet), from their hidden part on. */
export const HIDDEN_UNIT_HOMES = ['.config/systemd/user', '.config/containers/systemd', '.local/share/systemd/user'];

/** SysV init scripts have no extension: every file of an `init.d` folder below the root is read (sysv/). */
function isInitFolder(relative: string): boolean {
  return relative === 'init.d' || relative.endsWith('/init.d');
}

/** Deeper than any unit tree; a deeper walk says where it stopped. */
const MAX_DEPTH = 40;

/** How a folder below the root relates to hidden folders: none on its path, inside a unit home, on the way to one, or elsewhere. */
function hiddenPlace(relative: string): 'plain' | 'home' | 'way' | 'skip' {
  const segments = relative ? relative.split('/') : [];
  const first = segments.findIndex((s) => s.startsWith('.'));
  if (first < 0) return 'plain';
  const rest = segments.slice(first).join('/');
  if (HIDDEN_UNIT_HOMES.some((home) => rest === home || rest.startsWith(home + '/'))) return 'home';
  if (HIDDEN_UNIT_HOMES.some((home) => home.startsWith(rest + '/'))) return 'way';
  return 'skip';
}

export const CHECKER_POLICY: WalkPolicy = {
  enterFolder: (relative, name) => name !== 'node_modules' && hiddenPlace(relative) !== 'skip',
  wantFile: (folder, name) => !name.startsWith('.') && (CANDIDATE.test(name) || isInitFolder(folder)) && ['plain', 'home'].includes(hiddenPlace(folder)),
  maxDepth: MAX_DEPTH,
};

export interface CollectedFile {
  path: string;
  realPath: string;
  /** Named on the command line: read whatever its name, and an error when it is neither dialect. */
  named: boolean;
}

export interface Collected {
  files: CollectedFile[];
  /** Each folder named, with the real paths of the candidate files found in it. */
  folders: { path: string; found: string[] }[];
  errors: string[];
}

export function collectFiles(paths: string[]): Collected {
  const walk = new DirectoryWalk(CHECKER_POLICY);
  const named = new Set<string>();
  const folders: Collected['folders'] = [];
  const errors: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push(`${path}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or directory' : (error as Error).message}`);
      continue;
    }
    if (isFolder) {
      const found = walk.walk(path);
      // undefined: the same folder named twice (or through a link); it was checked once.
      if (found) folders.push({ path, found });
    } else {
      named.add(walk.addFile(path));
    }
  }
  if (walk.stopped) errors.push(`not every folder was searched (${walk.stopped})`);
  errors.push(...walk.errors);
  const files = walk.files().map((f) => ({ ...f, named: named.has(f.realPath) }));
  return { files, folders, errors };
}
