// The cases of one family laid out for both readers: each case is a file in FAMILY/etc/systemd/FOLDER/,
// where our checker reads it (its path tells the family, as on a real machine) and where the daemon
// finds it once nsrun.sh binds that etc/systemd over /etc/systemd. A family whose daemon reads another
// folder (system.conf: user.conf.d) gets a second copy there. A sentinel case sorts last.
import { chmodSync, chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SENTINEL_KEY } from './oracle';
import type { Family } from './families';

export type CaseKind = 'real' | 'mutant';

export interface Case {
  kind: CaseKind;
  /** Where it came from: `debian:PKG`, `host`, `ours`, or for a mutant its defect. */
  origin: string;
  /** The name of the real file (for a mutant, of the one it was made from). */
  name: string;
  /** For a mutant: the index of the real case it was made from. */
  base?: number;
  text: string;
}

export interface Layout {
  etc: string;
  /** Our path of each case, in the order of the cases. */
  ours: string[];
  /** The path the daemon sees (`/etc/systemd/...`) -> our path. */
  daemonPaths: Map<string, string>;
  /** The daemon's path of the sentinel. */
  sentinel: string;
}

/** The sentinel: a key the daemon does not know, in a file it reads through (a .netdev needs a kind). */
function sentinelText(family: Family): string {
  const key = `${SENTINEL_KEY}=1\n`;
  if (family.name === 'network') return `[Match]\nName=oraclesentinel0\n[Network]\n${key}`;
  if (family.name === 'netdev') return `[NetDev]\nName=oraclesent0\nKind=dummy\n${key}`;
  if (family.name === 'link') return `[Match]\nOriginalName=oraclesentinel0\n[Link]\n${key}`;
  return `[${family.mainSection}]\n${key}`;
}

/** The host's id of a group, from /etc/group (the namespace sees the host's). */
function groupId(name: string): number | undefined {
  const line = readFileSync('/etc/group', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  const gid = line ? Number(line.split(':')[2]) : NaN;
  return Number.isInteger(gid) ? gid : undefined;
}

export function layOut(family: Family, cases: readonly Case[], root: string, extra: Record<string, string> = {}): Layout {
  const etc = join(root, family.name, 'etc', 'systemd');
  const folder = join(etc, family.folder);
  const daemonFolder = family.oracleFolder ?? family.folder;
  mkdirSync(folder, { recursive: true });
  mkdirSync(join(etc, daemonFolder), { recursive: true });
  const gid = family.fileGroup ? groupId(family.fileGroup) : undefined;
  const write = (path: string, text: string) => {
    writeFileSync(path, text, { mode: family.fileMode ?? 0o644 });
    if (gid !== undefined) chownSync(path, 0, gid);
  };
  const ours: string[] = [];
  const daemonPaths = new Map<string, string>();
  cases.forEach((c, n) => {
    const name = family.caseName(n, c.name);
    const path = join(folder, name);
    write(path, c.text);
    if (family.oracleFolder) write(join(etc, daemonFolder, name), c.text);
    ours.push(path);
    daemonPaths.set(`/etc/systemd/${daemonFolder}/${name}`, path);
  });
  const sentinelName = family.caseName(9999, 'zzzz-oracle-sentinel');
  write(join(etc, daemonFolder, sentinelName), sentinelText(family));
  for (const [rel, text] of Object.entries(extra)) {
    mkdirSync(join(etc, rel, '..'), { recursive: true });
    writeFileSync(join(etc, rel), text);
  }
  // timesyncd reads its config as nobody
  chmodSync(etc, 0o755);
  return { etc, ours, daemonPaths, sentinel: `/etc/systemd/${daemonFolder}/${sentinelName}` };
}
