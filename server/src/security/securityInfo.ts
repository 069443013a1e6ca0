// The facts systemd-analyze security --offline=yes judges, read from a unit's settings as systemd 252
// loads them: each directive parsed the way its load-fragment parser does (invalid values ignored,
// empty ones resetting), then the implications PID 1 adds at load time (unit_patch_contexts():
// DynamicUser= turns on a sandbox, PrivateDevices= and the ProtectKernel*= options drop capabilities,
// a device policy gains the devices some options need).
import { parseBoolean } from '../values/systemd/boolean';
import { capabilityBit, capabilityMask, type FamilyGroup } from './kernelNames';
import { readAddressFamilies, readIpPrefixes, readNamespaces, type IpPrefixSummary } from './securityParsers';
import { readSyscallFilter, type SyscallFilter } from './syscallFilter';
import { expandNameSpecifiers, words, type UnitSettings } from './unitSettings';

export interface SecurityInfo {
  defaultDependencies: boolean;
  ambientCapabilities: bigint;
  capabilityBoundingSet: bigint;
  user: string | undefined;
  supplementaryGroups: string[];
  dynamicUser: boolean;
  ipDenyAll: boolean;
  ipAllowLocalhost: boolean;
  ipAllowOther: boolean;
  ipCustomFilters: boolean;
  keyringMode: string;
  protectProc: string;
  procSubset: string;
  notifyAccess: string;
  booleans: Readonly<Record<BooleanSetting, boolean>>;
  protectHome: string;
  protectSystem: string;
  /** Address family groups the service may NOT allocate (true: restricted). */
  restricted: Readonly<Record<FamilyGroup, boolean>>;
  /** The namespace types the service may create; 'all' before any RestrictNamespaces=. */
  namespaces: ReadonlySet<string> | 'all';
  rootDirectory: string | undefined;
  rootImage: string | undefined;
  devicePolicy: string;
  deviceAllow: string[];
  architectures: ReadonlySet<string>;
  syscallFilter: SyscallFilter;
  umask: number;
}

export const BOOLEAN_SETTINGS = [
  'LockPersonality', 'MemoryDenyWriteExecute', 'NoNewPrivileges', 'ProtectHostname', 'PrivateDevices', 'PrivateMounts', 'PrivateNetwork',
  'PrivateTmp', 'PrivateUsers', 'ProtectControlGroups', 'ProtectKernelModules', 'ProtectKernelTunables', 'ProtectKernelLogs', 'ProtectClock',
  'RemoveIPC', 'RestrictRealtime', 'RestrictSUIDSGID', 'Delegate',
] as const;
export type BooleanSetting = (typeof BOOLEAN_SETTINGS)[number];

const ALL_CAPABILITIES = (1n << 64n) - 1n;

/** The last valid value of a single-valued setting; an invalid one is ignored, as systemd ignores it. */
function lastOf(values: readonly string[], accept: (value: string) => string | undefined, initial: string | undefined): string | undefined {
  let current = initial;
  for (const value of values) {
    const read = accept(value);
    if (read !== undefined) current = read;
  }
  return current;
}

function readBoolean(values: readonly string[], initial: boolean): boolean {
  let current = initial;
  for (const value of values) current = parseBoolean(value) ?? current;
  return current;
}

const enumOf = (allowed: readonly string[], booleans = false) => (value: string): string | undefined => {
  if (allowed.includes(value)) return value;
  const b = booleans ? parseBoolean(value) : undefined;
  return b === undefined ? undefined : b ? 'yes' : 'no';
};

/** CapabilityBoundingSet= and AmbientCapabilities= as config_parse_capability_set() merges them. */
function readCapabilities(values: readonly string[], initial: bigint): bigint {
  let set = initial;
  for (const raw of values) {
    const invert = raw.startsWith('~');
    let sum = 0n;
    for (const word of words(invert ? raw.slice(1) : raw)) {
      const bit = capabilityBit(word);
      if (bit !== undefined) sum |= 1n << BigInt(bit);
    }
    if (sum === 0n || set === initial) set = invert ? ~sum & ALL_CAPABILITIES : sum;
    else set = invert ? set & ~sum : set | sum;
  }
  return set;
}

/** A list setting after its last reset. */
function listOf(values: readonly string[], unitName: string): string[] {
  let out: string[] = [];
  for (const value of values) {
    if (value === '') out = [];
    else out.push(...words(expandNameSpecifiers(value, unitName)));
  }
  return out;
}

/** UMask= as parse_mode() reads it (octal up to 07777). */
function readUmask(values: readonly string[]): number {
  const read = lastOf(values, (v) => (/^[0-7]{1,4}$/.test(v.trim()) ? v.trim() : undefined), '0022');
  return parseInt(read ?? '0022', 8);
}

/** A path setting (RootDirectory=, RootImage=): the last value, empty resets. */
function readPath(values: readonly string[], unitName: string): string | undefined {
  let out: string | undefined;
  for (const value of values) out = value === '' ? undefined : expandNameSpecifiers(value, unitName);
  return out;
}

/** DeviceAllow= entries systemd takes: a /dev/ path or a char-/block- class, with rights made of r, w and m. */
function readDeviceAllow(values: readonly string[], unitName: string): string[] {
  let out: string[] = [];
  for (const value of values) {
    if (value === '') { out = []; continue; }
    const [path = '', rights = 'rwm'] = words(expandNameSpecifiers(value, unitName));
    if (!/^(\/dev\/|char-|block-)/.test(path) || !/^[rwm]+$/.test(rights)) continue;
    out.push(`${path}:${rights}`);
  }
  return out;
}

/** The user name DynamicUser= picks when User= is not set: the unit's prefix when it is a valid user name. */
function dynamicUserName(unitName: string): string {
  const stem = unitName.slice(0, Math.max(0, unitName.lastIndexOf('.')));
  const at = stem.indexOf('@');
  const prefix = at < 0 ? stem : stem.slice(0, at);
  return /^[a-zA-Z_][a-zA-Z0-9_-]{0,30}$/.test(prefix) ? prefix : `_du${prefix}`;
}

export function readSecurityInfo(settings: UnitSettings): SecurityInfo {
  const s = (key: string) => settings.values('Service', key);
  const name = settings.unitName;
  const booleans = Object.fromEntries(BOOLEAN_SETTINGS.map((k) => [k, readBoolean(s(k), false)])) as Record<BooleanSetting, boolean>;
  booleans.Delegate = readDelegate(s('Delegate'));
  const dynamicUser = readBoolean(s('DynamicUser'), false);
  let user = readPath(s('User'), name);
  let protectSystem = lastOf(s('ProtectSystem'), enumOf(['full', 'strict'], true), 'no') ?? 'no';
  let protectHome = lastOf(s('ProtectHome'), enumOf(['read-only', 'tmpfs'], true), 'no') ?? 'no';
  let capabilityBoundingSet = readCapabilities(s('CapabilityBoundingSet'), ALL_CAPABILITIES);

  // unit_patch_contexts(): what PID 1 adds when it loads the unit.
  if (booleans.PrivateDevices) capabilityBoundingSet &= ~capabilityMask('CAP_MKNOD', 'CAP_SYS_RAWIO');
  if (booleans.ProtectKernelModules) capabilityBoundingSet &= ~capabilityMask('CAP_SYS_MODULE');
  if (booleans.ProtectKernelLogs) capabilityBoundingSet &= ~capabilityMask('CAP_SYSLOG');
  if (booleans.ProtectClock) capabilityBoundingSet &= ~capabilityMask('CAP_SYS_TIME', 'CAP_WAKE_ALARM');
  if (dynamicUser) {
    user ??= dynamicUserName(name);
    booleans.PrivateTmp = true;
    booleans.RemoveIPC = true;
    protectSystem = 'strict';
    if (protectHome === 'no') protectHome = 'read-only';
    booleans.NoNewPrivileges = true;
    booleans.RestrictSUIDSGID = true;
  }
  let devicePolicy = lastOf(s('DevicePolicy'), enumOf(['auto', 'closed', 'strict']), 'auto') ?? 'auto';
  if (booleans.PrivateDevices && devicePolicy === 'auto') devicePolicy = 'closed';
  const deviceAllow = readDeviceAllow(s('DeviceAllow'), name);
  const rootImage = readPath(s('RootImage'), name);
  if (devicePolicy !== 'auto' || deviceAllow.length > 0) {
    if (rootImage !== undefined || listOf(s('MountImages'), name).length > 0) {
      deviceAllow.push('/dev/loop-control:rw', '/dev/mapper/control:rw', 'block-loop:rwm', 'block-blkext:rwm', 'block-device-mapper:rwm');
    }
    if (booleans.ProtectClock) deviceAllow.push('char-rtc:r');
    if (listOf(s('LoadCredentialEncrypted'), name).length > 0 || listOf(s('SetCredentialEncrypted'), name).length > 0) deviceAllow.push('/dev/tpmrm0:rw');
  }

  const deny: IpPrefixSummary = readIpPrefixes(s('IPAddressDeny'));
  const allow: IpPrefixSummary = readIpPrefixes(s('IPAddressAllow'));
  return {
    defaultDependencies: readBoolean(settings.values('Unit', 'DefaultDependencies'), true),
    ambientCapabilities: readCapabilities(s('AmbientCapabilities'), 0n),
    capabilityBoundingSet,
    user,
    supplementaryGroups: listOf(s('SupplementaryGroups'), name),
    dynamicUser,
    ipDenyAll: deny.anyV4 && deny.anyV6,
    ipAllowLocalhost: allow.localhost,
    ipAllowOther: allow.other,
    ipCustomFilters: listOf(s('IPIngressFilterPath'), name).length > 0 || listOf(s('IPEgressFilterPath'), name).length > 0,
    keyringMode: lastOf(s('KeyringMode'), enumOf(['inherit', 'private', 'shared']), settings.scope === 'system' ? 'private' : 'inherit') ?? 'private',
    protectProc: lastOf(s('ProtectProc'), enumOf(['noaccess', 'invisible', 'ptraceable', 'default']), 'default') ?? 'default',
    procSubset: lastOf(s('ProcSubset'), enumOf(['all', 'pid']), 'all') ?? 'all',
    notifyAccess: lastOf(s('NotifyAccess'), enumOf(['none', 'main', 'exec', 'all']), 'none') ?? 'none',
    booleans,
    protectHome,
    protectSystem,
    restricted: readAddressFamilies(s('RestrictAddressFamilies')),
    namespaces: readNamespaces(s('RestrictNamespaces')),
    rootDirectory: readPath(s('RootDirectory'), name),
    rootImage,
    devicePolicy,
    deviceAllow,
    architectures: readArchitectures(s('SystemCallArchitectures')),
    syscallFilter: readSyscallFilter(s('SystemCallFilter')),
    umask: readUmask(s('UMask')),
  };
}

/** Delegate=: a boolean, or a list of controllers (delegation on); empty turns it on too. */
function readDelegate(values: readonly string[]): boolean {
  let on = false;
  for (const value of values) on = value === '' ? true : parseBoolean(value) ?? true;
  return on;
}

/** seccomp_arch_from_string()'s names. */
const ARCHITECTURES = new Set(['native', 'x86', 'x86-64', 'x32', 'arm', 'arm64', 'mips', 'mips64', 'mips64-n32', 'mips-le',
  'mips64-le', 'mips64-le-n32', 'parisc', 'parisc64', 'ppc', 'ppc64', 'ppc64-le', 'riscv64', 's390', 's390x']);

function readArchitectures(values: readonly string[]): ReadonlySet<string> {
  let out = new Set<string>();
  for (const value of values) {
    if (value === '') { out = new Set(); continue; }
    for (const word of words(value)) if (ARCHITECTURES.has(word)) out.add(word);
  }
  return out;
}
