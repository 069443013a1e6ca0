// Hover starts with the directive's summary: every directive and option of both schemas must have one
// of its own, in English and in Simplified Chinese, not the generated "<type>; see systemd.x(5)." line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translatorFor } from '../../../server/src/l10n/translator';
import { supervisorSchema } from '../../../server/src/schema/supervisor';
import { systemdSchema } from '../../../server/src/schema/systemd';

const HAN = /[\u4e00-\u9fff]/;
const GENERATED = /; see systemd\.[\w-]+\(5\)\.$/;

const everyDirective = () => [...systemdSchema.directives, ...supervisorSchema.directives];

describe('directive summaries', () => {
  it('gives every directive and option a sentence of its own', () => {
    const placeholders = everyDirective().filter((d) => GENERATED.test(d.summary) || d.summary.trim().length < 15)
      .map((d) => `${d.placements[0]?.section ?? ''}.${d.name}: ${d.summary}`);
    assert.deepEqual(placeholders, []);
  });

  it('has every summary in Simplified Chinese as well', () => {
    const t = translatorFor('zh-cn');
    const untranslated = everyDirective().filter((d) => !HAN.test(t.schema(d.summary))).map((d) => `${d.name}: ${d.summary}`);
    assert.deepEqual(untranslated, []);
  });
});
