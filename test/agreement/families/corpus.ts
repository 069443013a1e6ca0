// The real files of the families: those Debian's systemd packages ship (fetched with `apt-get download`
// at the host's systemd version and unpacked with `dpkg-deb -x` into a cache under os.tmpdir(), never
// installed), the host's own, and the realistic files we wrote (files/FAMILY/ beside this module).
// The same unpacked packages give the oracles' binaries that the host lacks (udevadm, resolved, ...).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Family } from './families';

/** Packages whose files are real files of a family (the oracle packages of families.ts are added to these). */
export const CORPUS_PACKAGES = ['systemd', 'udev', 'systemd-timesyncd', 'systemd-resolved', 'systemd-oomd', 'systemd-homed', 'systemd-coredump', 'systemd-container'];

export const CACHE = join(tmpdir(), 'daemon-config-agreement', 'families');
const OWN_FILES = join(__dirname, 'files');

export interface RealFile {
  family: string;
  /** `debian:PKG`, `host` or `ours`. */
  origin: string;
  name: string;
  text: string;
}

/** The host's version of Debian's systemd package: the oracles' binaries must match its libsystemd-shared. */
export function hostSystemdVersion(): string | undefined {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', 'systemd'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each package unpacked whole (they are small) into CACHE/VERSION/PKG; one already there is not
 * fetched again. Returns the packages that are there; a package that cannot be fetched is logged.
 */
export function unpackPackages(packages: readonly string[], version: string, log: (line: string) => void): Map<string, string> {
  const root = join(CACHE, version.replace(/[^A-Za-z0-9.+~-]/g, '_'));
  mkdirSync(root, { recursive: true });
  const out = new Map<string, string>();
  const wanted = packages.filter((pkg) => !existsSync(join(root, pkg)));
  if (wanted.length > 0) {
    const scratch = mkdtempSync(join(root, 'debs-'));
    try {
      try {
        execFileSync('apt-get', ['download', ...wanted.map((p) => `${p}=${version}`)], { cwd: scratch, stdio: 'ignore', timeout: 600_000 });
      } catch {
        // one at a time below, so that one missing package costs only itself
      }
      for (const pkg of wanted) {
        let deb = readdirSync(scratch).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
        if (!deb) {
          try {
            execFileSync('apt-get', ['download', `${pkg}=${version}`], { cwd: scratch, stdio: 'ignore', timeout: 300_000 });
            deb = readdirSync(scratch).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
          } catch {
            // logged below
          }
        }
        if (!deb) {
          log(`corpus: could not fetch ${pkg}=${version} with apt-get download; its files and binaries are left out`);
          continue;
        }
        const dest = join(scratch, `x-${pkg}`);
        execFileSync('dpkg-deb', ['-x', join(scratch, deb), dest]);
        renameSync(dest, join(root, pkg));
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  for (const pkg of packages) if (existsSync(join(root, pkg))) out.set(pkg, join(root, pkg));
  return out;
}

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((n) => join(dir, n)).filter((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  }).sort();
}

/** The family a real file belongs to by where it lies under a root (a package's tree or `/`). */
function realFilesUnder(root: string): { family: string; path: string }[] {
  const out: { family: string; path: string }[] = [];
  for (const dir of ['lib/systemd/network', 'usr/lib/systemd/network', 'etc/systemd/network']) {
    for (const path of filesIn(join(root, dir))) {
      const ext = /\.(network|netdev|link)(\.example)?$/.exec(path)?.[1];
      if (ext) out.push({ family: ext, path });
    }
  }
  for (const path of filesIn(join(root, 'etc/systemd/nspawn'))) if (path.endsWith('.nspawn')) out.push({ family: 'nspawn', path });
  for (const path of filesIn(join(root, 'etc/systemd'))) {
    const m = /^([a-z]+)\.conf$/.exec(basename(path));
    if (m) out.push({ family: `${m[1]}.conf`, path });
  }
  for (const base of ['etc/systemd', 'usr/lib/systemd', 'lib/systemd']) {
    const dir = join(root, base);
    if (!existsSync(dir)) continue;
    for (const sub of readdirSync(dir)) {
      const m = /^([a-z]+)\.conf\.d$/.exec(sub);
      if (m) for (const path of filesIn(join(dir, sub))) if (path.endsWith('.conf')) out.push({ family: `${m[1]}.conf`, path });
    }
  }
  return out;
}

/** Real files of the families: Debian's, the host's (when they differ from Debian's) and ours. */
export function realFiles(families: readonly Family[], packages: Map<string, string>): RealFile[] {
  const known = new Set(families.map((f) => f.name));
  const out: RealFile[] = [];
  const seen = new Set<string>();
  const add = (family: string, origin: string, path: string) => {
    if (!known.has(family)) return;
    const text = readFileSync(path, 'utf8');
    const key = `${family}\0${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ family, origin, name: basename(path).replace(/\.example$/, ''), text });
  };
  for (const [pkg, root] of packages) for (const f of realFilesUnder(root)) add(f.family, `debian:${pkg}`, f.path);
  for (const f of realFilesUnder('/')) add(f.family, 'host', f.path);
  for (const family of known) for (const path of filesIn(join(OWN_FILES, family))) add(family, 'ours', path);
  return out;
}
