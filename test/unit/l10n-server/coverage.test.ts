// Every message the rules actually write, on a large probe set (a bad value for every directive, the
// rule docs' examples, the corpus and seeded fuzz cases), is matched by a zh-cn template, nested
// messages included. A new message fails here, listed, until it has its translation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageCatalog } from '../../../server/src/l10n/catalog';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { allProbes, diagnosticTexts, probeDiagnostics, systemdProbes } from '../../helpers/messageProbes';

describe('zh-cn covers what the rules say', () => {
  it('matches every diagnostic message and quick-fix title with a template', () => {
    const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());
    const untranslated = new Map<string, string>();
    const seen = new Set<string>();
    const check = (texts: string[], code: string) => {
      for (const text of texts) {
        if (seen.has(text)) continue;
        seen.add(text);
        for (const piece of catalog.untranslated(text)) untranslated.set(piece, code);
      }
    };
    let messages = 0;
    for (const probe of allProbes()) {
      for (const d of probeDiagnostics(probe, 252)) { messages++; check(diagnosticTexts(d), String(d.code)); }
    }
    // Older releases say other things (values and directives not there yet).
    for (const probe of systemdProbes()) for (const d of probeDiagnostics(probe, 235)) check(diagnosticTexts(d), String(d.code));
    assert.ok(messages > 10_000, `only ${messages} messages`);
    assert.deepEqual([...untranslated].map(([text, code]) => `${code}: ${text}`).slice(0, 40), []);
  });
});
