// Where unit files live: the workspace's folders and the host's unit search path, by unit name.
// Scans are cached briefly so completion stays fast while new files still show up.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UNIT_TYPES } from '../classify/fileKind';

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

function scanWorkspace(root: string, out: UnitFile[], depth = 0): void {
  if (depth > MAX_DEPTH || out.length >= MAX_WORKSPACE_FILES) return;
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    if (out.length >= MAX_WORKSPACE_FILES) return;
    const full = join(root, name);
    if (UNIT_FILE.test(name)) out.push({ name, path: full, origin: 'workspace' });
    else if (!name.startsWith('.') && !SKIP_DIRS.has(name) && !name.includes('.') && isDir(full)) scanWorkspace(full, out, depth + 1);
    else if (name.endsWith('.d') && isDir(full)) continue;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function createUnitCatalog(workspaceRoots: () => string[], hostDirs: string[] = SYSTEM_UNIT_PATH): UnitCatalog {
  let cached: UnitFile[] | undefined;
  let at = 0;
  const load = () => {
    if (cached && Date.now() - at < FRESH_MS) return cached;
    const files: UnitFile[] = [];
    for (const root of workspaceRoots()) scanWorkspace(root, files);
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
