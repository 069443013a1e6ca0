// Our own one-line summaries of the family keys and sections, keyed by schema id, then `Section.Key`
// (or `Key` when every section means the same by it).
import type { ValueSpec } from '../../types';
import { daemonSummaries } from './daemons';
import { moreDaemonSummaries } from './moreDaemons';
import { containerLinkSummaries } from './nspawnLink';
import { deviceSummaries } from './devices';
import { netdevSummaries } from './netdev';
import { networkSummaries } from './network';
import { networkDhcpSummaries } from './networkDhcp';
import { networkTrafficSummaries } from './networkTraffic';

const KEYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ...daemonSummaries,
  ...moreDaemonSummaries,
  ...containerLinkSummaries,
  network: { ...networkSummaries, ...networkDhcpSummaries, ...networkTrafficSummaries },
  netdev: { ...netdevSummaries, ...deviceSummaries.netdev },
  link: { ...containerLinkSummaries.link, ...deviceSummaries.link },
};

const SECTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {};

/** The key's summary, or a line naming its type and the manual page when we have written none yet. */
export function familySummary(id: string, section: string, key: string, value: ValueSpec, page: string): string {
  const own = KEYS[id]?.[`${section}.${key}`] ?? KEYS[id]?.[key];
  if (own) return own;
  const label = value.label ?? value.kind;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}; see ${page}(5).`;
}

export function familySectionSummary(id: string, section: string, file: string): string {
  return SECTIONS[id]?.[section] ?? `Settings of [${section}] in ${file} files.`;
}

/** Whether the key has a summary of its own (the schema-walk test asks). */
export function hasOwnSummary(id: string, section: string, key: string): boolean {
  return Boolean(KEYS[id]?.[`${section}.${key}`] ?? KEYS[id]?.[key]);
}
