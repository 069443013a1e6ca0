import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSystemd } from '../../../server/src/parse/systemd';
import { mark } from '../../helpers/markers';

function entries(text: string) {
  return parseSystemd(text).sections.flatMap((s) => s.entries.map((e) => [s.name, e.key, e.value]));
}

describe('systemd parser', () => {
  it('reads sections and assignments with blanks around =', () => {
    assert.deepEqual(entries('[Unit]\nDescription = My daemon \n[Service]\nType=simple\n'), [
      ['Unit', 'Description', 'My daemon'],
      ['Service', 'Type', 'simple'],
    ]);
  });

  it('treats # and ; as comments only at line start', () => {
    const doc = parseSystemd('[Service]\n  # a comment\n; another\nExecStart=/bin/echo a # not a comment ; nor this\n');
    assert.equal(doc.comments.length, 2);
    assert.deepEqual(entries(doc.lines.map((l) => l.text + l.eol).join('')).at(-1),
      ['Service', 'ExecStart', '/bin/echo a # not a comment ; nor this']);
  });

  it('joins continuation lines, skipping comment lines inside them', () => {
    const { text, ranges } = mark('[Service]\nExecStart=<</bin/prog \\\n# skipped\n  --flag \\\n  --other>>\nUser=x\n');
    const doc = parseSystemd(text);
    const exec = doc.sections[0].entries[0];
    assert.equal(exec.value, '/bin/prog    --flag    --other');
    assert.deepEqual(exec.valueRange, ranges[0]);
    assert.equal(doc.sections[0].entries[1].key, 'User');
    assert.deepEqual(doc.lines.map((l) => l.kind), ['section', 'entry', 'comment', 'continuation', 'continuation', 'entry', 'blank']);
  });

  it('does not continue after an escaped backslash', () => {
    assert.deepEqual(entries('[Service]\nEnvironment=A=x\\\\\nUser=y\n'), [
      ['Service', 'Environment', 'A=x\\\\'],
      ['Service', 'User', 'y'],
    ]);
  });

  it('keeps repeated keys and empty resets in order', () => {
    assert.deepEqual(entries('[Service]\nExecStartPre=/a\nExecStartPre=\nExecStartPre=/b\n').map((e) => e[2]), ['/a', '', '/b']);
  });

  it('keeps quotes inside values as written', () => {
    assert.equal(entries('[Service]\nEnvironment="A=1 2" B=3\n')[0][2], '"A=1 2" B=3');
  });

  it('reports a header with trailing text, a line without =, and assignments outside sections', () => {
    const doc = parseSystemd('Foo=bar\n[Unit] x\n[Service]\njunk line\n');
    assert.deepEqual(doc.problems.map((p) => [p.code, p.range.start.line]).sort(), [
      ['syntax/missing-equals', 3], ['syntax/outside-section', 0], ['syntax/section-header', 1],
    ]);
  });

  it('maps the key and value ranges', () => {
    const { text, ranges } = mark('[Service]\n  <<Type>>  =  <<simpel>>  \n');
    const entry = parseSystemd(text).sections[0].entries[0];
    assert.deepEqual([entry.keyRange, entry.valueRange], ranges);
  });

  it('gives an empty value range right after = for Key=', () => {
    const { text, cursor } = mark('[Service]\nType=$0\n');
    const entry = parseSystemd(text).sections[0].entries[0];
    assert.deepEqual(entry.valueRange, { start: cursor, end: cursor });
  });

  it('loses no text and never throws on junk', () => {
    for (const input of ['', '\r\n\r', '[', '[]', '=', '\\', 'a\\\n', '\uFEFF[Unit]\r\nA=b\\\r\n', '\u0000\u0001[x]=\\']) {
      const doc = parseSystemd(input);
      assert.equal(doc.lines.map((l) => l.text + l.eol).join(''), input);
    }
  });

  it('ends a continuation at the end of the file', () => {
    assert.deepEqual(entries('[Service]\nExecStart=/bin/a \\'), [['Service', 'ExecStart', '/bin/a']]);
  });
});
