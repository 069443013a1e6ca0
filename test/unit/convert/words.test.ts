// Writing words for the other side: Python's shlex (what supervisord splits command= with) and
// systemd's command-line quoting, each read back by the reader of that side.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { posixShlexSplit, shlexQuote } from '../../../server/src/values/supervisor/posixShlex';

/** The words as plain strings, as the conversion reads them. */
function shlexSplit(text: string) {
  const split = posixShlexSplit(text);
  return { error: split.error, words: split.words.map((w) => w.text) };
}
import { environmentWord, execWord, INSTANCE_MARK, pathValue } from '../../../server/src/convert/systemdWords';
import { quotedWords } from '../../../server/src/values/systemd/issue';

const TRICKY = ['plain', '', 'a b', 'it\'s', 'say "hi"', 'back\\slash', 'tab\there', '$HOME', '%i', ';', 'x;y', '#not-a-comment', 'ünï', 'new\nline'];

describe('shlex, as supervisord splits command=', () => {
  it('splits quotes, escapes and empty words as Python\'s shlex.split does', () => {
    assert.deepEqual(shlexSplit('/bin/sh -c \'echo "a  b"\' x\\ y "q\\"t" "\\n" \'\'').words, ['/bin/sh', '-c', 'echo "a  b"', 'x y', 'q"t', '\\n', '']);
    assert.equal(shlexSplit('echo "open').error, 'No closing quotation');
    assert.equal(shlexSplit('echo \\').error, 'No escaped character');
  });

  it('reads back every quoted word unchanged', () => {
    assert.deepEqual(shlexSplit(TRICKY.map(shlexQuote).join(' ')).words, TRICKY);
    assert.equal(shlexQuote('/usr/bin/python3'), '/usr/bin/python3');
    assert.equal(shlexQuote('it\'s'), '\'it\'"\'"\'s\'');
  });

  it('agrees with the machine\'s Python on the tricky words', (t) => {
    let python: string;
    try {
      python = execFileSync('python3', ['-c', 'import json,shlex,sys; print(json.dumps(shlex.split(sys.argv[1])))', TRICKY.map(shlexQuote).join(' ')], { encoding: 'utf8' });
    } catch {
      return t.skip('python3 not found');
    }
    assert.deepEqual(JSON.parse(python), TRICKY);
  });
});

describe('systemd words', () => {
  it('quotes what needs quoting and doubles % (and $ in arguments)', () => {
    assert.equal(execWord('plain'), 'plain');
    assert.equal(execWord('a b'), '"a b"');
    assert.equal(execWord('say "hi"'), '"say \\"hi\\""');
    assert.equal(execWord('100%'), '100%%');
    assert.equal(execWord('$HOME'), '$$HOME');
    assert.equal(execWord('/opt/$weird', true), '/opt/$weird');
    assert.equal(execWord(';'), '\\;');
    assert.equal(execWord('new\nline'), '"new\\nline"');
    assert.equal(execWord(`worker-${INSTANCE_MARK}`), 'worker-%i');
    assert.equal(environmentWord('GREETING', 'hello world'), '"GREETING=hello world"');
    assert.equal(environmentWord('RATE', '5%'), 'RATE=5%%');
    assert.equal(pathValue('/srv/a b/%x'), '/srv/a b/%%x');
  });

  it('reads back as the same words with systemd\'s quoting rules', () => {
    const words = TRICKY.filter((w) => !/[%$;\n\t]/.test(w));
    assert.deepEqual(quotedWords(words.map((w) => execWord(w)).join(' ')).words.map((w) => w.text), words);
  });
});
