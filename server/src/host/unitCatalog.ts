// Where unit files live: the workspace's folders and the host's unit search path, by unit name.
// Scans are cached briefly so completion stays fast while new files still show up.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UNIT_TYPES } from '../classify/fileKind';
import { DirectoryWalk, type WalkPolicy } from './directoryWalk';

export interface UnitFile {
  name: string;
  path: string;
  origin: 'workspace' | 'host';
}

export interface UnitCatalog {
  /** Every known unit file; workspace files first. */
  all(): UnitFile[];
  find(name: string): UnitFile | undefined;
}

export const SYSTEM_UNIT_PATH = ['/etc/systemd/system', '/run/systemd/system', '/usr/local/lib/systemd/system',
  '/usr/lib/systemd/system', '/lib/systemd/system'];

const UNIT_FILE = new RegExp(`^[^.][^/]*\\.(${UNIT_TYPES.join('|')})$`);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
const MAX_WORKSPACE_FILES = 5000;
const MAX_DEPTH = 6;
const FRESH_MS = 5000;

function listUnits(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => UNIT_FILE.test(n));
  } catch {
    return [];
  }
}

/** Folders the scan enters: not hidden, not build output, and not `foo.service.d` or `x.target.wants` (no dot). */
const WORKSPACE_POLICY: WalkPolicy = {
  enterFolder: (_relative, name) => !name.startsWith('.') && !SKIP_DIRS.has(name) && !name.includes('.'),
  wantFile: (_folder, name) => UNIT_FILE.test(name),
  maxDepth: MAX_DEPTH,
  maxFiles: MAX_WORKSPACE_FILES,
};

/** Unit files under the workspace folders, each once by its real path (links and loops walk no further). */
function scanWorkspace(roots: string[], out: UnitFile[]): void {
  const walk = new DirectoryWalk(WORKSPACE_POLICY);
  for (const root of roots) walk.walk(root);
  for (const { path } of walk.files()) out.push({ name: basename(path), path, origin: 'workspace' });
}

export function createUnitCatalog(workspaceRoots: () => string[], hostDirs: string[] = SYSTEM_UNIT_PATH): UnitCatalog {
  let cached: UnitFile[] | undefined;
  let at = 0;
  const load = () => {
    if (cached && Date.now() - at < FRESH_MS) return cached;
    const files: UnitFile[] = [];
    scanWorkspace(workspaceRoots(), files);
    const seen = new Set(files.map((f) => f.name));
    for (const dir of hostDirs) {
      for (const name of listUnits(dir)) {
        if (seen.has(name)) continue;
        seen.add(name);
        files.push({ name, path: join(dir, name), origin: 'host' });
      }
    }
    cached = files;
    at = Date.now();
    return files;
  };
  return {
    all: load,
    find: (name) => load().find((f) => f.name === name),
  };
}
