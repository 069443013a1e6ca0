// Walking folders for unit and config files, for the checker and the server's unit catalog alike.
// Folder symlinks are followed, but each folder is entered once (by device and inode) and a link
// back to an ancestor of the walk's root is never entered, so `a -> .` or `up -> ..` end the walk
// instead of growing it. Each file is reported once by its real path: a `.wants/` link to a unit
// beside it is the same file, found under the path that is not a link where there is one.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

export interface WalkPolicy {
  /** Whether to go into a folder; `relative` is its path from the walk's root, `/`-separated. */
  enterFolder(relative: string, name: string): boolean;
  /** Whether a file is wanted, by its name and place alone (no stat has been made yet). */
  wantFile(relative: string, name: string): boolean;
  /** Folder levels below a root that are entered; deeper folders are left out and `stopped` says so. */
  maxDepth: number;
  /** Files after which the walk stops (and `stopped` says so). */
  maxFiles?: number;
}

export interface WalkedFile {
  /** The path as reached from the root given (the root's own spelling kept). */
  path: string;
  realPath: string;
}

interface Found extends WalkedFile {
  viaLink: boolean;
}

interface Folder {
  path: string;
  relative: string;
  depth: number;
  viaLink: boolean;
}

const key = (stats: Stats) => `${stats.dev}:${stats.ino}`;

/** One walk over any number of roots and named files, with a shared memory of folders and files. */
export class DirectoryWalk {
  /** Why the walk stopped short, if it did (`depth` or `files`), with where. */
  stopped: string | undefined;
  readonly errors: string[] = [];
  private readonly visited = new Set<string>();
  private readonly found = new Map<string, Found>();

  constructor(private readonly policy: WalkPolicy) {}

  /** The files found so far, each once, sorted by path. */
  files(): WalkedFile[] {
    return [...this.found.values()].map(({ path, realPath }) => ({ path, realPath }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Adds a file named by the user (read whatever its name); returns its real path. */
  addFile(path: string): string {
    let realPath: string;
    try {
      realPath = realpathSync.native(path);
    } catch {
      realPath = path; // the read that follows reports why it cannot be opened
    }
    this.remember({ path, realPath, viaLink: false });
    return realPath;
  }

  /**
   * Walks a folder; returns the real paths of the wanted files it holds (those found before too), or
   * undefined when the folder was walked before under another path.
   */
  walk(root: string): string[] | undefined {
    const steps = this.walkSteps(root);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The same walk, one folder per step, so that a server can run it in slices between requests
   * (features/backgroundIndex.ts) instead of blocking them for the whole workspace.
   */
  *walkSteps(root: string): Generator<void, string[] | undefined> {
    let rootStats: Stats;
    try {
      rootStats = statSync(root);
    } catch (error) {
      this.errors.push(`${root}: ${(error as Error).message}`);
      return [];
    }
    if (this.visited.has(key(rootStats))) return undefined;
    const ancestors = ancestorKeys(root);
    const reached: string[] = [];
    const pending: Folder[] = [{ path: root, relative: '', depth: 0, viaLink: false }];
    // Folders reached through links wait until the real folders are done, so that files keep their plain paths.
    const linked: Folder[] = [];
    for (let folder = pending.pop(); folder; folder = pending.pop() ?? linked.shift()) {
      let stats: Stats;
      try {
        stats = statSync(folder.path);
      } catch {
        continue;
      }
      if (this.visited.has(key(stats)) || (folder.viaLink && ancestors.has(key(stats)))) continue;
      this.visited.add(key(stats));
      this.readFolder(folder, pending, linked, reached);
      if (this.full()) break;
      yield;
    }
    return reached;
  }

  private full(): boolean {
    const { maxFiles } = this.policy;
    if (maxFiles === undefined || this.found.size < maxFiles) return false;
    this.stopped ??= `files: stopped after ${maxFiles} files`;
    return true;
  }

  private readFolder(folder: Folder, pending: Folder[], linked: Folder[], reached: string[]): void {
    let entries: Dirent[];
    let realFolder: string;
    try {
      entries = readdirSync(folder.path, { withFileTypes: true });
      realFolder = realpathSync.native(folder.path);
    } catch (error) {
      this.errors.push(`${folder.path}: ${(error as Error).message}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: Folder[] = [];
    for (const entry of entries) {
      const path = join(folder.path, entry.name);
      const relative = folder.relative ? `${folder.relative}/${entry.name}` : entry.name;
      const deeper = () => ({ path, relative, depth: folder.depth + 1, viaLink: folder.viaLink || !entry.isDirectory() });
      const wantFolder = () => {
        if (!this.policy.enterFolder(relative, entry.name)) return false;
        if (folder.depth + 1 <= this.policy.maxDepth) return true;
        this.stopped ??= `depth: left out folders deeper than ${this.policy.maxDepth} levels, such as ${path}`;
        return false;
      };
      if (entry.isDirectory()) {
        if (wantFolder()) subfolders.push(deeper());
      } else if (entry.isFile()) {
        if (!this.policy.wantFile(folder.relative, entry.name)) continue;
        const realPath = join(realFolder, entry.name);
        reached.push(realPath);
        this.remember({ path, realPath, viaLink: folder.viaLink });
      } else {
        // A link, a FIFO or device, or a file system that gives no type: only a stat tells what is there.
        const mayEnter = this.policy.enterFolder(relative, entry.name);
        const mayWant = this.policy.wantFile(folder.relative, entry.name);
        if (!mayEnter && !mayWant) continue;
        let target: Stats;
        try {
          target = statSync(path);
        } catch {
          continue; // a dangling link: normal in unit folders
        }
        if (target.isDirectory() && mayEnter) {
          if (wantFolder()) linked.push(deeper());
        } else if (target.isFile() && mayWant) {
          let realPath: string;
          try {
            realPath = realpathSync.native(path);
          } catch {
            continue;
          }
          reached.push(realPath);
          this.remember({ path, realPath, viaLink: true });
        }
      }
      if (this.full()) break;
    }
    pending.push(...subfolders.reverse());
  }

  /** Keeps one path per real file, preferring one that passes through no link. */
  private remember(file: Found): void {
    const known = this.found.get(file.realPath);
    if (!known || (known.viaLink && !file.viaLink)) this.found.set(file.realPath, file);
  }
}

/** Device and inode of a folder's real path and of each folder above it. */
function ancestorKeys(root: string): Set<string> {
  const keys = new Set<string>();
  let dir: string;
  try {
    dir = realpathSync.native(root);
  } catch {
    return keys;
  }
  for (;;) {
    try {
      keys.add(key(statSync(dir)));
    } catch {
      break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return keys;
}
