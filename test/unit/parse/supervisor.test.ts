import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSupervisor } from '../../../server/src/parse/supervisor';
import { mark } from '../../helpers/markers';

function entries(text: string) {
  return parseSupervisor(text).sections.flatMap((s) => s.entries.map((e) => [s.name, e.key, e.value]));
}

describe('supervisor parser', () => {
  it('reads key = value and key: value, keys in lower case', () => {
    assert.deepEqual(entries('[program:web]\nCommand = /bin/web\nautostart: true\n'), [
      ['program:web', 'command', '/bin/web'],
      ['program:web', 'autostart', 'true'],
    ]);
  });

  it('strips inline ; and # comments only after whitespace', () => {
    assert.deepEqual(entries('[program:a]\ncommand=/bin/a;b ; comment\nenvironment=A="x#y" # c\n').map((e) => e[2]),
      ['/bin/a;b', 'A="x#y"']);
  });

  it('skips full-line comments, even indented', () => {
    const doc = parseSupervisor('; top\n[supervisord]\n  # indented\nlogfile=/tmp/x\n');
    assert.equal(doc.comments.length, 2);
    assert.deepEqual(entries('; top\n[supervisord]\n  # indented\nlogfile=/tmp/x\n'), [['supervisord', 'logfile', '/tmp/x']]);
  });

  it('joins indented continuation lines with newlines', () => {
    const { text, ranges } = mark('[include]\nfiles = <<a.conf\n   b.conf>>\nx=1\n');
    const entry = parseSupervisor(text).sections[0].entries[0];
    assert.equal(entry.value, 'a.conf\nb.conf');
    assert.deepEqual(entry.valueRange, ranges[0]);
  });

  it('locates %(name)s expansions', () => {
    const { text, ranges } = mark('[program:w]\nprocess_name=<<%(<<program_name>>)s>>_<<%(<<process_num>>)02d>>\n');
    const entry = parseSupervisor(text).sections[0].entries[0];
    assert.deepEqual(entry.expansions.map((e) => [e.name, e.conversion]), [['program_name', 's'], ['process_num', 'd']]);
    assert.deepEqual(entry.expansions.flatMap((e) => [e.nameRange, e.range]), ranges);
  });

  it('reports lines supervisord refuses', () => {
    const doc = parseSupervisor('x=1\n[program:a]\nnot an option\n');
    assert.deepEqual(doc.problems.map((p) => [p.code, p.range.start.line]), [
      ['syntax/outside-section', 0], ['syntax/invalid-line', 2],
    ]);
  });

  it('loses no text and never throws on junk', () => {
    for (const input of ['', '[', '[]', ':', '%(', '\r\n  x\r', '\uFEFF[a]\n b\n', '[a]\n=\n  \n\tz']) {
      const doc = parseSupervisor(input);
      assert.equal(doc.lines.map((l) => l.text + l.eol).join(''), input);
    }
  });
});
