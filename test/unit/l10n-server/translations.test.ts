// The zh-cn catalog itself: every template has a translation with exactly the same placeholders, and
// every value table and section of today's schema reads in Chinese (the client's l10n test does the
// same for its bundle).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeholders } from '../../../server/src/l10n/catalog';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { translatorFor } from '../../../server/src/l10n/translator';
import { supervisorSchema } from '../../../server/src/schema/supervisor';
import { systemdSchema } from '../../../server/src/schema/systemd';
import { systemdSpecifiers } from '../../../server/src/schema/systemd/directives.generated';

const HAN = /[\u4e00-\u9fff]/;
const sorted = (list: string[]) => [...list].sort();
const codeSpans = (text: string) => sorted(text.match(/`[^`]*`/g) ?? []);

describe('zh-cn message catalog', () => {
  it('translates every template with exactly the same placeholders', () => {
    const wrong = Object.entries(zhCnMessages()).filter(([en, zh]) => JSON.stringify(sorted(placeholders(en))) !== JSON.stringify(sorted(placeholders(zh))));
    assert.deepEqual(wrong, []);
  });

  it('has no empty translation, and every one with words in it is Chinese', () => {
    const entries = [...Object.entries(zhCnMessages()), ...zhCnSchemaText()];
    assert.deepEqual(entries.filter(([, zh]) => zh.trim() === ''), []);
    const wordy = entries.filter(([en]) => /[a-z]{3,} [a-z]{3,}/.test(en.replace(/\{[^}]*\}|`[^`]*`/g, '')));
    assert.deepEqual(wordy.filter(([, zh]) => !HAN.test(zh)), []);
  });

  it('keeps every template matchable: some literal text, no two placeholders side by side', () => {
    const bad = Object.keys(zhCnMessages()).filter((en) => en.replace(/\{[^}]*\}/g, '') === '' || /\}\{/.test(en));
    assert.deepEqual(bad, []);
  });

  it('keeps the code spans of schema text (option names, examples) as they are', () => {
    assert.deepEqual([...zhCnSchemaText()].filter(([en, zh]) => JSON.stringify(codeSpans(en)) !== JSON.stringify(codeSpans(zh))), []);
  });

  it('has Chinese for every value table, section and specifier of the schema', () => {
    const t = translatorFor('zh-cn');
    const missing: string[] = [];
    for (const schema of [systemdSchema, supervisorSchema]) {
      for (const d of schema.directives) {
        for (const v of d.value.values ?? []) if (v.summary && !HAN.test(t.schema(v.summary))) missing.push(`${d.name}=${v.name}: ${v.summary}`);
      }
      for (const s of schema.sections) if (!HAN.test(t.schema(s.summary))) missing.push(`[${s.name}]: ${s.summary}`);
    }
    for (const s of systemdSpecifiers) if (!HAN.test(t.schema(s.meaning))) missing.push(`%${s.letter}: ${s.meaning}`);
    assert.deepEqual(missing.slice(0, 40), []);
  });

  it('has Chinese for the summaries of Type=, KillMode=, Restart= and ExecStart=', () => {
    const t = translatorFor('zh-cn');
    for (const name of ['Type', 'KillMode', 'Restart', 'ExecStart']) {
      const d = systemdSchema.directives.find((x) => x.name === name && x.placements.some((p) => p.section === 'Service'));
      assert.ok(d && HAN.test(t.schema(d.summary)), name);
    }
  });
});
