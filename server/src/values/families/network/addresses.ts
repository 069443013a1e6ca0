// IP addresses and prefixes as networkd 252 reads them (in_addr_from_string_auto, in_addr_prefix_from_string_auto):
// inet_pton's strict forms, no zone suffix, a decimal prefix length up to 32 or 128.
import { isIPv4, isIPv6 } from '../../systemd/sockets';

export type Family = 'ipv4' | 'ipv6';

export function addressFamily(text: string): Family | undefined {
  if (isIPv4(text)) return 'ipv4';
  if (!text.includes('%') && isIPv6(text)) return 'ipv6';
  return undefined;
}

/** True for 0.0.0.0 and ::, the "pick one from the pool" addresses. */
export function isNullAddress(text: string, family: Family): boolean {
  return family === 'ipv4' ? text === '0.0.0.0' : /^[0:]+$/.test(text);
}

export interface Prefix {
  family: Family;
  address: string;
  /** Absent when the text has no `/LENGTH`. */
  length?: number;
}

/** Why an `ADDRESS[/LENGTH]` text is refused, or the prefix it names. Lengths written other than in plain decimal are left alone. */
export function parsePrefix(text: string): Prefix | string | undefined {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const family = addressFamily(address);
  if (!family) return `'${address}' is not an IPv4 or IPv6 address`;
  if (slash < 0) return { family, address };
  const length = text.slice(slash + 1);
  if (!/^[0-9]+$/.test(length)) return /^(0x|[+ ])/i.test(length) ? undefined : `'${length}' is not a prefix length`;
  const max = family === 'ipv4' ? 32 : 128;
  if (Number(length) > max) return `the prefix length ${Number(length)} is over ${max}`;
  return { family, address, length: Number(length) };
}

/** 169.254.1.0 to 169.254.254.255: the range IPv4 link-local addresses are picked from. */
export function isDynamicLinkLocal(text: string): boolean {
  const parts = text.split('.').map(Number);
  return parts[0] === 169 && parts[1] === 254 && parts[2] >= 1 && parts[2] <= 254;
}
