// Every key of every family schema has a sentence of its own, in English and Simplified Chinese: hover
// never falls back to "<type>; see <page>(5)" (issue 16 asks for the whole schema).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translatorFor } from '../../../server/src/l10n/translator';
import { FAMILY_SCHEMA_IDS, familySchema, type FamilySchemaId } from '../../../server/src/schema/families';
import { hasOwnSummary } from '../../../server/src/schema/families/summaries';

const HAN = /[\u4e00-\u9fff]/;

/** Every (schema, section, key), with the summary hover shows in that section. */
function covered(): { id: FamilySchemaId; section: string; key: string; summary: string }[] {
  return FAMILY_SCHEMA_IDS.flatMap((id) => familySchema(id).directives.flatMap((d) => d.placements
    .map((p) => ({ id, section: p.section, key: d.name, summary: p.summary ?? d.summary }))));
}

describe('family key summaries', () => {
  it('gives every key a sentence of its own', () => {
    const missing = covered().filter((k) => !hasOwnSummary(k.id, k.section, k.key) || k.summary.trim().length < 15)
      .map((k) => `${k.id}: [${k.section}] ${k.key}`);
    assert.deepEqual(missing, []);
    assert.ok(covered().length > 1200, `walked ${covered().length} keys`);
  });

  it('has every summary, and every section line, in Simplified Chinese', () => {
    const t = translatorFor('zh-cn');
    assert.deepEqual(covered().filter((k) => !HAN.test(t.schema(k.summary))).map((k) => `${k.id}: ${k.key}`), []);
    const sections = FAMILY_SCHEMA_IDS.flatMap((id) => familySchema(id).sections).filter((s) => !HAN.test(t.schema(s.summary)));
    assert.deepEqual(sections.map((s) => s.summary), []);
  });
});
