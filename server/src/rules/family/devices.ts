// Whole-section checks of .link and .netdev files: what udev and networkd 252 refuse after reading every
// key, so no value check can see it.
import { diagnostic, ERROR } from '../common/diagnostic';
import type { Rule } from '../types';
import type { Section } from '../../parse/model';
import { netdevKind } from './netdevKind';

export const LINK_MATCH_EMPTY = 'systemd/link-match-empty';
export const WIREGUARD_PEER_WITHOUT_KEY = 'systemd/wireguard-peer-without-key';

/** Keys of a .link file's [Match] that no other section of it has (MACAddress= is also a [Link] key). */
const MATCH_ONLY_KEYS = new Set(['PermanentMACAddress', 'OriginalName', 'Path', 'Driver', 'Type', 'Kind', 'Property', 'Host',
  'Virtualization', 'KernelCommandLine', 'KernelVersion', 'Credential', 'Architecture', 'Firmware']);

/** Whether the section sets the key to something (an empty assignment resets it). */
function sets(section: Section, key: string): boolean {
  const last = section.entries.filter((e) => e.key === key).pop();
  return last !== undefined && last.value !== '';
}

export const linkMatchEmpty: Rule = {
  code: LINK_MATCH_EMPTY,
  check({ doc, kind, filePath, uri }) {
    // Only a .link file itself: a drop-in (NAME.link.d/*.conf) leaves [Match] to its .link file.
    if (kind.dialect !== 'systemd' || kind.familyType !== 'link' || !(filePath ?? uri ?? '').endsWith('.link')) return [];
    const matches = doc.sections.filter((s) => s.name === 'Match');
    // Only a [Match] with nothing written in it: a misspelt key, a bad value or a broken line there is
    // already reported on its own line, and is the cause to fix.
    const written = matches.some((s) => {
      const next = doc.sections[doc.sections.indexOf(s) + 1]?.headerRange.start.line ?? Infinity;
      return s.entries.some((e) => e.value !== '')
        || doc.problems.some((p) => p.range.start.line > s.headerRange.start.line && p.range.start.line < next);
    });
    // A [Match] key written under another section is reported there (wrong section): that is the cause.
    const strayed = doc.sections.some((s) => s.name !== 'Match' && s.entries.some((e) => MATCH_ONLY_KEYS.has(e.key)));
    if (written || strayed) return [];
    const at = matches[0]?.headerRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const d = diagnostic(at, 'udev ignores this .link file: its [Match] section sets nothing to match on. To match every interface, add OriginalName=* there.', ERROR);
    d.code = LINK_MATCH_EMPTY;
    return [d];
  },
};

export const wireguardPeerWithoutKey: Rule = {
  code: WIREGUARD_PEER_WITHOUT_KEY,
  scope: 'section',
  check({ doc, kind }) {
    // In a .netdev of another kind, the section is not read at all: netdev-section-kind says so.
    const written = netdevKind(doc);
    if (kind.dialect !== 'systemd' || kind.familyType !== 'netdev' || (written && written !== 'wireguard')) return [];
    return doc.sections.filter((s) => s.name === 'WireGuardPeer' && !sets(s, 'PublicKey')).map((s) => {
      const d = diagnostic(s.headerRange, 'networkd ignores this [WireGuardPeer] section: it has no PublicKey=.', ERROR);
      d.code = WIREGUARD_PEER_WITHOUT_KEY;
      return d;
    });
  },
};
