// Which files a check covers: named files always; in folders, the files that look like units or
// supervisor configs (hidden folders and node_modules skipped).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATE = /\.(service|socket|timer|path|mount|automount|swap|slice|scope|target|device|conf|ini)$/;

export interface Collected {
  files: string[];
  errors: string[];
}

export function collectFiles(paths: string[]): Collected {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    const types = new Map<string, 'dir' | 'file' | 'other'>();
    try {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        types.set(entry.name, entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other');
      }
      names = [...types.keys()].sort();
    } catch (error) {
      errors.push(`${dir}: ${(error as Error).message}`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      // The directory entry's type saves a stat per file; only links need one to see their target.
      const type = types.get(name);
      let isDir = type === 'dir';
      let isFile = type === 'file';
      if (type === 'other') {
        try {
          const stat = statSync(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue; // a dangling link in a unit folder is normal (masked units point at /dev/null)
        }
      }
      if (isDir) walk(full);
      else if (isFile && CANDIDATE.test(name)) files.push(full);
    }
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    } catch (error) {
      errors.push(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}`);
    }
  }
  return { files, errors };
}
