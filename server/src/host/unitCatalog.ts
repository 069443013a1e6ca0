// Where unit files live: the workspace's folders and the host's unit search path of the system or
// the user manager, by unit name. Scans are cached briefly so completion stays fast while new files
// still show up.
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { UNIT_TYPES, type UnitScope } from '../classify/fileKind';
import { DirectoryWalk, type WalkPolicy } from './directoryWalk';
import { freshValue, steppedValue } from './steppedValue';

export interface UnitFile {
  name: string;
  path: string;
  origin: 'workspace' | 'host';
  /** The document's URI where it is not the file: URI of `path` (an open document in the browser). */
  uri?: string;
}

export interface UnitCatalog {
  /**
   * Every unit file the manager of `scope` could load; workspace files first. A file whose manager
   * is unknown (a project folder) is taken as a system unit, as the commands do.
   */
  all(scope?: UnitScope): UnitFile[];
  find(name: string, scope?: UnitScope): UnitFile | undefined;
  /** Forgets the scans, so the next question sees files created or deleted since (optional for test doubles). */
  refresh?(): void;
  /** The client watches the files: keep the scans until it reports a change, not for a few seconds. */
  follow?(): void;
  /** A file was created or deleted: the scans take or drop it (no rescan). */
  changed?(path: string, change: 'created' | 'deleted'): void;
  /** Walks the workspace's folders one folder a step, so that the next question finds them walked. */
  scanSteps?(): Generator<void, void>;
}

/** The folders of each manager's unit search path that hold unit files people write or install. */
export interface HostUnitPath {
  system: string[];
  user: string[];
}

export const SYSTEM_UNIT_PATH = ['/etc/systemd/system', '/run/systemd/system', '/usr/local/lib/systemd/system',
  '/usr/lib/systemd/system', '/lib/systemd/system'];

/**
 * The user manager's unit folders in its order of precedence (`systemd-analyze --user unit-paths`,
 * without the generator, transient and control folders, which hold state rather than units).
 */
export function userUnitPath(env: Record<string, string | undefined> = process.env, home = homedir()): string[] {
  const list = (value: string | undefined, fallback: string[]) => {
    const dirs = (value ?? '').split(':').filter((d) => d.startsWith('/'));
    return dirs.length > 0 ? dirs : fallback;
  };
  const configHome = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  const dataHome = env.XDG_DATA_HOME?.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  const runtime = env.XDG_RUNTIME_DIR?.startsWith('/') ? [join(env.XDG_RUNTIME_DIR, 'systemd', 'user')] : [];
  return [
    join(configHome, 'systemd', 'user'),
    ...list(env.XDG_CONFIG_DIRS, ['/etc/xdg']).map((d) => join(d, 'systemd', 'user')),
    '/etc/systemd/user',
    ...runtime,
    '/run/systemd/user',
    join(dataHome, 'systemd', 'user'),
    ...list(env.XDG_DATA_DIRS, ['/usr/local/share', '/usr/share']).map((d) => join(d, 'systemd', 'user')),
    '/usr/local/lib/systemd/user',
    '/usr/lib/systemd/user',
    '/lib/systemd/user',
  ];
}

/**
 * 'user' for a file in one of this host's user unit folders: catches folders moved by XDG_CONFIG_HOME
 * and the like, which classify (reading the path alone) cannot know.
 */
export function hostScopeOf(path: string, userPath: string[] = userUnitPath()): 'user' | undefined {
  return userPath.some((dir) => path.startsWith(dir.endsWith('/') ? dir : `${dir}/`)) ? 'user' : undefined;
}

export function hostUnitPath(): HostUnitPath {
  return { system: SYSTEM_UNIT_PATH, user: userUnitPath() };
}

const UNIT_FILE = new RegExp(`^[^.][^/]*\\.(${UNIT_TYPES.join('|')})$`);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
// A workspace of 10,000 units and more is indexed whole; the cap only bounds a runaway folder.
const MAX_WORKSPACE_FILES = 20000;
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

/** Unit files under the workspace folders, each once by its real path (links and loops walk no further); one folder a step. */
function* scanWorkspace(roots: string[]): Generator<void, UnitFile[]> {
  const walk = new DirectoryWalk(WORKSPACE_POLICY);
  for (const root of roots) yield* walk.walkSteps(root);
  return walk.files().map(({ path }) => ({ name: basename(path), path, origin: 'workspace' }));
}

/** Whether the workspace scan would take `path`: under a root, through folders it enters, deep enough. */
export function inWorkspaceScan(path: string, roots: string[]): boolean {
  if (!UNIT_FILE.test(basename(path))) return false;
  return roots.some((root) => {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    if (!path.startsWith(prefix)) return false;
    const folders = path.slice(prefix.length).split('/').slice(0, -1);
    return folders.length <= MAX_DEPTH && folders.every((name) => name !== '' && !name.startsWith('.') && !SKIP_DIRS.has(name) && !name.includes('.'));
  });
}

export function createUnitCatalog(workspaceRoots: () => string[], hostDirs: HostUnitPath = hostUnitPath()): UnitCatalog {
  let following = false;
  const kept = () => following;
  const workspace = steppedValue(() => scanWorkspace(workspaceRoots()), kept, FRESH_MS);
  // The workspace's files come first; a host file of the same name is shadowed by them.
  const withHost = (manager: keyof HostUnitPath) => freshValue(() => {
    const files = [...workspace()];
    const seen = new Set(files.map((f) => f.name));
    for (const dir of hostDirs[manager]) {
      for (const name of listUnits(dir)) {
        if (seen.has(name)) continue;
        seen.add(name);
        files.push({ name, path: join(dir, name), origin: 'host' });
      }
    }
    return files;
  }, kept, FRESH_MS);
  const byManager = { system: withHost('system'), user: withHost('user') };
  const load = (scope: UnitScope = 'unknown') => byManager[scope === 'user' ? 'user' : 'system']();
  return {
    all: load,
    find: (name, scope) => load(scope).find((f) => f.name === name),
    refresh: () => [workspace, byManager.system, byManager.user].forEach((cached) => cached.reset()),
    follow: () => { following = true; },
    scanSteps: () => workspace.steps(),
    changed(path, change) {
      const files = workspace.peek();
      if (files && inWorkspaceScan(path, workspaceRoots())) {
        const at = files.findIndex((f) => f.path === path);
        if (at >= 0 && change === 'deleted') files.splice(at, 1);
        if (at < 0 && change === 'created') files.push({ name: basename(path), path, origin: 'workspace' });
      }
      // The merged lists are rebuilt from the workspace's list and a readdir of each host folder.
      byManager.system.reset();
      byManager.user.reset();
    },
  };
}
