// The one folder walker of the checker and the unit catalog: folder links end, files come once.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DirectoryWalk, type WalkPolicy } from '../../../server/src/host/directoryWalk';
import { createUnitCatalog } from '../../../server/src/host/unitCatalog';
import { readRegularFileSync, MAX_READ_BYTES } from '../../../server/src/host/readRegularFile';
import { expandGlobBounded, MAX_GLOB_DEPTH } from '../../../server/src/host/fsWorkspace';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dc-'));
  folders.push(dir);
  return dir;
}
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const EVERYTHING: WalkPolicy = { enterFolder: () => true, wantFile: (_f, name) => name.endsWith('.service'), maxDepth: 100 };

/** units/x.service with a: ., b: ., up: .. beside it, and c/d/e/f.service below. */
function loopingTree(): string {
  const root = folder();
  mkdirSync(join(root, 'units', 'c', 'd', 'e'), { recursive: true });
  writeFileSync(join(root, 'units', 'x.service'), '[Service]\n');
  writeFileSync(join(root, 'units', 'c', 'd', 'e', 'f.service'), '[Service]\n');
  symlinkSync('.', join(root, 'units', 'a'));
  symlinkSync('.', join(root, 'units', 'b'));
  symlinkSync('..', join(root, 'units', 'up'));
  symlinkSync('../../..', join(root, 'units', 'c', 'd', 'e', 'back'));
  return join(root, 'units');
}

describe('DirectoryWalk', () => {
  it('enters each folder once however many links lead to it', () => {
    const units = loopingTree();
    const walk = new DirectoryWalk(EVERYTHING);
    const reached = walk.walk(units);
    assert.deepEqual(walk.files().map((f) => f.path), [join(units, 'c/d/e/f.service'), join(units, 'x.service')]);
    assert.equal(reached?.length, 2);
    assert.equal(walk.stopped, undefined);
    assert.equal(walk.walk(join(units, 'a')), undefined, 'the same folder again, through a link');
  });

  it('says where it stopped when the depth or file cap is hit', () => {
    const units = loopingTree();
    const shallow = new DirectoryWalk({ ...EVERYTHING, maxDepth: 1 });
    shallow.walk(units);
    assert.deepEqual(shallow.files().map((f) => f.path), [join(units, 'x.service')]);
    assert.match(shallow.stopped ?? '', /^depth: /);
    const few = new DirectoryWalk({ ...EVERYTHING, maxFiles: 1 });
    few.walk(units);
    assert.equal(few.files().length, 1);
    assert.match(few.stopped ?? '', /^files: /);
  });
});

describe('unit catalog scan', () => {
  it('lists each workspace unit once through folder links (it listed x.service dozens of times)', () => {
    const units = loopingTree();
    const all = createUnitCatalog(() => [units], { system: [], user: [] }).all();
    assert.deepEqual(all.map((u) => u.name).sort(), ['f.service', 'x.service']);
    assert.equal(all.find((u) => u.name === 'x.service')?.path, join(units, 'x.service'));
  });
});

describe('readRegularFileSync', () => {
  it('reads a regular file, and refuses a directory, a device, a missing file and an oversize one', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.service'), 'héllo');
    assert.deepEqual(readRegularFileSync(join(dir, 'a.service')), { ok: true, text: 'héllo' });
    assert.equal(readRegularFileSync(join(dir, 'a.service'), 3).ok, false);
    const refusal = (path: string) => {
      const result = readRegularFileSync(path);
      return result.ok ? 'read' : result.refusal;
    };
    assert.equal(refusal(dir), 'not-regular');
    assert.equal(refusal('/dev/zero'), 'not-regular');
    assert.equal(refusal(join(dir, 'none')), 'missing');
    assert.equal(refusal('/proc/self/status'), 'kernel-file');
    assert.ok(MAX_READ_BYTES >= 1024 * 1024);
  });
});

describe('expandGlobBounded', () => {
  it('refuses a glob deeper than the cap and says why', () => {
    const deep = Array.from({ length: MAX_GLOB_DEPTH + 1 }, () => '*').join('/');
    const result = expandGlobBounded(deep, '/');
    assert.deepEqual(result.paths, []);
    assert.match(result.capped ?? '', /wildcard levels/);
  });

  it('stops /*/*/*/* after a bounded number of folder entries', () => {
    const result = expandGlobBounded('/*/*/*/*', '/');
    assert.ok(result.paths.length <= 1000);
    assert.match(result.capped ?? '', /more than/);
  });
});
