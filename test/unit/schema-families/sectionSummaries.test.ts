// A key that several sections read with the same parser still says, in each section, what it does there:
// hover in [IPv6AcceptRA] must not describe a DHCP lease.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directiveMarkdown } from '../../../server/src/features/markdown';
import type { Locale } from '../../../server/src/l10n/locale';
import { translatorFor } from '../../../server/src/l10n/translator';
import { familySchema } from '../../../server/src/schema/families';
import { hasOwnSummary } from '../../../server/src/schema/families/summaries';

function hoverOf(key: string, section: string, locale: Locale = 'en'): string {
  const directive = familySchema('network').directives.find((d) => d.name === key && d.placements.some((p) => p.section === section));
  assert.ok(directive, `${section}.${key}`);
  return directiveMarkdown(directive, '=', undefined, section, translatorFor(locale));
}

describe('family summaries per section', () => {
  it('shows the summary of the section the key is written in', () => {
    assert.match(hoverOf('UseDNS', 'DHCPv4'), /lease/);
    assert.match(hoverOf('UseDNS', 'IPv6AcceptRA'), /router advertisements/);
    assert.doesNotMatch(hoverOf('UseDNS', 'IPv6AcceptRA'), /lease/);
    assert.match(hoverOf('DNS', 'DHCPServer'), /handed to clients/);
    assert.match(hoverOf('DNS', 'IPv6SendRA'), /to announce/);
    assert.match(hoverOf('UplinkInterface', 'DHCPPrefixDelegation'), /:self/);
  });

  it('translates each section\'s own summary', () => {
    const ra = hoverOf('UseDNS', 'IPv6AcceptRA', 'zh-cn');
    assert.match(ra, /路由器通告/);
    assert.notEqual(ra, hoverOf('UseDNS', 'DHCPv4', 'zh-cn'));
  });

  it('gives every placement whose section has a sentence of its own that sentence', () => {
    const wrong = familySchema('network').directives.flatMap((d) => d.placements
      .filter((p) => hasOwnSummary('network', p.section, d.name) && (p.summary ?? d.summary).endsWith('see systemd.network(5).'))
      .map((p) => `${p.section}.${d.name}`));
    assert.deepEqual(wrong, []);
  });
});
