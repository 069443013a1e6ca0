// The schemas of systemd's other INI families, one per file type: built from the generated key tables
// (scripts/data/gen-family-schemas.mjs) and our own summaries.
import type { DialectSchema, DirectiveSpec, SectionSpec } from '../types';
import { coredumpKeys } from './coredump.generated';
import { FAMILY_NEWEST } from './enums.generated';
import { homedKeys } from './homed.generated';
import { journaldKeys } from './journald.generated';
import { linkKeys } from './link.generated';
import { logindKeys } from './logind.generated';
import { netdevKeys } from './netdev.generated';
import { networkKeys } from './network.generated';
import { networkdKeys } from './networkd.generated';
import { nspawnKeys } from './nspawn.generated';
import { oomdKeys } from './oomd.generated';
import { pstoreKeys } from './pstore.generated';
import { resolvedKeys } from './resolved.generated';
import type { FamilyKeyRow } from './rows';
import { sleepKeys } from './sleep.generated';
import { familySectionSummary, familySummary } from './summaries';
import { systemKeys } from './system.generated';
import { timesyncdKeys } from './timesyncd.generated';
import { familyRepeatable, familyValueSpec } from './valueSpecs';

/** Newest systemd release the tables were read from (data/upstream.lock.json). */
export const FAMILY_LATEST = FAMILY_NEWEST;

interface FamilyTable {
  rows: readonly FamilyKeyRow[];
  /** The manual page that documents the file: `systemd.network`, `journald.conf`, ... */
  page: string;
  /** How the files are named, for messages: `.network`, `journald.conf`. */
  file: string;
}

/** Schema id -> its table. The ids are the networkd file types, `nspawn`, and the daemons' names. */
const TABLES = {
  network: { rows: networkKeys, page: 'systemd.network', file: '.network' },
  netdev: { rows: netdevKeys, page: 'systemd.netdev', file: '.netdev' },
  link: { rows: linkKeys, page: 'systemd.link', file: '.link' },
  nspawn: { rows: nspawnKeys, page: 'systemd.nspawn', file: '.nspawn' },
  journald: { rows: journaldKeys, page: 'journald.conf', file: 'journald.conf' },
  logind: { rows: logindKeys, page: 'logind.conf', file: 'logind.conf' },
  system: { rows: systemKeys, page: 'systemd-system.conf', file: 'system.conf' },
  resolved: { rows: resolvedKeys, page: 'resolved.conf', file: 'resolved.conf' },
  timesyncd: { rows: timesyncdKeys, page: 'timesyncd.conf', file: 'timesyncd.conf' },
  coredump: { rows: coredumpKeys, page: 'coredump.conf', file: 'coredump.conf' },
  sleep: { rows: sleepKeys, page: 'systemd-sleep.conf', file: 'sleep.conf' },
  networkd: { rows: networkdKeys, page: 'networkd.conf', file: 'networkd.conf' },
  oomd: { rows: oomdKeys, page: 'oomd.conf', file: 'oomd.conf' },
  homed: { rows: homedKeys, page: 'homed.conf', file: 'homed.conf' },
  pstore: { rows: pstoreKeys, page: 'pstore.conf', file: 'pstore.conf' },
} satisfies Record<string, FamilyTable>;

export type FamilySchemaId = keyof typeof TABLES;
export const FAMILY_SCHEMA_IDS = Object.keys(TABLES) as FamilySchemaId[];

function manualUrl(page: string, anchor: string): string {
  return `https://www.freedesktop.org/software/systemd/man/latest/${page}.html${anchor}`;
}

function build(id: FamilySchemaId): DialectSchema {
  const table: FamilyTable = TABLES[id];
  const sections: SectionSpec[] = [];
  const byName = new Map<string, DirectiveSpec>();
  for (const [section, key, parser, since, until] of table.rows) {
    if (!sections.some((s) => s.name === section)) {
      sections.push({ name: section, summary: familySectionSummary(id, section, table.file), manual: manualUrl(table.page, `#[${section}]%20Section%20Options`) });
    }
    const placement = { section, since, ...(until !== undefined ? { until } : {}), status: until !== undefined ? 'removed' as const : 'active' as const };
    // One record per meaning: `UseDNS=` of [DHCPv4] and of [IPv6AcceptRA] share one, a key read by two parsers has two.
    const recordId = `${key}\u0000${parser}`;
    const known = byName.get(recordId);
    if (known) {
      // The same parser can mean different things per section (`DNS=` of [DHCPServer] and [IPv6SendRA]).
      const own = familySummary(id, section, key, known.value, table.page);
      known.placements.push(own === known.summary ? placement : { ...placement, summary: own });
      continue;
    }
    const value = familyValueSpec(parser, key);
    byName.set(recordId, { name: key, placements: [placement], value, repeatable: familyRepeatable(value),
      summary: familySummary(id, section, key, value, table.page), manual: manualUrl(table.page, `#${key}=`) });
  }
  return { dialect: 'systemd', sections, directives: [...byName.values()], latestVersion: FAMILY_LATEST };
}

const built = new Map<FamilySchemaId, DialectSchema>();

/** The schema of one family file type, built on first use. */
export function familySchema(id: FamilySchemaId): DialectSchema {
  let schema = built.get(id);
  if (!schema) built.set(id, (schema = build(id)));
  return schema;
}

/** The schema id of a daemon's config: user.conf is read with system.conf's table. */
export function daemonSchemaId(daemon: string): FamilySchemaId | undefined {
  const id = daemon === 'user' ? 'system' : daemon;
  return id in TABLES && id !== 'network' && id !== 'netdev' && id !== 'link' && id !== 'nspawn' ? id as FamilySchemaId : undefined;
}
