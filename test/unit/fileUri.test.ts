// fileUriOf must write the same URI as node's pathToFileURL, which the editor compares URIs with.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileUriOf } from '../../server/src/util/fileUri';

const ALPHABET = ['a', 'Z', '0', '/', '.', '-', '_', '~', ' ', '%', '#', '?', '\\', '"', '<', '>', '`', '{', '}', '|', '^', '[', ']',
  '@', ':', ';', '=', '&', '+', '$', ',', '!', "'", '(', ')', '*', '\t', '\n', '\r', '\u0001', '\u007f', 'é', '中', '😀'];

describe('fileUriOf', () => {
  it('writes what pathToFileURL writes for common unit paths', () => {
    for (const path of ['/etc/systemd/system/foo.service', '/srv/my app/x@.service', '/tmp/a%20b#c?.conf', '/home/用户/.config/systemd/user/a.timer']) {
      assert.equal(fileUriOf(path), pathToFileURL(path).href, path);
    }
  });

  it('agrees with pathToFileURL on 5,000 random absolute paths', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      let path = '/';
      const length = 1 + (next() % 20);
      for (let j = 0; j < length; j++) path += ALPHABET[next() % ALPHABET.length];
      // pathToFileURL resolves `.`, `..` and `//` first; fileUriOf takes paths already resolved.
      const resolved = resolve(path);
      assert.equal(fileUriOf(resolved), pathToFileURL(resolved).href, JSON.stringify(resolved));
    }
  });
});
