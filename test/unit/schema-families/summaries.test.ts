// Every key of the families we have written summaries for has a sentence of its own, in English and
// Simplified Chinese; the rest are listed here as not covered yet, so that the list only shrinks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translatorFor } from '../../../server/src/l10n/translator';
import { FAMILY_SCHEMA_IDS, familySchema, type FamilySchemaId } from '../../../server/src/schema/families';
import { hasOwnSummary } from '../../../server/src/schema/families/summaries';

const HAN = /[\u4e00-\u9fff]/;
/** Schema id -> the sections covered; `*` for all of them. */
const COVERED: Partial<Record<FamilySchemaId, readonly string[]>> = {
  network: ['Match', 'Link', 'Network', 'Address', 'Route', 'DHCP', 'DHCPv4', 'DHCPv6', 'DHCPServer', 'DHCPServerStaticLease', 'IPv6AcceptRA', 'DHCPPrefixDelegation', 'DHCPv6PrefixDelegation', 'IPv6SendRA', 'DHCPRelay', 'IPv6PrefixDelegation', 'LLDP', 'IPv6AddressLabel', 'IPv6PREF64Prefix', 'IPv6Prefix', 'IPv6RoutePrefix', 'Neighbor', 'NextHop', 'RoutingPolicyRule', 'MobileNetwork', 'IPoIB'], link: ['Match'], nspawn: ['*'],
  netdev: ['NetDev', 'Match', 'Bridge', 'VLAN', 'Bond'],
  journald: ['*'], logind: ['*'], resolved: ['*'], timesyncd: ['*'],
  system: ['*'], coredump: ['*'], sleep: ['*'], oomd: ['*'], pstore: ['*'], homed: ['*'], networkd: ['*'],
};
/** Not covered yet: their keys show their type and manual page. */
/**
 * Not covered yet (their keys show their type and manual page): the other sections of .network ([DHCPv4],
 * [IPv6SendRA], ...), of .netdev ([VXLAN], [Tunnel], [WireGuard], ...) and of .link ([Link], [SR-IOV], ...).
 */
const EXEMPT: readonly FamilySchemaId[] = [];

function covered(): { id: FamilySchemaId; section: string; key: string; summary: string }[] {
  return (Object.keys(COVERED) as FamilySchemaId[]).flatMap((id) => familySchema(id).directives.flatMap((d) => d.placements
    .filter((p) => COVERED[id]?.includes('*') || COVERED[id]?.includes(p.section))
    .map((p) => ({ id, section: p.section, key: d.name, summary: p.summary ?? d.summary }))));
}

describe('family key summaries', () => {
  it('lists every schema as covered (in part or whole) or exempt', () => {
    assert.deepEqual([...Object.keys(COVERED), ...EXEMPT].sort(), [...FAMILY_SCHEMA_IDS].sort());
  });

  it('gives every covered key a sentence of its own', () => {
    const missing = covered().filter((k) => !hasOwnSummary(k.id, k.section, k.key) || k.summary.trim().length < 15)
      .map((k) => `${k.id}: [${k.section}] ${k.key}`);
    assert.deepEqual(missing, []);
    assert.ok(covered().length > 200);
  });

  it('has every covered summary, and every section line, in Simplified Chinese', () => {
    const t = translatorFor('zh-cn');
    assert.deepEqual(covered().filter((k) => !HAN.test(t.schema(k.summary))).map((k) => `${k.id}: ${k.key}`), []);
    const sections = FAMILY_SCHEMA_IDS.flatMap((id) => familySchema(id).sections).filter((s) => !HAN.test(t.schema(s.summary)));
    assert.deepEqual(sections.map((s) => s.summary), []);
  });
});
