// The core's path helpers must answer exactly as node:path.posix, which the rules used before.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { posix } from 'node:path';
import { basename, dirname, isAbsolute, join, normalize } from '../../server/src/util/posixPath';

/** Pieces that exercise the corner cases: dots, double dots, runs of slashes, names with dots. */
const PIECES = ['/', '//', 'a', 'b', 'etc', '.', '..', '...', '.hidden', 'x.conf', ' ', '中', '\\', 'a..b', ''];

function randomPaths(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    let path = '';
    const length = next() % 9;
    for (let j = 0; j < length; j++) path += PIECES[next() % PIECES.length];
    paths.push(path);
  }
  return paths;
}

const CASES = ['', '/', '//', '///', '.', '..', '/..', '/../a', 'a/..', 'a/../..', '../a/./b/', '/etc/supervisor/conf.d/', '//a', '//a/b', 'a//b//', '/a/b/c/../../..'];

describe('posixPath', () => {
  for (const [name, ours, theirs] of [
    ['normalize', normalize, posix.normalize], ['dirname', dirname, posix.dirname],
    ['basename', basename, (p: string) => posix.basename(p)], ['isAbsolute', isAbsolute, posix.isAbsolute],
  ] as const) {
    it(`${name} answers as node:path.posix on corner cases and 20,000 random paths`, () => {
      for (const path of [...CASES, ...randomPaths(20000, name.length)]) {
        assert.equal((ours as (p: string) => unknown)(path), (theirs as (p: string) => unknown)(path), `${name}(${JSON.stringify(path)})`);
      }
    });
  }

  it('join answers as node:path.posix on 20,000 random lists of parts', () => {
    const paths = randomPaths(60000, 7);
    for (let i = 0; i < paths.length; i += 3) {
      const parts = paths.slice(i, i + 1 + (i % 3));
      assert.equal(join(...parts), posix.join(...parts), `join(${JSON.stringify(parts)})`);
    }
    assert.equal(join(), posix.join());
  });
});
