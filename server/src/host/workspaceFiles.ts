// The workspace index's files on a Node host: unit files from the UnitCatalog, the drop-in and
// dependency folders (`db.service.d/`, `multi-user.target.wants/`) of the workspace and of the
// manager's unit folders, and the workspace's `*.conf`/`*.ini` files that may be supervisor configs.
// Open documents' text wins over the disk's; the folder scans are kept as briefly as the catalog's.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UNIT_TYPES, type UnitScope } from '../classify/fileKind';
import type { IndexSource, Origin, UnitFolder } from '../features/workspaceIndex';
import { DirectoryWalk } from './directoryWalk';
import { readRegularFileSync } from './readRegularFile';
import type { HostUnitPath, UnitCatalog } from './unitCatalog';

// `db.service.d`, `multi-user.target.wants`, and the top-level drop-in folder of a type, `service.d`.
const UNIT_FOLDER = new RegExp(`^((?:[^/]+\\.)?(?:${UNIT_TYPES.join('|')}))\\.(d|wants|requires|upholds)$`);
const UNIT_NAME = new RegExp(`^[^.][^/]*\\.(?:${UNIT_TYPES.join('|')})$`);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
const MAX_FILES = 5000;
const MAX_DEPTH = 6;
const FRESH_MS = 5000;

function names(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function unitFolder(path: string, name: string, origin: Origin): UnitFolder | undefined {
  const match = UNIT_FOLDER.exec(name);
  if (!match) return undefined;
  const kind = match[2] as UnitFolder['kind'];
  if (!match[1].includes('.') && kind !== 'd') return undefined;
  const entries = names(path).filter((n) => (kind === 'd' ? n.endsWith('.conf') : UNIT_NAME.test(n)));
  return { path, unitName: match[1], kind, origin, entries };
}

/** One scan of the workspace folders: their unit folders and their config candidates. */
function scanWorkspace(roots: string[]): { folders: UnitFolder[]; configs: string[] } {
  const folderPaths: string[] = [];
  let root = '';
  const walk = new DirectoryWalk({
    enterFolder: (relative, name) => {
      if (UNIT_FOLDER.test(name)) {
        folderPaths.push(join(root, relative));
        return false;
      }
      return !name.startsWith('.') && !SKIP_DIRS.has(name);
    },
    wantFile: (_relative, name) => !name.startsWith('.') && (name.endsWith('.conf') || name.endsWith('.ini')),
    maxDepth: MAX_DEPTH,
    maxFiles: MAX_FILES,
  });
  for (root of roots) walk.walk(root);
  const folders = [...new Set(folderPaths)].flatMap((path) => unitFolder(path, path.slice(path.lastIndexOf('/') + 1), 'workspace') ?? []);
  return { folders, configs: walk.files().map((f) => f.path) };
}

/** A folder's real path, so that `/lib/systemd/system` on a merged-/usr host is read once, as systemd does. */
function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

function scanHost(dirs: string[]): UnitFolder[] {
  const seen = new Set<string>();
  return dirs.flatMap((dir) => {
    const real = realFolder(dir);
    if (seen.has(real)) return [];
    seen.add(real);
    return names(dir).flatMap((name) => unitFolder(join(dir, name), name, 'host') ?? []);
  });
}

export interface NodeIndexSource extends IndexSource {
  /** Forgets the folder scans, after the client reported changed files. */
  refresh(): void;
}

export function nodeIndexSource(catalog: UnitCatalog, roots: () => string[], hostDirs: HostUnitPath, open: (path: string) => string | undefined): NodeIndexSource {
  let workspace: { at: number; folders: UnitFolder[]; configs: string[] } | undefined;
  const host = new Map<string, { at: number; folders: UnitFolder[] }>();
  const stamps = new Map<string, { at: number; stamp: string }>();
  const scanned = () => {
    if (!workspace || Date.now() - workspace.at >= FRESH_MS) workspace = { at: Date.now(), ...scanWorkspace(roots()) };
    return workspace;
  };
  const hostFolders = (scope: UnitScope) => {
    const manager = scope === 'user' ? 'user' : 'system';
    let kept = host.get(manager);
    if (!kept || Date.now() - kept.at >= FRESH_MS) host.set(manager, (kept = { at: Date.now(), folders: scanHost(hostDirs[manager]) }));
    return kept.folders;
  };
  return {
    unitFiles: (scope) => catalog.all(scope),
    unitFolders: (scope) => [...scanned().folders, ...hostFolders(scope)],
    configFiles: () => scanned().configs,
    read(path) {
      const text = open(path);
      if (text !== undefined) return text;
      const read = readRegularFileSync(path);
      return read.ok ? read.text : undefined;
    },
    stamp(path) {
      // An open document is parsed again each time: a version number alone may repeat after a reopen.
      if (open(path) !== undefined) return undefined;
      // Like the catalog, a file's stamp is trusted for FRESH_MS (a watched change forgets it sooner).
      const kept = stamps.get(path);
      if (kept && Date.now() - kept.at < FRESH_MS) return kept.stamp;
      let stamp: string;
      try {
        const stats = statSync(path);
        stamp = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
      } catch {
        stamp = 'missing';
      }
      stamps.set(path, { at: Date.now(), stamp });
      return stamp;
    },
    refresh() {
      stamps.clear();
      workspace = undefined;
      host.clear();
      catalog.refresh?.();
    },
  };
}
