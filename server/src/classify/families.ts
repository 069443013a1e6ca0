// The other file families of systemd (Podman Quadlet, networkd, nspawn, the daemons' own configs,
// tmpfiles.d, sysusers.d): recognised so that they are never read as units, by folder and name first,
// then by their section names. Section and key names are upstream facts (systemd's gperf tables,
// Podman's quadlet source), not a schema: only what tells one family from another is here.

/** The daemons whose `NAME.conf` (and `NAME.conf.d/*.conf`) systemd reads. */
export const DAEMON_CONFIGS = [
  'journald', 'logind', 'system', 'user', 'resolved', 'timesyncd', 'coredump', 'sleep', 'networkd', 'oomd', 'homed', 'pstore',
] as const;
export type DaemonConfig = (typeof DAEMON_CONFIGS)[number];

export const SYSTEMD_FAMILIES = ['quadlet', 'networkd', 'nspawn', 'tmpfiles.d', 'sysusers.d', ...DAEMON_CONFIGS.map((d) => `${d}.conf` as const)] as const;
export type SystemdFamily = (typeof SYSTEMD_FAMILIES)[number];

/** Families whose files are `[Section]` / `Key=value` text, read by systemd's own INI parser. */
export type IniFamily = Exclude<SystemdFamily, 'tmpfiles.d' | 'sysusers.d'>;

/**
 * How the family was told: by folder or name (sure), by the user's association, by the editor's language
 * id (the user's choice of language mode, or the editor's own by the file's name), or guessed from the content.
 */
export type FamilyEvidence = 'name' | 'association' | 'language' | 'content';

export interface FamilyMatch {
  family: SystemdFamily;
  evidence: FamilyEvidence;
}

/** The families' names as a user knows them, for messages. */
export const FAMILY_LABELS: Readonly<Record<SystemdFamily, string>> = {
  quadlet: 'Podman Quadlet', networkd: 'systemd-networkd', nspawn: 'systemd-nspawn', 'tmpfiles.d': 'tmpfiles.d', 'sysusers.d': 'sysusers.d',
  ...Object.fromEntries(DAEMON_CONFIGS.map((d) => [`${d}.conf`, `${d}.conf`])) as Record<`${DaemonConfig}.conf`, string>,
};

/** Families whose files are `[Section]` / `Key=value` text (tmpfiles.d and sysusers.d are line formats). */
export function isIniFamily(family: SystemdFamily): family is IniFamily {
  return family !== 'tmpfiles.d' && family !== 'sysusers.d';
}

const QUADLET_TYPES = ['container', 'volume', 'network', 'kube', 'pod', 'image', 'build', 'artifact'] as const;
const NETWORKD_TYPES = ['network', 'netdev', 'link'] as const;
// Quadlet's search path (podman-systemd.unit(5)), matched anywhere so a staging tree counts too.
const QUADLET_DIRS = /\/etc\/containers\/systemd\/|\/\.config\/containers\/systemd\/|\/usr\/share\/containers\/systemd\/|\/run\/containers\/systemd\//;
const NETWORKD_DIRS = /\/etc\/systemd\/network\/|\/run\/systemd\/network\/|\/(usr\/|usr\/local\/)?lib\/systemd\/network\//;
// Names too plain to mean a daemon's config outside a systemd folder (`/srv/app/system.conf`).
const PLAIN_DAEMON_NAMES: ReadonlySet<DaemonConfig> = new Set(['system', 'user', 'sleep']);

/** Section each daemon's config has and no unit has (systemd's `*-gperf.gperf` tables). */
const DAEMON_SECTIONS: Readonly<Record<string, DaemonConfig>> = {
  Journal: 'journald', Login: 'logind', Manager: 'system', Resolve: 'resolved', Time: 'timesyncd', Coredump: 'coredump',
  Sleep: 'sleep', OOM: 'oomd', Home: 'homed', PStore: 'pstore',
};
/** Sections Quadlet reads that networkd does not: the unit's own, passed through to the generated service. */
const QUADLET_ONLY_SECTIONS = new Set(['Unit', 'Service', 'Install', 'Quadlet']);
/** `[Network]` keys only Quadlet has (quadlet.go's supportedNetworkKeys minus networkd's `[Network]` keys). */
const QUADLET_NETWORK_KEYS = new Set([
  'ContainersConfModule', 'DisableDNS', 'Driver', 'GlobalArgs', 'InterfaceName', 'Internal', 'IPAMDriver', 'IPRange', 'IPv6',
  'Label', 'NetworkDeleteOnStop', 'NetworkName', 'Options', 'PodmanArgs', 'Subnet',
]);

/** The sections that show a file outside the search paths is what its extension says. */
const OWN_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  container: ['Container'], volume: ['Volume'], kube: ['Kube'], pod: ['Pod'], image: ['Image'], build: ['Build'], artifact: ['Artifact'],
  netdev: ['NetDev', 'Match'], link: ['Link', 'Match'],
};

// One line at a time (no `\s` across lines): see classify.ts on why.
const HEADER = /^[^\S\r\n\u2028\u2029]*\[([^\]\r\n\u2028\u2029]*)\]/gm;
const KEY = /^[^\S\r\n\u2028\u2029]*([A-Za-z0-9_-]+)[^\S\r\n\u2028\u2029]*=/gm;
/** Enough headers to tell a family; a file with more is read from its first ones. */
const MAX_HEADERS = 200;

function sectionNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(HEADER)) {
    names.push(m[1].trim());
    if (names.length >= MAX_HEADERS) break;
  }
  return names;
}

function suffixOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1);
}

function has<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A `.network` outside both search paths: networkd's unless it has Quadlet's sections or keys. */
function networkByContent(text: string): FamilyMatch {
  const sections = sectionNames(text);
  if (sections.some((s) => QUADLET_ONLY_SECTIONS.has(s))) return { family: 'quadlet', evidence: 'content' };
  if (sections.some((s) => s !== 'Network')) return { family: 'networkd', evidence: 'content' };
  let keys = 0;
  for (const m of text.matchAll(KEY)) {
    if (QUADLET_NETWORK_KEYS.has(m[1])) return { family: 'quadlet', evidence: 'content' };
    if (++keys >= MAX_HEADERS) break;
  }
  return { family: 'networkd', evidence: 'content' };
}

/** The family a file's folder and name tell (outside the search paths, with the section its extension implies), or, for a `.network` outside them, its content. */
function familyByName(path: string, name: string, parent: string, text: string): FamilyMatch | undefined {
  const byName = (family: SystemdFamily): FamilyMatch => ({ family, evidence: 'name' });
  const suffix = suffixOf(name);
  // Drop-ins (`web.container.d/10-env.conf`, `eth0.network.d/mtu.conf`) belong to the file they extend.
  const dropInOf = parent.endsWith('.d') && name.endsWith('.conf') ? parent.slice(0, -2) : undefined;
  const ownSuffix = dropInOf !== undefined ? suffixOf(dropInOf) : suffix;
  if (has(QUADLET_TYPES, ownSuffix) && QUADLET_DIRS.test(path)) return byName('quadlet');
  if (has(NETWORKD_TYPES, ownSuffix) && NETWORKD_DIRS.test(path)) return byName('networkd');
  if (ownSuffix === 'network') return dropInOf !== undefined ? byName('networkd') : networkByContent(text);
  // Outside the search paths a name such as `meson.build` or `x.link` is someone else's unless its own section is there.
  // A drop-in folder (`web.container.d/`) is evidence enough.
  if (has(QUADLET_TYPES, ownSuffix) || has(NETWORKD_TYPES, ownSuffix)) {
    const own = OWN_SECTIONS[ownSuffix];
    if (dropInOf === undefined && !sectionNames(text).some((section) => own.includes(section))) return undefined;
    return byName(has(QUADLET_TYPES, ownSuffix) ? 'quadlet' : 'networkd');
  }
  if (ownSuffix === 'nspawn') return byName('nspawn');
  if (name.endsWith('.conf') && (parent === 'tmpfiles.d' || parent === 'sysusers.d')) return byName(parent);
  const daemon = (dropInOf ?? name).replace(/\.conf$/, '');
  if (!(dropInOf ?? name).endsWith('.conf') || !has(DAEMON_CONFIGS, daemon)) return undefined;
  // `system.conf` in a project folder may be anything; `/etc/systemd/system.conf` is the manager's.
  const folder = dropInOf !== undefined ? path.slice(0, path.length - name.length - parent.length - 1) : path.slice(0, path.length - name.length);
  if (PLAIN_DAEMON_NAMES.has(daemon) && !/\/systemd\/$/.test(folder)) return undefined;
  return byName(`${daemon}.conf`);
}

/** A `.conf` with a section only one daemon has (`[Journal]`, `[Login]`, ...); `[Manager]` is taken as system.conf's. */
export function daemonByContent(text: string): FamilyMatch | undefined {
  for (const section of sectionNames(text)) {
    const daemon = DAEMON_SECTIONS[section];
    if (daemon) return { family: `${daemon}.conf`, evidence: 'content' };
  }
  return undefined;
}

/** Recognised by folder or name; undefined when they say nothing (content is read separately, see classify.ts). */
export function familyOfPath(path: string, text: string): FamilyMatch | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const folder = path.slice(0, path.length - name.length - 1);
  const parent = folder.slice(folder.lastIndexOf('/') + 1);
  return familyByName(path, name, parent, text);
}

/** A `.conf` (or nameless text) recognised by its sections alone. */
export function familyOfContent(name: string, text: string): FamilyMatch | undefined {
  if (name.includes('.') && !name.endsWith('.conf')) return undefined;
  return daemonByContent(text);
}

/**
 * The type of a family file: its own suffix or, for a drop-in (`eth0.network.d/mtu.conf`), its folder's:
 * `network`, `netdev`, `link`, `container`, ...; `conf` for a daemon's config.
 */
export function familyFileType(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const folder = path.slice(0, Math.max(0, path.length - name.length - 1));
  const parent = folder.slice(folder.lastIndexOf('/') + 1);
  const own = parent.endsWith('.d') && name.endsWith('.conf') ? parent.slice(0, -2) : name;
  return suffixOf(own);
}
