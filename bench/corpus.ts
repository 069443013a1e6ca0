// The checker corpus: real unit files from this host, copied to a scratch folder.
import { copyFileSync, lstatSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const UNIT_DIRS = ['/usr/lib/systemd/system', '/lib/systemd/system', '/etc/systemd/system'];
const UNIT_FILE = /\.(service|socket|timer|path|mount|automount|swap|slice|target)$/;

/** Copies up to `count` regular unit files (not symlinks, not templates) and returns their paths. */
export function realUnits(count: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'daemon-config-bench-units-'));
  const seen = new Set<string>();
  const files: string[] = [];
  for (const source of UNIT_DIRS) {
    let names: string[];
    try {
      names = readdirSync(source).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (files.length >= count) break;
      if (!UNIT_FILE.test(name) || name.includes('@') || seen.has(name)) continue;
      const from = join(source, name);
      const stat = lstatSync(from, { throwIfNoEntry: false });
      if (!stat?.isFile()) continue;
      seen.add(name);
      const to = join(dir, name);
      copyFileSync(from, to);
      files.push(to);
    }
  }
  return { dir, files };
}
