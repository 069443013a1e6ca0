// Every message the line-format checks write, and every fixed text of their hover and completion,
// has its Simplified Chinese: probed with one line per rule and with the unit tests' hostile text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageCatalog } from '../../../server/src/l10n/catalog';
import { translatorFor } from '../../../server/src/l10n/translator';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { lineFormatOf } from '../../../server/src/lineFormats/registry';
import { validateSysusers } from '../../../server/src/lineFormats/sysusers/validate';
import { validateTmpfiles } from '../../../server/src/lineFormats/tmpfiles/validate';
import { SYSUSERS_COLUMN_TEXT, TMPFILES_COLUMN_TEXT } from '../../../server/src/lineFormats/columnsText';
import { SYSUSERS_SPECIFIERS, SYSUSERS_TYPES } from '../../../server/src/lineFormats/sysusers/types';
import { AGE_BY_LETTERS, TMPFILES_MODIFIERS, TMPFILES_SPECIFIERS, TMPFILES_TYPES } from '../../../server/src/lineFormats/tmpfiles/types';
import { seeded } from '../../agreement/lines/mutants';

const TMPFILES_PROBES = [
  'y /a', '"" /a', 'd?! /a', 'd!! /a', 'd', 'd a', 'd /%y', 'd /%t/x - - - - %y', 'd /var/run/x', 'd /a - - - - arg', 'L~ /a - - - - eA==',
  'w /a', 'c /a - - - - 1', 'h /a - - - - +Q', 'h /a - - - - +', 'f /a - - - - \\q', 'f /a - - - - %y', 'C /a - - - - rel', 'f^ /a - - - - a/b',
  'f~ /a - - - - !!', 'd /a - nouser', 'd /a - - nogroup', 'd /a 0799', 'd /a - - - q:1d', 'd /a - - - 1x', 'd /b 0755\nd /b 0700', 'd "/a',
  'd /a\\', 'f~ /a - - - - eA==', 'd= /a',
];
const SYSUSERS_PROBES = [
  'u "a', 'u', 'u a - - - - x', 'uu a', 'x a', 'u %y', 'u 9a', 'u a - "a:b"', 'u a - - rel', 'u a - - - rel', 'g a - "x"', 'g a - - /h',
  'g a - - - /s', 'r a 1-2', 'r -', 'r - 5-3', 'm a', 'm a 9', 'u a 1:2:3', 'g a x', 'u a x', 'u a 1\nu a 2', 'g a 1\ng a 2', 'u a 1:nogroup',
];

describe('line formats in Simplified Chinese', () => {
  it('translates every message the checks write, and their quick-fix titles', () => {
    const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());
    const messages = new Set<string>();
    const context = { version: 240, users: new Set(['root']), groups: new Set(['root']) };
    for (const p of TMPFILES_PROBES) for (const i of validateTmpfiles(p, context)) [i.message, ...(i.fixes ?? []).map((f) => f.title)].forEach((m) => messages.add(m));
    for (const p of SYSUSERS_PROBES) for (const i of validateSysusers(p, new Set())) [i.message, ...(i.fixes ?? []).map((f) => f.title)].forEach((m) => messages.add(m));
    const random = seeded(3);
    const alphabet = 'dfLwcbhugmr!+~^%"\\ /:0123456789abz-';
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = Math.floor(random() * 30); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const i of validateTmpfiles(text, context)) messages.add(i.message);
      for (const i of validateSysusers(text, new Set())) messages.add(i.message);
    }
    assert.ok(messages.size > 40, `only ${messages.size} messages`);
    assert.deepEqual([...messages].flatMap((m) => catalog.untranslated(m)).slice(0, 20), []);
  });

  it('has every fixed text of hover and completion', () => {
    const texts = [
      ...TMPFILES_TYPES.flatMap((t) => [t.summary, t.argumentMeaning ?? t.summary]), ...TMPFILES_MODIFIERS.map((m) => m.summary),
      ...Object.values(TMPFILES_SPECIFIERS), ...Object.values(SYSUSERS_SPECIFIERS), ...Object.values(AGE_BY_LETTERS),
      ...Object.values(TMPFILES_COLUMN_TEXT), ...Object.values(SYSUSERS_COLUMN_TEXT), ...SYSUSERS_TYPES.flatMap((t) => [t.summary, t.id]),
    ];
    assert.deepEqual(texts.filter((t) => !zhCnSchemaText().has(t)), []);
    const t = translatorFor('zh-cn');
    const hover = lineFormatOf('tmpfiles.d')?.hover('L+ /a - - - - /b', { line: 0, character: 0 }, { version: 252, t });
    assert.match(JSON.stringify(hover), /创建指向参数的符号链接/);
    assert.match(JSON.stringify(hover), /自 systemd 200 起/);
  });
});
