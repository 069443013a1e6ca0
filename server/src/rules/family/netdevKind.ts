// networkd reads a .netdev in two passes: [Match] and [NetDev] first, then the sections of the Kind=
// it found. A section that belongs to another kind ([VLAN] in a Kind=vxlan file) is then an unknown
// section to it: logged and ignored (measured against systemd-networkd 252 for every kind).
import { diagnostic, ERROR } from '../common/diagnostic';
import type { FileKind } from '../../classify/fileKind';
import type { ParsedDocument, Section } from '../../parse/model';
import type { Rule } from '../types';

export const NETDEV_SECTION_OF_OTHER_KIND = 'systemd/netdev-section-kind';

const TUNNEL = ['Tunnel'];
/** Kind= -> the sections networkd reads for it besides [Match] and [NetDev]. */
const KIND_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  bareudp: ['BareUDP'], batadv: ['BatmanAdvanced'], bond: ['Bond'], bridge: ['Bridge'], dummy: [], erspan: TUNNEL,
  fou: ['FooOverUDP'], geneve: ['GENEVE'], gre: TUNNEL, gretap: TUNNEL, hsr: ['HSR'], ifb: [], ip6gre: TUNNEL, ip6gretap: TUNNEL,
  ip6tnl: TUNNEL, ipip: TUNNEL, ipoib: ['IPoIB'], ipvlan: ['IPVLAN'], ipvtap: ['IPVTAP'], l2tp: ['L2TP', 'L2TPSession'],
  macsec: ['MACsec', 'MACsecReceiveChannel', 'MACsecTransmitAssociation', 'MACsecReceiveAssociation'], macvlan: ['MACVLAN'],
  macvtap: ['MACVTAP'], netdevsim: [], nlmon: [], sit: TUNNEL, tap: ['Tap'], tun: ['Tun'], vcan: [], veth: ['Peer'], vlan: ['VLAN'],
  vrf: ['VRF'], vti: TUNNEL, vti6: TUNNEL, vxcan: ['VXCAN'], vxlan: ['VXLAN'], wireguard: ['WireGuard', 'WireGuardPeer'],
  wlan: ['WLAN'], xfrm: ['Xfrm'],
};

/** The kinds that read a section, for the message. */
function kindsOf(section: string): string[] {
  return Object.entries(KIND_SECTIONS).filter(([, sections]) => sections.includes(section)).map(([kind]) => kind);
}

/** The last Kind= of the file's own [NetDev], or undefined (a drop-in without one leaves the kind to its .netdev file). */
export function netdevKind(doc: ParsedDocument): string | undefined {
  return doc.sections.filter((s) => s.name === 'NetDev').flatMap((s) => s.entries).filter((e) => e.key === 'Kind').pop()?.value.trim();
}

/** The sections of a .netdev that its Kind= does not read, with that Kind=; none when the kind is not known here. */
function otherKindSections(doc: ParsedDocument, kind: FileKind): { written: string; sections: Section[] } {
  const written = kind.dialect === 'systemd' && kind.familyType === 'netdev' ? netdevKind(doc) : undefined;
  const own = written === undefined ? undefined : KIND_SECTIONS[written];
  if (!written || !own) return { written: '', sections: [] };
  return { written, sections: doc.sections.filter((s) => !own.includes(s.name) && kindsOf(s.name).length > 0) };
}

/**
 * Lines (headers excluded) networkd never reads because their section belongs to another kind: findings
 * there are dropped after every rule ran (a whole-file fact, so no rule's scope has to know Kind=).
 */
export function netdevSkippedSpans(doc: ParsedDocument, kind: FileKind): [number, number][] {
  return otherKindSections(doc, kind).sections.map((s): [number, number] => [s.headerRange.end.line + 1, s.range.end.line]);
}

export const netdevSectionOfOtherKind: Rule = {
  code: NETDEV_SECTION_OF_OTHER_KIND,
  check({ doc, kind }) {
    const { written, sections } = otherKindSections(doc, kind);
    return sections.map((s) => {
      const d = diagnostic(s.headerRange, `networkd ignores this [${s.name}] section: this .netdev has Kind=${written}, and only Kind=${kindsOf(s.name).join(', ')} reads it.`, ERROR);
      d.code = NETDEV_SECTION_OF_OTHER_KIND;
      return d;
    });
  },
};
