// networkd 252 drops a whole [Address], [Route] or [DHCPServerStaticLease] section that lacks the key
// naming what it configures (it logs "... section without ... Ignoring [X] section from line N").
import { diagnostic, ERROR } from '../common/diagnostic';
import type { Rule } from '../types';

export const NETWORK_SECTION_INCOMPLETE = 'systemd/network-section-incomplete';

/** Per section: the keys any one of which makes it usable, and how to say what is missing. */
const NEEDS: Readonly<Record<string, { anyOf: readonly string[]; missing: string }>> = {
  // Peer= gives the address family as Address= does.
  Address: { anyOf: ['Address', 'Peer'], missing: 'Address=' },
  // Keys that give a route its family; NextHop=, MultiPathRoute= and IPv6Preference= are counted too, to stay on the safe side.
  Route: { anyOf: ['Gateway', 'Destination', 'Source', 'PreferredSource', 'MultiPathRoute', 'NextHop', 'IPv6Preference'], missing: 'Gateway=, Destination=, Source= nor PreferredSource=' },
  DHCPServerStaticLease: { anyOf: ['Address'], missing: 'Address=' },
};

export const networkSectionIncomplete: Rule = {
  code: NETWORK_SECTION_INCOMPLETE,
  scope: 'section',
  check({ doc, kind }) {
    if (kind.dialect !== 'systemd' || kind.family !== 'networkd' || kind.familyType !== 'network') return [];
    return doc.sections.flatMap((section) => {
      const need = NEEDS[section.name];
      if (!need || section.entries.some((e) => need.anyOf.includes(e.key))) return [];
      const d = diagnostic(section.headerRange, `networkd ignores this [${section.name}] section: it sets no ${need.missing}.`, ERROR);
      d.code = NETWORK_SECTION_INCOMPLETE;
      return [d];
    });
  },
};
