// The checks of systemd-analyze security (systemd 252's security_assessor_table): each one's name,
// weight and range are systemd's, so that the sum matches its score; what a failed check says is ours.
import { capabilityMask, type CapabilityName, type FamilyGroup } from './kernelNames';
import type { BooleanSetting, SecurityInfo } from './securityInfo';
import { filtersSystemCalls, offendingSyscall } from './syscallFilter';

/** What a check found: its badness (0 best, `range` worst; null when it does not apply) and why, in our words. */
export interface Finding {
  badness: number | null;
  /** An English template of ours with `{name}` holes, for the hover and the checker. */
  why?: string;
  values?: Readonly<Record<string, string>>;
}

export interface Assessor {
  /** systemd's name of the check, e.g. `CapabilityBoundingSet=~CAP_SYS_ADMIN`. */
  id: string;
  weight: number;
  range: number;
  /** Judged only for units with default dependencies (else "not appropriate" in early boot). */
  defaultDependenciesOnly?: boolean;
  /** The directive that fixes it, for the code actions. */
  directive: string;
  assess(info: SecurityInfo): Finding;
}

const NA: Finding = { badness: null };

function runsPrivileged(info: SecurityInfo): boolean {
  if (info.user === '0' || info.user === 'root') return true;
  if (info.dynamicUser) return false;
  return info.user === undefined || info.user === '';
}

/** A boolean setting that should be on (Delegate= should be off). */
function bool(setting: BooleanSetting, weight: number, why: string, options: Partial<Assessor> = {}): Assessor {
  const invert = setting === 'Delegate';
  return {
    id: `${setting}=`, weight, range: 1, directive: setting, ...options,
    assess: (info) => {
      const bad = invert ? info.booleans[setting] : !info.booleans[setting];
      return bad ? { badness: 1, why } : { badness: 0 };
    },
  };
}

function capability(label: string, weight: number, names: CapabilityName[]): Assessor {
  const mask = capabilityMask(...names);
  return {
    id: `CapabilityBoundingSet=~${label}`, weight, range: 1, directive: 'CapabilityBoundingSet',
    assess: (info) => ((info.capabilityBoundingSet & mask) !== 0n
      ? { badness: 1, why: 'Keeps {caps} in its capability bounding set', values: { caps: names.join(', ') } }
      : { badness: 0 }),
  };
}

function namespace(type: string, weight: number, why: string): Assessor {
  return {
    id: `RestrictNamespaces=~${type}`, weight, range: 1, directive: 'RestrictNamespaces',
    assess: (info) => (info.namespaces === 'all' || info.namespaces.has(type) ? { badness: 1, why } : { badness: 0 }),
  };
}

function family(label: string, group: FamilyGroup, weight: number, why: string): Assessor {
  return {
    id: `RestrictAddressFamilies=~${label}`, weight, range: 1, directive: 'RestrictAddressFamilies',
    assess: (info) => (info.restricted[group] ? { badness: 0 } : { badness: 1, why }),
  };
}

function syscalls(group: string, weight: number): Assessor {
  return {
    id: `SystemCallFilter=~${group}`, weight, range: 10, directive: 'SystemCallFilter',
    assess: (info) => {
      const filter = info.syscallFilter;
      if (!filtersSystemCalls(filter)) return { badness: 10, why: 'Filters no system calls' };
      const offender = offendingSyscall(filter, group);
      if (!offender) return { badness: 0 };
      return filter.allowList
        ? { badness: 9, why: 'Its allow list lets {group} through ({call}, for one)', values: { group, call: offender } }
        : { badness: 10, why: 'Its deny list leaves {group} out ({call}, for one)', values: { group, call: offender } };
    },
  };
}

const scale = (badness: number, why: string): Finding => ({ badness, why });

export const ASSESSORS: readonly Assessor[] = [
  {
    id: 'User=/DynamicUser=', weight: 2000, range: 10, directive: 'DynamicUser',
    assess: (info) => {
      if (info.user === 'nobody') return scale(9, 'Runs as nobody, a user meant for no service');
      if (info.dynamicUser && info.user !== '0' && info.user !== 'root') return { badness: 0 };
      if (info.user !== undefined && !['0', 'root', ''].includes(info.user)) return { badness: 0 };
      return scale(10, 'Runs as root');
    },
  },
  {
    id: 'SupplementaryGroups=', weight: 200, range: 1, directive: 'SupplementaryGroups',
    assess: (info) => (runsPrivileged(info) ? NA : info.supplementaryGroups.length > 0 ? scale(1, 'Joins supplementary groups') : { badness: 0 }),
  },
  bool('PrivateDevices', 1000, 'Sees the host\'s device nodes'),
  bool('PrivateMounts', 1000, 'Shares mount propagation with the host'),
  bool('PrivateNetwork', 2500, 'Uses the host\'s network'),
  bool('PrivateTmp', 1000, 'Shares /tmp and /var/tmp with other services', { defaultDependenciesOnly: true }),
  bool('PrivateUsers', 1000, 'Sees the host\'s users and groups'),
  bool('ProtectControlGroups', 1000, 'Can write to the control group tree'),
  bool('ProtectKernelModules', 1000, 'Can load kernel modules'),
  bool('ProtectKernelTunables', 1000, 'Can change kernel tunables in /proc and /sys'),
  bool('ProtectKernelLogs', 1000, 'Can read and write the kernel log'),
  bool('ProtectClock', 1000, 'Can set the clocks'),
  {
    id: 'ProtectHome=', weight: 1000, range: 10, defaultDependenciesOnly: true, directive: 'ProtectHome',
    assess: (info) => {
      const v = info.protectHome;
      if (v === 'yes') return { badness: 0 };
      if (v === 'read-only') return scale(5, 'Reads home folders');
      if (v === 'tmpfs') return scale(1, 'Sees empty home folders only');
      return scale(10, 'Reads and writes home folders');
    },
  },
  bool('ProtectHostname', 50, 'Can change the host name'),
  {
    id: 'ProtectSystem=', weight: 1000, range: 10, defaultDependenciesOnly: true, directive: 'ProtectSystem',
    assess: (info) => {
      const v = info.protectSystem;
      if (v === 'strict') return { badness: 0 };
      if (v === 'full') return scale(3, 'Can write to the file system outside /usr, /boot and /etc');
      if (v === 'yes') return scale(5, 'Can write to the file system outside /usr and /boot');
      return scale(10, 'Can write anywhere in the file system');
    },
  },
  {
    id: 'RootDirectory=/RootImage=', weight: 200, range: 1, defaultDependenciesOnly: true, directive: 'RootDirectory',
    assess: (info) => {
      const root = (p: string | undefined) => p === undefined || p === '' || /^\/+$/.test(p);
      return root(info.rootDirectory) && root(info.rootImage) ? scale(1, 'Runs in the host\'s root file system') : { badness: 0 };
    },
  },
  bool('LockPersonality', 100, 'Can change its execution domain (personality)'),
  bool('MemoryDenyWriteExecute', 100, 'Can map memory both writable and executable'),
  bool('NoNewPrivileges', 1000, 'Can gain privileges through set-user-ID programs'),
  capability('CAP_SYS_ADMIN', 1500, ['CAP_SYS_ADMIN']),
  capability('CAP_SET(UID|GID|PCAP)', 1500, ['CAP_SETUID', 'CAP_SETGID', 'CAP_SETPCAP']),
  capability('CAP_SYS_PTRACE', 1500, ['CAP_SYS_PTRACE']),
  capability('CAP_SYS_TIME', 1000, ['CAP_SYS_TIME']),
  capability('CAP_NET_ADMIN', 1000, ['CAP_NET_ADMIN']),
  capability('CAP_SYS_RAWIO', 1000, ['CAP_SYS_RAWIO']),
  capability('CAP_SYS_MODULE', 1000, ['CAP_SYS_MODULE']),
  capability('CAP_AUDIT_*', 500, ['CAP_AUDIT_CONTROL', 'CAP_AUDIT_READ', 'CAP_AUDIT_WRITE']),
  capability('CAP_SYSLOG', 500, ['CAP_SYSLOG']),
  capability('CAP_SYS_(NICE|RESOURCE)', 500, ['CAP_SYS_NICE', 'CAP_SYS_RESOURCE']),
  capability('CAP_MKNOD', 500, ['CAP_MKNOD']),
  capability('CAP_(CHOWN|FSETID|SETFCAP)', 1000, ['CAP_CHOWN', 'CAP_FSETID', 'CAP_SETFCAP']),
  capability('CAP_(DAC_*|FOWNER|IPC_OWNER)', 1000, ['CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_IPC_OWNER']),
  capability('CAP_KILL', 500, ['CAP_KILL']),
  capability('CAP_NET_(BIND_SERVICE|BROADCAST|RAW)', 500, ['CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_RAW']),
  capability('CAP_SYS_BOOT', 100, ['CAP_SYS_BOOT']),
  capability('CAP_MAC_*', 100, ['CAP_MAC_ADMIN', 'CAP_MAC_OVERRIDE']),
  capability('CAP_LINUX_IMMUTABLE', 75, ['CAP_LINUX_IMMUTABLE']),
  capability('CAP_IPC_LOCK', 50, ['CAP_IPC_LOCK']),
  capability('CAP_SYS_CHROOT', 50, ['CAP_SYS_CHROOT']),
  capability('CAP_BLOCK_SUSPEND', 25, ['CAP_BLOCK_SUSPEND']),
  capability('CAP_WAKE_ALARM', 25, ['CAP_WAKE_ALARM']),
  capability('CAP_LEASE', 25, ['CAP_LEASE']),
  capability('CAP_SYS_TTY_CONFIG', 25, ['CAP_SYS_TTY_CONFIG']),
  capability('CAP_SYS_PACCT', 25, ['CAP_SYS_PACCT']),
  capability('CAP_BPF', 25, ['CAP_BPF']),
  {
    id: 'UMask=', weight: 100, range: 10, directive: 'UMask',
    assess: (info) => {
      const m = info.umask;
      if (!(m & 0o002)) return scale(10, 'Creates files anyone can write');
      if (!(m & 0o004)) return scale(5, 'Creates files anyone can read');
      if (!(m & 0o020)) return scale(2, 'Creates files its group can write');
      if (!(m & 0o040)) return scale(1, 'Creates files its group can read');
      return { badness: 0 };
    },
  },
  {
    id: 'KeyringMode=', weight: 1000, range: 1, directive: 'KeyringMode',
    assess: (info) => (info.keyringMode === 'private' ? { badness: 0 } : scale(1, 'Shares a kernel keyring with other processes')),
  },
  {
    id: 'ProtectProc=', weight: 1000, range: 3, directive: 'ProtectProc',
    assess: (info) => {
      if (info.protectProc === 'noaccess') return scale(1, 'Sees other users\' processes in /proc, but not their details');
      if (info.protectProc === 'invisible' || info.protectProc === 'ptraceable') return { badness: 0 };
      return scale(3, 'Sees every process in /proc');
    },
  },
  {
    id: 'ProcSubset=', weight: 10, range: 1, directive: 'ProcSubset',
    assess: (info) => (info.procSubset === 'pid' ? { badness: 0 } : scale(1, 'Sees the kernel\'s files in /proc, not only processes')),
  },
  {
    id: 'NotifyAccess=', weight: 1000, range: 1, directive: 'NotifyAccess',
    assess: (info) => (info.notifyAccess === 'all' ? scale(1, 'Any of its processes can report the service state') : { badness: 0 }),
  },
  {
    id: 'RemoveIPC=', weight: 100, range: 1, directive: 'RemoveIPC',
    assess: (info) => (runsPrivileged(info) ? NA : info.booleans.RemoveIPC ? { badness: 0 } : scale(1, 'Leaves IPC objects behind when it stops')),
  },
  bool('Delegate', 100, 'Manages a control group subtree of its own'),
  bool('RestrictRealtime', 500, 'Can take real-time scheduling'),
  bool('RestrictSUIDSGID', 1000, 'Can create set-user-ID and set-group-ID files'),
  namespace('user', 1500, 'May create user namespaces'),
  namespace('mnt', 500, 'May create mount namespaces'),
  namespace('ipc', 500, 'May create IPC namespaces'),
  namespace('pid', 500, 'May create process ID namespaces'),
  namespace('cgroup', 500, 'May create cgroup namespaces'),
  namespace('net', 500, 'May create network namespaces'),
  namespace('uts', 100, 'May create host name namespaces'),
  family('AF_(INET|INET6)', 'inet', 1500, 'May open Internet sockets (AF_INET, AF_INET6)'),
  family('AF_UNIX', 'unix', 25, 'May open local sockets (AF_UNIX)'),
  family('AF_NETLINK', 'netlink', 200, 'May open netlink sockets (AF_NETLINK)'),
  family('AF_PACKET', 'packet', 1000, 'May open raw packet sockets (AF_PACKET)'),
  family('…', 'other', 1250, 'May open sockets of other address families'),
  {
    id: 'SystemCallArchitectures=', weight: 1000, range: 10, directive: 'SystemCallArchitectures',
    assess: (info) => {
      const a = info.architectures;
      if (a.size === 0) return scale(10, 'Can make system calls of every ABI');
      if (a.size === 1 && a.has('native')) return { badness: 0 };
      return scale(8, 'Can make system calls of several ABIs');
    },
  },
  syscalls('@swap', 1000),
  syscalls('@obsolete', 250),
  syscalls('@clock', 1000),
  syscalls('@cpu-emulation', 250),
  syscalls('@debug', 1000),
  syscalls('@mount', 1000),
  syscalls('@module', 1000),
  syscalls('@raw-io', 1000),
  syscalls('@reboot', 1000),
  syscalls('@privileged', 700),
  syscalls('@resources', 700),
  {
    id: 'IPAddressDeny=', weight: 1000, range: 10, directive: 'IPAddressDeny',
    assess: (info) => {
      if (info.ipCustomFilters) return { badness: 0 };
      if (!info.ipDenyAll) return scale(10, 'Can reach any IP address');
      if (info.ipAllowOther) return scale(5, 'Can reach the IP addresses it allows beyond localhost');
      if (info.ipAllowLocalhost) return scale(2, 'Can reach localhost only');
      return { badness: 0 };
    },
  },
  {
    id: 'DeviceAllow=', weight: 1000, range: 10, directive: 'DevicePolicy',
    assess: (info) => {
      if (info.devicePolicy !== 'strict' && info.devicePolicy !== 'closed') return scale(10, 'Can open any device node');
      if (info.deviceAllow.length > 0) return { badness: 5, why: 'Can open the devices it lists: {devices}', values: { devices: info.deviceAllow.join(' ') } };
      return { badness: 0 };
    },
  },
  {
    id: 'AmbientCapabilities=', weight: 500, range: 1, directive: 'AmbientCapabilities',
    assess: (info) => (info.ambientCapabilities !== 0n ? scale(1, 'Its processes start with ambient capabilities') : { badness: 0 }),
  },
];
