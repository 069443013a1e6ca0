// sysusers.d checks: the rules of systemd-sysusers 252's parse_line(), on strings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateSysusers } from '../../../server/src/lineFormats/sysusers/validate';
import { seeded } from '../../agreement/lines/mutants';

const codes = (text: string) => validateSysusers(text).map((i) => `${i.line + 1}:${i.code}:${i.severity[0]}`);

describe('sysusers.d validation', () => {
  it('takes real lines without a word', () => {
    const text = [
      '# comment', 'u root 0:0 "Super User" /root', 'g adm 4', 'u systemd-network - "systemd Network Management"',
      'u polkitd /usr/lib/polkit-1 "polkit" - -', 'm user1 adm', 'r - 500-999', 'u nobody 65534:65534 "Nobody" - /usr/sbin/nologin',
      'u _chrony -:_chrony "Chrony daemon" /var/lib/chrony', 'g grp1 /dev/null',
    ].join('\n');
    assert.deepEqual(codes(text), []);
  });

  it('finds each defect on its line', () => {
    assert.deepEqual(codes('x foo'), ['1:sysusers/unknown-type:e']);
    assert.deepEqual(codes('u! foo'), ['1:sysusers/unknown-type:e']);
    assert.deepEqual(codes('u'), ['1:sysusers/missing-name:e']);
    assert.deepEqual(codes('u 9abc'), ['1:sysusers/bad-name:e']);
    assert.deepEqual(codes('u a.b'), ['1:sysusers/bad-name:e']);
    assert.deepEqual(codes('u a_name_that_is_far_too_long_for_utmp'), ['1:sysusers/bad-name:e']);
    assert.deepEqual(codes('u foo 65535'), ['1:sysusers/bad-id:e']);
    assert.deepEqual(codes('u foo 0123'), ['1:sysusers/bad-id:e']);
    assert.deepEqual(codes('g foo 12a'), ['1:sysusers/bad-id:e']);
    assert.deepEqual(codes('u foo - "a:b"'), ['1:sysusers/bad-gecos:e']);
    assert.deepEqual(codes('u foo - - home/x'), ['1:sysusers/bad-path:e']);
    assert.deepEqual(codes('u foo - - - /bin/../sh'), ['1:sysusers/bad-path:e']);
    assert.deepEqual(codes('u foo - - - - extra'), ['1:sysusers/trailing-text:e']);
    assert.deepEqual(codes('g foo - "text"'), ['1:sysusers/extra-field:e']);
    assert.deepEqual(codes('r foo 1-2'), ['1:sysusers/extra-field:e']);
    assert.deepEqual(codes('r - 5-3'), ['1:sysusers/bad-id:e']);
    assert.deepEqual(codes('m foo'), ['1:sysusers/missing-id:e']);
    assert.deepEqual(codes('m foo 9g'), ['1:sysusers/bad-name:e']);
    assert.deepEqual(codes('u %y'), ['1:sysusers/unknown-specifier:e']);
    assert.deepEqual(codes('u "foo'), ['1:sysusers/bad-quoting:e']);
  });

  it('warns when a user names a group neither the file nor the machine has', () => {
    const found = (text: string) => validateSysusers(text, new Set(['adm'])).map((i) => `${i.line + 1}:${i.code}:${i.severity[0]}`);
    assert.deepEqual(found('u a 100:adm\nu b 101:web\ng web\nu c 102:c2\nu d -:a'), ['4:sysusers/unknown-group:w']);
    assert.deepEqual(codes('u c 102:c2'), [], 'not checked without the machine\'s groups');
  });

  it('warns on a second, different line for the same name', () => {
    assert.deepEqual(codes('u foo 100\nu foo 100\nu foo 101'), ['3:sysusers/conflict:w']);
  });

  it('never throws on hostile text', () => {
    const random = seeded(7);
    const alphabet = 'ugmr-: "\'\\\t/.%0123456789abz_\u00e9\ud83d\u0000\r\n';
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 60);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      validateSysusers(text);
    }
  });
});
