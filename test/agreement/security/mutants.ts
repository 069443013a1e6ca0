// Hardening mutants of real services: a seeded draw of directives the exposure score reads, added to
// [Service] (or to a drop-in) with ordinary, unusual and merged values, or hardening lines taken out.
const BOOLEANS = ['yes', 'no', 'true', 'off', '1', 'on'];

/** Directive → values to draw from (an empty value resets). */
const POOL: Readonly<Record<string, readonly string[]>> = {
  NoNewPrivileges: BOOLEANS, PrivateTmp: BOOLEANS, PrivateDevices: BOOLEANS, PrivateNetwork: BOOLEANS, PrivateUsers: BOOLEANS,
  PrivateMounts: BOOLEANS, ProtectKernelTunables: BOOLEANS, ProtectKernelModules: BOOLEANS, ProtectKernelLogs: BOOLEANS,
  ProtectClock: BOOLEANS, ProtectControlGroups: BOOLEANS, ProtectHostname: BOOLEANS, LockPersonality: BOOLEANS,
  MemoryDenyWriteExecute: BOOLEANS, RestrictRealtime: BOOLEANS, RestrictSUIDSGID: BOOLEANS, RemoveIPC: BOOLEANS, DynamicUser: BOOLEANS,
  Delegate: ['yes', 'no', 'cpu memory', ''],
  ProtectSystem: ['strict', 'full', 'yes', 'no', 'bogus', ''],
  ProtectHome: ['yes', 'read-only', 'tmpfs', 'no', ''],
  User: ['nobody', 'root', '0', 'www-data', '%p', ''],
  SupplementaryGroups: ['adm', 'adm video', ''],
  CapabilityBoundingSet: ['', '~', 'CAP_NET_BIND_SERVICE', '~CAP_SYS_ADMIN CAP_SYS_PTRACE', 'cap_chown cap_kill', '~cap_bpf', 'CAP_SYS_TIME 21'],
  AmbientCapabilities: ['CAP_NET_BIND_SERVICE', '', '~CAP_NET_RAW'],
  RestrictNamespaces: ['yes', 'no', 'net ipc', '~user mnt', '~cgroup', 'pid', 'bogus', ''],
  RestrictAddressFamilies: ['AF_UNIX', 'AF_INET AF_INET6', '~AF_PACKET', '~AF_INET', 'none', 'AF_LOCAL AF_ROUTE', '~AF_NETLINK AF_BLUETOOTH', ''],
  SystemCallFilter: ['@system-service', '~@privileged @resources', '~@mount', '@system-service @mount', '~@swap:EPERM', 'write read',
    '~@clock', '@known', '~@debug @reboot @raw-io', '~ptrace', '@default @basic-io', '~@cpu-emulation @obsolete @module', ''],
  SystemCallArchitectures: ['native', 'x86-64', 'native x86', ''],
  IPAddressDeny: ['any', '0.0.0.0/0', '::/0', 'localhost', ''],
  IPAddressAllow: ['localhost', '127.0.0.1', '10.0.0.0/8', '::1', 'link-local', ''],
  DevicePolicy: ['closed', 'strict', 'auto'],
  DeviceAllow: ['/dev/null rw', 'char-rtc r', '/dev/sda', ''],
  UMask: ['0077', '0027', '0002', '0000', '0022', '0007'],
  KeyringMode: ['private', 'shared', 'inherit'],
  ProtectProc: ['invisible', 'noaccess', 'ptraceable', 'default'],
  ProcSubset: ['pid', 'all'],
  NotifyAccess: ['all', 'main', 'none'],
  RootDirectory: ['/srv/root', '/', ''],
  RootImage: ['/srv/image.raw', ''],
};
const KEYS = Object.keys(POOL);

export interface SecurityMutant {
  /** The unit file's text. */
  unit: string;
  /** A drop-in's text, when the additions went there. */
  dropIn?: string;
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;

/** One mutant of a unit's text; the draw depends only on the generator. */
export function securityMutant(text: string, random: () => number): SecurityMutant {
  let lines = text.split('\n');
  if (random() < 0.3) {
    // Take out the hardening lines the unit has (their values are ones systemd took).
    lines = lines.filter((line) => !(KEYS.some((k) => line.startsWith(`${k}=`)) && random() < 0.7));
  }
  const additions = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
    const key = pick(KEYS, random);
    return `${key}=${pick(POOL[key] ?? [], random)}`;
  });
  if (random() < 0.1) additions.push('[Unit]', 'DefaultDependencies=no');
  if (random() < 0.4) return { unit: lines.join('\n'), dropIn: `[Service]\n${additions.join('\n')}\n` };
  const header = lines.findIndex((line) => line.trim() === '[Service]');
  if (header < 0) lines.push('[Service]', ...additions);
  else lines.splice(header + 1, 0, ...additions.filter((l) => !l.startsWith('[') && !l.startsWith('DefaultDependencies')));
  return { unit: lines.join('\n') };
}
