// The corpus cache keeps only unit folders: a package is fetched once, its units are unpacked, its
// .deb and everything else in it are gone, and a second run fetches nothing. `apt-get` here is a
// stand-in on PATH that serves one package built with dpkg-deb and logs each download.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildCorpus, type CorpusUnit } from './corpus';

const PKG = 'nginx-common'; // one of PACKAGES

function hasDpkgDeb(): boolean {
  try {
    execFileSync('dpkg-deb', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Every file under dir with its size. */
function files(dir: string): { path: string; size: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath ?? e.path, e.name);
      return { path, size: statSync(path).size };
    });
}

describe('the agreement corpus cache', { skip: !hasDpkgDeb() && 'dpkg-deb is not installed' }, () => {
  let work = '';
  let cache = '';
  let downloads = '';
  const savedPath = process.env.PATH;
  const run = (): Promise<CorpusUnit[]> => Promise.resolve(buildCorpus(cache, () => {}));
  const fetched = (): string[] => (existsSync(downloads) ? readFileSync(downloads, 'utf8').split('\n').filter(Boolean) : []);

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'dc-corpus-'));
    cache = join(work, 'cache');
    downloads = join(work, 'downloads.log');
    // a package with a system unit, a user unit, and 2 MB of other files
    const root = join(work, 'pkg');
    for (const dir of ['DEBIAN', 'lib/systemd/system', 'usr/lib/systemd/user', 'usr/share/doc/demo']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'DEBIAN/control'), `Package: ${PKG}\nVersion: 1.0\nArchitecture: all\nMaintainer: test <t@example.com>\nDescription: test package\n`);
    writeFileSync(join(root, 'lib/systemd/system/demo.service'), '[Service]\nExecStart=/bin/true\n');
    writeFileSync(join(root, 'usr/lib/systemd/user/demo-user.service'), '[Service]\nExecStart=/bin/true\n');
    writeFileSync(join(root, 'usr/share/doc/demo/big.txt'), 'x'.repeat(2 * 1024 * 1024));
    const debs = join(work, 'debs');
    mkdirSync(debs);
    execFileSync('dpkg-deb', ['--root-owner-group', '--build', root, join(debs, `${PKG}_1.0_all.deb`)], { stdio: 'ignore' });
    // apt-get download NAME...: copies the .deb of each known name, fails (as apt does) on any other
    const bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'apt-get'), `#!/bin/sh
[ "$1" = download ] || exit 100
shift
for p in "$@"; do [ -f "${debs}/\${p}_1.0_all.deb" ] || exit 100; done
for p in "$@"; do cp "${debs}/\${p}_1.0_all.deb" . && echo "$p" >> "${downloads}"; done
`);
    chmodSync(join(bin, 'apt-get'), 0o755);
    process.env.PATH = `${bin}:${savedPath ?? ''}`;
  });
  after(() => {
    process.env.PATH = savedPath;
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('unpacks only the unit folders and deletes the .deb', async () => {
    const corpus = await run();
    const ours = corpus.filter((u) => u.origin === PKG).map((u) => u.path);
    assert.equal(ours.length, 1, JSON.stringify(ours));
    assert.match(ours[0], /demo\.service$/);
    assert.deepEqual(fetched(), [PKG]);
    const cached = files(cache);
    assert.deepEqual(cached.filter((f) => f.path.endsWith('.deb')), [], 'no .deb is kept');
    assert.deepEqual(cached.filter((f) => f.path.includes('/usr/share/')), [], 'nothing outside the unit folders is kept');
    assert.ok(cached.some((f) => f.path.endsWith(join('usr/lib/systemd/user/demo-user.service'))), 'user units are kept');
    const total = files(join(cache, 'units')).reduce((n, f) => n + f.size, 0);
    assert.ok(total < 1024, `the package's cache holds ${total} bytes`);
  });

  it('fetches nothing again on the next run', async () => {
    const corpus = await run();
    assert.equal(corpus.filter((u) => u.origin === PKG).length, 1);
    assert.deepEqual(fetched(), [PKG], 'downloaded once only');
  });
});
