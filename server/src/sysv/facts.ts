// Facts about LSB init script headers: the keywords, the facilities and the runlevels, and what
// systemd-sysv-generator (systemd v252, src/sysv-generator/sysv-generator.c) makes of each. The
// descriptions are our own words.

export interface KeywordFact {
  /** As written by convention (matching is case-insensitive, as in the generator and insserv). */
  name: string;
  /** Debian's tools want it in every header (lintian's list of required keywords). */
  required: boolean;
  /** What the value holds. */
  value: 'facilities' | 'runlevels' | 'text' | 'boolean';
  summary: string;
  /** What systemd-sysv-generator does with it. */
  systemd: string;
}

export const KEYWORDS: readonly KeywordFact[] = [
  { name: 'Provides', required: true, value: 'facilities',
    summary: 'The facility names this script provides, usually just its own file name. Other scripts name them in their Required-Start and Should-Start lines.',
    systemd: 'Each other service name becomes an alias of the generated unit; a `$facility` makes the unit order itself before, and pull in, the matching target.' },
  { name: 'Required-Start', required: true, value: 'facilities',
    summary: 'Facilities that must be running before this script starts.',
    systemd: 'Each facility becomes an `After=` dependency of the generated unit (`$network` also `Wants=network-online.target`).' },
  { name: 'Required-Stop', required: true, value: 'facilities',
    summary: 'Facilities that must still be running when this script stops, so they are stopped after it.',
    systemd: 'Not read: systemd stops units in the reverse order of the start dependencies.' },
  { name: 'Should-Start', required: false, value: 'facilities',
    summary: 'Facilities to start before this script when they are present; a missing one is not an error.',
    systemd: 'Read like Required-Start: each facility becomes an `After=` dependency.' },
  { name: 'Should-Stop', required: false, value: 'facilities',
    summary: 'Facilities to stop after this script when they are present.',
    systemd: 'Not read.' },
  { name: 'X-Start-Before', required: false, value: 'facilities',
    summary: 'A Debian (insserv) extension: facilities that this script must start before, the reverse of Should-Start.',
    systemd: 'Each facility becomes a `Before=` dependency of the generated unit.' },
  { name: 'X-Start-After', required: false, value: 'facilities',
    summary: 'An extension read by systemd-sysv-generator: facilities that this script starts after, like Should-Start.',
    systemd: 'Each facility becomes an `After=` dependency.' },
  { name: 'X-Stop-After', required: false, value: 'facilities',
    summary: 'A Debian (insserv) extension: facilities that this script must stop after, the reverse of Should-Stop.',
    systemd: 'Not read.' },
  { name: 'Default-Start', required: true, value: 'runlevels',
    summary: 'The runlevels (0-6, S) in which the script is started when enabled. On Debian, update-rc.d makes the rcN.d links from it.',
    systemd: 'The generator reads the rcN.d links, not this line: runlevel 1 means `rescue.target`, 2, 3 and 4 `multi-user.target`, 5 `graphical.target`; the unit is wanted by those targets.' },
  { name: 'Default-Stop', required: true, value: 'runlevels',
    summary: 'The runlevels in which the script is stopped; usually 0 1 6 (halt, single user, reboot).',
    systemd: 'Not read: every generated unit is stopped at shutdown by its default dependencies.' },
  { name: 'Short-Description', required: false, value: 'text',
    summary: 'One line saying what the script starts.',
    systemd: 'Becomes `Description=LSB: ...` of the generated unit.' },
  { name: 'Description', required: false, value: 'text',
    summary: 'A longer description. It may go on over the next lines, each starting with `#` and a tab or at least two blanks.',
    systemd: 'Becomes `Description=LSB: ...` only when there is no Short-Description.' },
  { name: 'X-Interactive', required: false, value: 'boolean',
    summary: 'A Debian (insserv) extension: `true` when the script may ask the user something on the console (a passphrase), so it is not started in parallel with others.',
    systemd: 'Not read.' },
];

const BY_LOWER = new Map(KEYWORDS.map((k) => [k.name.toLowerCase(), k]));

export function keywordFact(name: string): KeywordFact | undefined {
  return BY_LOWER.get(name.toLowerCase());
}

export interface FacilityFact {
  name: string;
  summary: string;
  /** The unit systemd-sysv-generator orders after for it; undefined when it drops the facility. */
  unit: string | undefined;
  /** Defined by Debian (insserv.conf), not by the LSB. */
  debian?: boolean;
}

export const FACILITIES: readonly FacilityFact[] = [
  { name: '$local_fs', unit: undefined, summary: 'The local file systems are mounted.' },
  { name: '$remote_fs', unit: 'remote-fs.target', summary: 'All file systems are mounted, network ones (NFS, ...) included; /usr is available.' },
  { name: '$network', unit: 'network-online.target', summary: 'The network is up: interfaces configured, so that a daemon can bind and connect.' },
  { name: '$named', unit: 'nss-lookup.target', summary: 'Host names can be resolved (a DNS server or the resolver is available).' },
  { name: '$portmap', unit: 'rpcbind.target', summary: 'The ONC RPC port mapper (rpcbind) is running.' },
  { name: '$syslog', unit: undefined, summary: 'The system logger is running.' },
  { name: '$time', unit: 'time-sync.target', summary: 'The system clock is set (from the hardware clock or the network).' },
  { name: '$all', unit: 'all.target', summary: 'After every other script: insserv starts it last. Meant for a few scripts only, as every script naming it is ordered after all others.' },
  { name: '$x-display-manager', unit: 'x-display-manager.target', debian: true, summary: 'A Debian facility: the X display manager (gdm, lightdm, ...).' },
  { name: '$mail-transport-agent', unit: 'mail-transport-agent.target', debian: true, summary: 'A Debian facility: the mail transport agent (exim, postfix, ...).' },
  { name: '$x-font-server', unit: 'x-font-server.target', debian: true, summary: 'A Debian facility: the X font server.' },
];

const FACILITY_BY_NAME = new Map(FACILITIES.map((f) => [f.name, f]));

export function facilityFact(name: string): FacilityFact | undefined {
  return FACILITY_BY_NAME.get(name);
}

/** The unit systemd-sysv-generator makes of a name in a dependency line (facts: sysv_translate_facility). */
export function unitOfName(name: string): string | undefined {
  const bare = name.startsWith('$') ? name.slice(1) : name;
  const fact = facilityFact(`$${bare}`);
  if (fact && (name.startsWith('$') || !fact.debian)) return fact.unit;
  if (name.startsWith('$')) return `${bare}.target`;
  return `${bare.replace(/\.sh$/, '')}.service`;
}

/** Script names that stand for a facility, which a header should name instead (lintian's list). */
export const SCRIPT_FOR_FACILITY: Readonly<Record<string, string>> = {
  mountall: '$local_fs', mountnfs: '$remote_fs', hwclock: '$time', portmap: '$portmap', named: '$named', bind9: '$named',
  networking: '$network', syslog: '$syslog', rsyslog: '$syslog', sysklogd: '$syslog',
};

export const RUNLEVELS: Readonly<Record<string, string>> = {
  0: 'halt (power off)', 1: 'single user (rescue)', 2: 'multi-user', 3: 'multi-user', 4: 'multi-user', 5: 'multi-user with a display manager',
  6: 'reboot', S: 'single user, once at boot',
};

/** The target systemd-sysv-generator hangs a script on for a runlevel link rcN.d/S*; the others are ignored. */
export const RUNLEVEL_TARGETS: Readonly<Record<string, string>> = {
  1: 'rescue.target', 2: 'multi-user.target', 3: 'multi-user.target', 4: 'multi-user.target', 5: 'graphical.target',
};

/** LSB exit codes the generator treats as a clean exit: 5 (program not installed) and 6 (not configured). */
export const LSB_SUCCESS_EXIT_STATUS = '5 6';
