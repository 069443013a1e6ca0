// The workspace index's files on a Node host: unit files from the UnitCatalog, the drop-in and
// dependency folders (`db.service.d/`, `multi-user.target.wants/`) of the workspace and of the
// manager's unit folders, and the workspace's `*.conf`/`*.ini` files that may be supervisor configs.
// Open documents' text wins over the disk's; the folder scans are kept as briefly as the catalog's.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UNIT_TYPES, type UnitScope } from '../classify/fileKind';
import type { Origin, RefreshableIndexSource, UnitFolder, WatchedChange } from '../features/workspaceIndex';
import { DirectoryWalk } from './directoryWalk';
import { readRegularFileSync } from './readRegularFile';
import { steppedValue } from './steppedValue';
import type { HostUnitPath, UnitCatalog } from './unitCatalog';

// `db.service.d`, `multi-user.target.wants`, and the top-level drop-in folder of a type, `service.d`.
const UNIT_FOLDER = new RegExp(`^((?:[^/]+\\.)?(?:${UNIT_TYPES.join('|')}))\\.(d|wants|requires|upholds)$`);
const UNIT_NAME = new RegExp(`^[^.][^/]*\\.(?:${UNIT_TYPES.join('|')})$`);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
// Drop-ins and supervisor configs of a workspace of thousands of units; the cap bounds a runaway folder.
const MAX_FILES = 20000;
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

interface WorkspaceScan {
  folders: UnitFolder[];
  configs: string[];
}

/** One scan of the workspace folders, one folder a step: their unit folders and their config candidates. */
function* scanWorkspace(roots: string[]): Generator<void, WorkspaceScan> {
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
  for (root of roots) yield* walk.walkSteps(root);
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

export type NodeIndexSource = RefreshableIndexSource;

const CONFIG_NAME = /^[^.].*\.(?:conf|ini)$/;

/** Whether the workspace scan would take `path` as a config candidate (not inside a unit folder). */
function isConfigCandidate(path: string, roots: string[]): boolean {
  if (!CONFIG_NAME.test(basename(path))) return false;
  return roots.some((root) => {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    if (!path.startsWith(prefix)) return false;
    const folders = path.slice(prefix.length).split('/').slice(0, -1);
    return folders.length <= MAX_DEPTH && folders.every((name) => name !== '' && !name.startsWith('.') && !SKIP_DIRS.has(name) && !UNIT_FOLDER.test(name));
  });
}

/**
 * Applies one created or deleted file to a workspace scan; false when it cannot be done file by
 * file (a folder came or went) and the scan must be redone.
 */
function patchScan(scan: WorkspaceScan, path: string, change: 'created' | 'deleted', roots: string[]): boolean {
  const name = basename(path);
  const parent = dirname(path);
  if (UNIT_FOLDER.test(name)) return false;
  if (UNIT_FOLDER.test(basename(parent))) {
    const folder = scan.folders.find((f) => f.path === parent);
    if (!folder) return change === 'deleted' || !roots.some((root) => parent.startsWith(`${root}/`));
    const wanted = folder.kind === 'd' ? name.endsWith('.conf') : UNIT_NAME.test(name);
    const at = folder.entries.indexOf(name);
    if (change === 'deleted' && at >= 0) folder.entries.splice(at, 1);
    if (change === 'created' && at < 0 && wanted) folder.entries = [...folder.entries, name].sort();
    return true;
  }
  if (isConfigCandidate(path, roots)) {
    const at = scan.configs.indexOf(path);
    if (change === 'deleted' && at >= 0) scan.configs.splice(at, 1);
    if (change === 'created' && at < 0) scan.configs.push(path);
    return true;
  }
  // A file the scans never take (a unit file is the catalog's); a name without a dot may be a folder.
  return name.includes('.');
}

export function nodeIndexSource(catalog: UnitCatalog, roots: () => string[], hostDirs: HostUnitPath, open: (path: string) => string | undefined): NodeIndexSource {
  const host = new Map<string, { at: number; folders: UnitFolder[] }>();
  const stamps = new Map<string, { at: number; stamp: string }>();
  // While the client watches the files, scans and stamps hold until it reports a change.
  let following = false;
  const stale = (at: number) => !following && Date.now() - at >= FRESH_MS;
  const scanned = steppedValue(() => scanWorkspace(roots()), () => following, FRESH_MS);
  const hostFolders = (scope: UnitScope) => {
    const manager = scope === 'user' ? 'user' : 'system';
    let kept = host.get(manager);
    if (!kept || stale(kept.at)) host.set(manager, (kept = { at: Date.now(), folders: scanHost(hostDirs[manager]) }));
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
      if (kept && !stale(kept.at)) return kept.stamp;
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
    *scanSteps() {
      if (catalog.scanSteps) yield* catalog.scanSteps();
      yield* scanned.steps();
    },
    refresh() {
      stamps.clear();
      scanned.reset();
      host.clear();
      catalog.refresh?.();
    },
    follow() {
      following = true;
      catalog.follow?.();
    },
    changed(changes: WatchedChange[]) {
      for (const { path, change } of changes) {
        stamps.delete(path);
        if (change === 'changed') continue;
        // The host's unit folders are a few readdirs; the workspace's scans are patched by this file alone.
        host.clear();
        const workspace = scanned.peek();
        if (workspace && !patchScan(workspace, path, change, roots())) {
          // A folder came or went: what was in it is not reported file by file.
          scanned.reset();
          catalog.refresh?.();
        } else if (catalog.changed) {
          catalog.changed(path, change);
        } else {
          catalog.refresh?.();
        }
      }
    },
  };
}
