// Columns split as systemd's extract_many_words(EXTRACT_UNQUOTE) splits them, with UTF-16 offsets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitWords, strippedBounds } from '../../../server/src/lineFormats/words';

const split = (line: string, count = 6) => {
  const { start, end } = strippedBounds(line);
  return splitWords(line, count, start, end);
};

describe('line format words', () => {
  it('splits on blanks and keeps where each word was written', () => {
    const s = split('  d\t/run/app   0755 root');
    assert.deepEqual(s.words.map((w) => [w.text, w.start, w.end]), [['d', 2, 3], ['/run/app', 4, 12], ['0755', 15, 19], ['root', 20, 24]]);
  });

  it('removes quotes anywhere in a word and takes a backslash literally', () => {
    const s = split('u a"b c"d \'x y\' e\\ f "q\\"r"');
    assert.deepEqual(s.words.map((w) => w.text), ['u', 'ab cd', 'x y', 'e f', 'q"r']);
    assert.equal(s.words[1].raw, 'a"b c"d');
  });

  it('leaves the rest after the sixth word raw, from its first character', () => {
    const line = 'w /a - - - - "hello world" \\n';
    const s = split(line);
    assert.equal(line.slice(s.rest), '"hello world" \\n');
  });

  it('reports an unclosed quote and a trailing backslash', () => {
    assert.equal(split('d "/run/app').error?.reason, 'unclosed-quote');
    assert.equal(split('d /run/app\\').error?.reason, 'trailing-backslash');
    // Trailing blanks are stripped first, so the backslash still ends the line.
    assert.equal(split('d /run/app\\   ').error?.reason, 'trailing-backslash');
  });

  it('counts UTF-16 columns for text beyond the basic plane', () => {
    const s = split('d /run/😀x 0755');
    assert.deepEqual(s.words.map((w) => [w.start, w.end]), [[0, 1], [2, 10], [11, 15]]);
  });
});
