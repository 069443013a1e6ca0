// tmpfiles.d checks: one per rule of systemd-tmpfiles 252's parse_line(), in its order, on strings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateTmpfiles } from '../../../server/src/lineFormats/tmpfiles/validate';
import { seeded } from '../../agreement/lines/mutants';

const context = { version: 252, users: new Set(['root', 'daemon', 'www-data']), groups: new Set(['root', 'adm']) };
const codes = (text: string, c = context) => validateTmpfiles(text, c).map((i) => `${i.line + 1}:${i.code}:${i.severity[0]}`);

describe('tmpfiles.d validation', () => {
  it('takes real lines without a word', () => {
    const text = [
      '# comment', '', 'd /run/app 0755 root root -', 'D! /run/x - - - 10d', 'L+ /etc/mtab - - - - ../proc/self/mounts',
      'f /var/log/wtmp 0664 root adm -', 'w+ /proc/sys/kernel/x - - - - 1', 'w+ /proc/sys/kernel/x - - - - 2',
      'c /dev/fuse 0666 - - - 10:229', 'e /var/tmp/* - - - ~aM:30d', 'z /var/log/journal 2755 :root adm - -',
      'x /tmp/systemd-private-%b-*', 'h /var/log/journal - - - - +C', 'C /etc/foo - - - - /usr/share/foo', 'd %t/app ~:0750 daemon - -',
      'f~ /etc/b - - - - aGVsbG8=', 'f^ /etc/c - - - - my.credential', 'r! /forcefsck', 'Z /run/a 0700 1000 1000', 'q /var/lib/machines 0700 - - -',
    ].join('\n');
    assert.deepEqual(codes(text), []);
  });

  it('finds each defect on its line, with the first error only', () => {
    assert.deepEqual(codes('y /run/a'), ['1:tmpfiles/unknown-type:e']);
    assert.deepEqual(codes('d?! /run/a'), ['1:tmpfiles/bad-modifier:e']);
    assert.deepEqual(codes('d!! /run/a'), ['1:tmpfiles/bad-modifier:e']);
    assert.deepEqual(codes('d'), ['1:tmpfiles/missing-path:e']);
    assert.deepEqual(codes('d run/a 0799'), ['1:tmpfiles/relative-path:e']);
    assert.deepEqual(codes('d /run/%y'), ['1:tmpfiles/unknown-specifier:e']);
    assert.deepEqual(codes('d /run/%_x%'), []);
    assert.deepEqual(codes('d /run/a 0799'), ['1:tmpfiles/bad-mode:e']);
    assert.deepEqual(codes('d /run/a 17777'), ['1:tmpfiles/bad-mode:e']);
    assert.deepEqual(codes('d /run/a +644'), ['1:tmpfiles/bad-mode:e']);
    assert.deepEqual(codes('d /run/a - nobody1'), ['1:tmpfiles/unknown-user:w']);
    assert.deepEqual(codes('d /run/a - - nogroup1'), ['1:tmpfiles/unknown-group:w']);
    assert.deepEqual(codes('d /run/a - - - 10x'), ['1:tmpfiles/bad-age:e']);
    assert.deepEqual(codes('d /run/a - - - q:1d'), ['1:tmpfiles/bad-age:e']);
    assert.deepEqual(codes('w /run/a'), ['1:tmpfiles/missing-argument:e']);
    assert.deepEqual(codes('c /dev/x - - - - 10'), ['1:tmpfiles/bad-device:e']);
    assert.deepEqual(codes('L~ /run/a - - - - eA=='), ['1:tmpfiles/no-base64:e']);
    assert.deepEqual(codes('f~ /run/a - - - - !!'), ['1:tmpfiles/bad-base64:e']);
    assert.deepEqual(codes('h /run/a - - - - +Q'), ['1:tmpfiles/bad-attribute:e']);
    assert.deepEqual(codes('C /run/a - - - - rel/x'), ['1:tmpfiles/relative-path:e']);
    assert.deepEqual(codes('f /run/a - - - - \\q'), ['1:tmpfiles/bad-escape:e']);
    assert.deepEqual(codes('d "/run/a'), ['1:tmpfiles/bad-quoting:e']);
  });

  it('warns where systemd-tmpfiles goes on: ignored arguments, duplicates, /var/run, newer types', () => {
    assert.deepEqual(codes('d /run/a - - - - text'), ['1:tmpfiles/argument-ignored:w']);
    assert.deepEqual(codes('d /run/a 0755\nd /run/a 0700'), ['2:tmpfiles/duplicate-path:w']);
    assert.deepEqual(codes('d /run/a 0755\nd /run/a 0755\nz /run/a 0700'), []);
    assert.deepEqual(codes('d /var/run/a'), ['1:tmpfiles/legacy-var-run:i']);
    assert.deepEqual(codes('f~ /run/a - - - - eA==', { ...context, version: 250 }), ['1:tmpfiles/too-new:w']);
  });

  it('offers fixes where one is clear', () => {
    const fixed = (text: string) => validateTmpfiles(text, context).flatMap((i) => (i.fixes ?? []).map((f) => {
      const [edit] = f.edits;
      const lines = text.split('\n');
      if (edit.range.end.line > edit.range.start.line) lines.splice(edit.range.start.line, 1);
      else lines[edit.range.start.line] = lines[edit.range.start.line].slice(0, edit.range.start.character) + edit.newText + lines[edit.range.start.line].slice(edit.range.end.character);
      return `${f.title} => ${lines.join('\n')}`;
    }));
    assert.deepEqual(fixed('d!! /run/a'), ['Remove \'!\' => d! /run/a']);
    assert.deepEqual(fixed('d /var/run/a'), ['Write /run/ instead of /var/run/ => d /run/a']);
    assert.deepEqual(fixed('d /a - - - -  text'), ['Remove the argument => d /a - - - -']);
    assert.deepEqual(fixed('d /a 0755\nd /a 0700'), ['Remove this line => d /a 0755']);
  });

  it('marks the column at fault', () => {
    const [issue] = validateTmpfiles('d  /run/a  0799  root', context);
    assert.deepEqual([issue.start, issue.end], [11, 15]);
  });

  it('never throws on hostile text and caps what it reports', () => {
    const random = seeded(15);
    const alphabet = 'dDfLwcbhHxX!+-=~^%"\'\\ \t\r\n/:0123456789abcmM\u00e9\ud83d\ude00\u0000';
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 80);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      validateTmpfiles(text, context);
    }
    assert.ok(validateTmpfiles('y /a\n'.repeat(5000), context).length <= 1000);
  });
});
