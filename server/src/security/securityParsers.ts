// The list settings of the exposure score, read as systemd 252's parsers merge their assignments:
// RestrictAddressFamilies=, RestrictNamespaces=, IPAddressAllow=/IPAddressDeny=.
import { addressFamily, type FamilyGroup } from './kernelNames';
import { words } from './unitSettings';

/**
 * RestrictAddressFamilies= (config_parse_address_families()), summed up as get_security_info() does:
 * per group, whether the service may not allocate it. A deny list restricts a group as soon as one
 * of its families is listed (AF_INET alone counts for AF_INET6 too).
 */
export function readAddressFamilies(values: readonly string[]): Record<FamilyGroup, boolean> {
  let families: Map<string, FamilyGroup> | undefined;
  let allowList = false;
  for (const value of values) {
    if (value === '') { families = undefined; allowList = false; continue; }
    if (value === 'none') { families = undefined; allowList = true; continue; }
    const invert = value.startsWith('~');
    if (!families) { families = new Map(); allowList = !invert; }
    for (const word of words(invert ? value.slice(1) : value)) {
      const family = addressFamily(word);
      if (!family) continue;
      if (!invert === allowList) families.set(family.key, family.group);
      else families.delete(family.key);
    }
  }
  const out: Record<FamilyGroup, boolean> = { inet: allowList, unix: allowList, netlink: allowList, packet: allowList, other: allowList };
  for (const group of families?.values() ?? []) out[group] = !allowList;
  return out;
}

const NAMESPACES = ['cgroup', 'ipc', 'net', 'mnt', 'pid', 'user', 'uts'];

/** RestrictNamespaces= (config_parse_restrict_namespaces()): the namespace types the service may create. */
export function readNamespaces(values: readonly string[]): ReadonlySet<string> | 'all' {
  let allowed: Set<string> | 'initial' = 'initial';
  for (const value of values) {
    if (value === '') { allowed = 'initial'; continue; }
    const lower = value.toLowerCase();
    if (['1', 'yes', 'y', 'true', 't', 'on'].includes(lower)) { allowed = new Set(); continue; }
    if (['0', 'no', 'n', 'false', 'f', 'off'].includes(lower)) { allowed = new Set(NAMESPACES); continue; }
    const invert = value.startsWith('~');
    const listed = words(invert ? value.slice(1) : value);
    if (listed.some((w) => !NAMESPACES.includes(w))) continue; // the whole value is ignored
    if (allowed === 'initial') allowed = new Set(invert ? NAMESPACES.filter((n) => !listed.includes(n)) : listed);
    else for (const n of listed) if (invert) allowed.delete(n); else allowed.add(n);
  }
  return allowed === 'initial' ? 'all' : allowed;
}

export interface IpPrefixSummary {
  /** An IPv4 prefix of length 0 (0.0.0.0/0) is listed. */
  anyV4: boolean;
  anyV6: boolean;
  /** A loopback address is listed. */
  localhost: boolean;
  /** Another address is listed. */
  other: boolean;
}

interface Prefix { v6: boolean; length: number; loopback: boolean }

const WORDS: Readonly<Record<string, Prefix[]>> = {
  any: [{ v6: false, length: 0, loopback: false }, { v6: true, length: 0, loopback: false }],
  localhost: [{ v6: false, length: 8, loopback: true }, { v6: true, length: 128, loopback: true }],
  'link-local': [{ v6: false, length: 16, loopback: false }, { v6: true, length: 64, loopback: false }],
  multicast: [{ v6: false, length: 4, loopback: false }, { v6: true, length: 8, loopback: false }],
};

/** The eight 16-bit groups of an IPv6 address; undefined when it is not one. */
function ipv6Groups(text: string): number[] | undefined {
  let head = text;
  let tail4: number[] = [];
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const bytes = ipv4Bytes(v4[2] ?? '');
    if (!bytes) return undefined;
    head = v4[1]?.endsWith('::') ? v4[1] : (v4[1] ?? '').slice(0, -1);
    tail4 = [((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0), ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)];
  }
  const parts = head.split('::');
  if (parts.length > 2) return undefined;
  const side = (s: string | undefined) => (s ? s.split(':') : []);
  const left = side(parts[0]);
  const right = side(parts[1]);
  if ([...left, ...right].some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const fixed = left.length + right.length + tail4.length;
  if (parts.length === 1 ? fixed !== 8 : fixed > 7) return undefined;
  const zeros = new Array<number>(8 - fixed).fill(0);
  return [...left.map((g) => parseInt(g, 16)), ...zeros, ...right.map((g) => parseInt(g, 16)), ...tail4];
}

function ipv4Bytes(text: string): number[] | undefined {
  const bytes = text.split('.').map((b) => (/^\d{1,3}$/.test(b) ? Number(b) : NaN));
  return bytes.length === 4 && bytes.every((b) => b <= 255) ? bytes : undefined;
}

function readPrefix(word: string): Prefix | undefined {
  const [address = '', length, extra] = word.split('/');
  if (extra !== undefined || (length !== undefined && !/^\d{1,3}$/.test(length))) return undefined;
  const v4 = ipv4Bytes(address);
  if (v4) {
    const n = length === undefined ? 32 : Number(length);
    return n > 32 ? undefined : { v6: false, length: n, loopback: v4[0] === 127 };
  }
  const v6 = ipv6Groups(address);
  if (!v6) return undefined;
  const n = length === undefined ? 128 : Number(length);
  const loopback = v6.slice(0, 7).every((g) => g === 0) && v6[7] === 1
    || (v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff && v6[6] === 0x7f00 && v6[7] === 1);
  return n > 128 ? undefined : { v6: true, length: n, loopback };
}

/** IPAddressAllow=/IPAddressDeny= (config_parse_in_addr_prefixes()): what the exposure score asks of the list. */
export function readIpPrefixes(values: readonly string[]): IpPrefixSummary {
  let prefixes: Prefix[] = [];
  for (const value of values) {
    if (value === '') { prefixes = []; continue; }
    for (const word of words(value)) {
      const named = WORDS[word];
      const read = named ?? [readPrefix(word)].filter((p): p is Prefix => p !== undefined);
      prefixes.push(...read);
    }
  }
  return {
    anyV4: prefixes.some((p) => !p.v6 && p.length === 0),
    anyV6: prefixes.some((p) => p.v6 && p.length === 0),
    localhost: prefixes.some((p) => p.loopback),
    other: prefixes.some((p) => !p.loopback),
  };
}
