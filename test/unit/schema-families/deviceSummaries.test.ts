// The device summaries (.netdev kinds, .link) name only keys the schema has, and their Chinese keeps the
// names, values and numbers the English mentions, so a hover in either language says the same thing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translatorFor } from '../../../server/src/l10n/translator';
import { familySchema } from '../../../server/src/schema/families';
import { deviceSummaries } from '../../../server/src/schema/families/summaries/devices';

const IDS = ['netdev', 'link'] as const;

/** `Key=` names, ranges and numbers of two digits or more: what a translation carries over unchanged (layer 3 may become 三层). */
function literals(text: string): string[] {
  return [...text.matchAll(/\b[A-Za-z0-9]+=|\b\d[\d.]*-\d[\d.]*\b|\b\d{2,}\b/g)].map((m) => m[0]).sort();
}

describe('device key summaries', () => {
  it('name only (section, key) pairs the schema knows', () => {
    for (const id of IDS) {
      const known = new Set(familySchema(id).directives.flatMap((d) => d.placements.map((p) => `${p.section}.${d.name}`)));
      assert.deepEqual(Object.keys(deviceSummaries[id]).filter((k) => !known.has(k)), [], id);
    }
  });

  it('keep key names and numbers in the Chinese', () => {
    const t = translatorFor('zh-cn');
    const changed = IDS.flatMap((id) => Object.values(deviceSummaries[id]))
      .filter((en) => literals(t.schema(en)).join(' ') !== literals(en).join(' '));
    assert.deepEqual(changed, []);
  });

  it('shows the summary on a device key, in English and in Chinese', () => {
    const key = familySchema('netdev').directives.find((d) => d.name === 'PersistentKeepalive');
    const summary = key?.summary ?? '';
    assert.match(summary, /keepalive/i);
    assert.match(translatorFor('zh-cn').schema(summary), /保活/);
    assert.equal(translatorFor('en').schema(summary), summary);
  });
});
