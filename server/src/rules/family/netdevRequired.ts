// networkd 252 refuses a whole .netdev that lacks what it needs to create the device: a Name= and a
// Kind= in [NetDev], and per kind the settings measured in test/agreement/families (a VLAN's Id=, a
// VXLAN's VNI=, a WireGuard private key, ...). A drop-in is not checked: its .netdev file holds them.
// (A .netdev that takes them from its own drop-ins is reported too; such files are rare.)
import { diagnostic, ERROR } from '../common/diagnostic';
import type { ParsedDocument } from '../../parse/model';
import { findDirective, placementIn } from '../../schema/lookup';
import type { DialectSchema } from '../../schema/types';
import type { Rule } from '../types';
import type { FileKind } from '../../classify/fileKind';
import { netdevKind, netdevSkippedSpans } from './netdevKind';

export const NETDEV_INCOMPLETE = 'systemd/netdev-incomplete';

/** The last value of a key in the named sections, or undefined when it is unset or reset. */
function valueOf(doc: ParsedDocument, section: string, key: string): string | undefined {
  const value = doc.sections.filter((s) => s.name === section).flatMap((s) => s.entries).filter((e) => e.key === key).pop()?.value.trim();
  return value === '' ? undefined : value;
}

/** Per kind: [section, keys any one of which must be set, how to name what is missing]. */
const NEEDS: Readonly<Record<string, readonly [string, readonly string[], string][]>> = {
  vlan: [['VLAN', ['Id'], 'Id=']],
  veth: [['Peer', ['Name'], 'Name=']],
  vxlan: [['VXLAN', ['VNI', 'Id'], 'VNI=']],
  geneve: [['GENEVE', ['Id'], 'Id=']],
  bareudp: [['BareUDP', ['DestinationPort'], 'DestinationPort='], ['BareUDP', ['EtherType'], 'EtherType=']],
  wireguard: [['WireGuard', ['PrivateKey', 'PrivateKeyFile'], 'PrivateKey= or PrivateKeyFile=']],
  wlan: [['WLAN', ['Type'], 'Type='], ['WLAN', ['PhysicalDevice'], 'PhysicalDevice=']],
  xfrm: [['Xfrm', ['InterfaceId'], 'InterfaceId=']],
};

/** What the file lacks, in the words of the message; empty when networkd can create the device. */
function missing(doc: ParsedDocument): string[] {
  const out: string[] = [];
  if (valueOf(doc, 'NetDev', 'Name') === undefined) out.push('[NetDev] Name=');
  const kind = netdevKind(doc);
  if (!kind) return [...out, '[NetDev] Kind='];
  for (const [section, keys, what] of NEEDS[kind] ?? []) {
    const set = keys.map((k) => valueOf(doc, section, k)).filter((v) => v !== undefined);
    // An interface ID of 0 is refused like a missing one.
    if (set.length === 0 || (kind === 'xfrm' && set.every((v) => /^0+$/.test(v ?? '')))) out.push(`[${section}] ${what}`);
  }
  if (kind === 'vxlan' && valueOf(doc, 'VXLAN', 'Group') !== undefined && valueOf(doc, 'VXLAN', 'Remote') !== undefined) out.push('[VXLAN] either Group= or Remote=, not both');
  return out;
}

/**
 * Whether a line of the file is already reported as broken, misspelt or misplaced: that line is the cause
 * to fix (networkd names it), so the file is not reported as a whole on top of it.
 */
function hasLineCause(doc: ParsedDocument, schema: DialectSchema, kind: FileKind): boolean {
  return doc.problems.length > 0 || doc.orphanEntries.length > 0 || netdevSkippedSpans(doc, kind).length > 0
    || doc.sections.some((s) => s.entries.some((e) => {
      const known = findDirective(schema, e.key, s.name);
      return !known || !placementIn(known, s.name);
    }));
}

export const netdevIncomplete: Rule = {
  code: NETDEV_INCOMPLETE,
  check({ doc, kind, filePath, uri, schema }) {
    if (kind.dialect !== 'systemd' || kind.familyType !== 'netdev' || !(filePath ?? uri ?? '').endsWith('.netdev')) return [];
    if (hasLineCause(doc, schema, kind)) return [];
    const lacks = missing(doc);
    if (lacks.length === 0) return [];
    const at = doc.sections.find((s) => s.name === 'NetDev')?.headerRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const d = diagnostic(at, `networkd ignores this .netdev: it needs ${lacks.join('; ')}.`, ERROR);
    d.code = NETDEV_INCOMPLETE;
    return [d];
  },
};
