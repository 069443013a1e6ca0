// Capability and address family names as systemd 252 reads them (case-insensitively, from the kernel
// headers it was built with): capability numbers, and the families the exposure checks tell apart.

/** Capability bits of linux/capability.h (CAP_CHOWN = 0 ... CAP_CHECKPOINT_RESTORE = 40). */
const CAPABILITIES = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_SETGID', 'CAP_SETUID',
  'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_IPC_LOCK',
  'CAP_IPC_OWNER', 'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT', 'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME', 'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE',
  'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
] as const;

export type CapabilityName = (typeof CAPABILITIES)[number];

/** The bit of a capability name or number (0-63), as capability_from_name() reads it; undefined when unknown. */
export function capabilityBit(word: string): number | undefined {
  if (/^[0-9]+$/.test(word)) {
    const n = Number(word);
    return n < 64 ? n : undefined;
  }
  const index = (CAPABILITIES as readonly string[]).indexOf(word.toUpperCase());
  return index < 0 ? undefined : index;
}

/** The bit mask of capabilities by name. */
export function capabilityMask(...names: CapabilityName[]): bigint {
  return names.reduce((mask, name) => mask | (1n << BigInt(CAPABILITIES.indexOf(name))), 0n);
}

/** How the exposure checks group address families. */
export type FamilyGroup = 'inet' | 'unix' | 'netlink' | 'packet' | 'other';

/** The AF_ names of sys/socket.h (AF_UNSPEC and AF_MAX left out, as systemd leaves them out). */
const FAMILIES: Readonly<Record<string, FamilyGroup>> = {
  AF_INET: 'inet', AF_INET6: 'inet', AF_UNIX: 'unix', AF_LOCAL: 'unix', AF_FILE: 'unix', AF_NETLINK: 'netlink', AF_ROUTE: 'netlink',
  AF_PACKET: 'packet',
  ...Object.fromEntries(['AF_XDP', 'AF_APPLETALK', 'AF_IB', 'AF_MCTP', 'AF_ROSE', 'AF_NETROM', 'AF_TIPC', 'AF_WANPIPE', 'AF_PHONET',
    'AF_BRIDGE', 'AF_CAN', 'AF_BLUETOOTH', 'AF_NFC', 'AF_SECURITY', 'AF_ECONET', 'AF_AX25', 'AF_RDS', 'AF_SMC', 'AF_LLC', 'AF_KCM',
    'AF_KEY', 'AF_IUCV', 'AF_ATMSVC', 'AF_PPPOX', 'AF_IEEE802154', 'AF_MPLS', 'AF_IRDA', 'AF_NETBEUI', 'AF_SNA', 'AF_VSOCK', 'AF_ALG',
    'AF_QIPCRTR', 'AF_ATMPVC', 'AF_ASH', 'AF_DECNET', 'AF_CAIF', 'AF_ISDN', 'AF_X25', 'AF_RXRPC', 'AF_IPX'].map((n) => [n, 'other' as const])),
};

/** The group of an address family name, and a key that is the same for aliases (AF_LOCAL is AF_UNIX); undefined when unknown. */
export function addressFamily(word: string): { group: FamilyGroup; key: string } | undefined {
  const upper = word.toUpperCase();
  const group = FAMILIES[upper];
  if (!group) return undefined;
  const key = group === 'unix' ? 'AF_UNIX' : upper === 'AF_ROUTE' ? 'AF_NETLINK' : upper;
  return { group, key };
}
