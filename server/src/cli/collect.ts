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
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      errors.push(`${dir}: ${(error as Error).message}`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      let stat;
      try {
        stat = statSync(full);
      } catch {
        continue; // a dangling link in a unit folder is normal (masked units point at /dev/null)
      }
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile() && CANDIDATE.test(name)) files.push(full);
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
