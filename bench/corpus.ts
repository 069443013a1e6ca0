// The checker corpus: real unit files from this host (system and user units), plus the Debian
// package units the agreement test caches under .cache/ if it has run here (never fetched here),
// copied to a scratch folder.
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const AGREEMENT_CORPUS = resolve(__dirname, '..', '.cache/agreement/systemd/corpus');
const UNIT_DIRS = ['/usr/lib/systemd/system', '/lib/systemd/system', '/etc/systemd/system', '/usr/lib/systemd/user',
  ...(existsSync(AGREEMENT_CORPUS) ? readdirSync(AGREEMENT_CORPUS).sort().map((d) => join(AGREEMENT_CORPUS, d)) : [])];
const UNIT_FILE = /\.(service|socket|timer|path|mount|automount|swap|slice|target)$/;

/** Copies up to `count` regular unit files (not symlinks, not templates; one per name) and returns their paths. */
export function realUnits(count = Infinity): { dir: string; files: string[] } {
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
