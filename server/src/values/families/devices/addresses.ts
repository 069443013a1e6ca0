// IP addresses as networkd's netdev parsers read them (in_addr_from_string_auto: IPv4 or IPv6, no zone,
// no prefix) and address prefixes (in_addr_prefix_from_string_auto: ADDRESS[/LENGTH]).
import { parseCInteger } from '../../systemd/cnumber';
import { isIPv4, isIPv6 } from '../../systemd/sockets';

export function isIPAddress(text: string): boolean {
  return isIPv4(text) || isIPv6(text);
}

/** Multicast: 224.0.0.0/4 or ff00::/8. Only called on a valid address. */
export function isMulticast(text: string): boolean {
  if (isIPv4(text)) return Number(text.split('.')[0]) >= 224 && Number(text.split('.')[0]) <= 239;
  return /^ff[0-9a-f]{2}:/i.test(text);
}

/** ADDRESS or ADDRESS/LENGTH, the length at most 32 or 128 (safe_atou8: base 0). */
export function isAddressPrefix(text: string, family: 'any' | 'ipv6' = 'any'): boolean {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const v4 = family === 'any' && isIPv4(address);
  if (!v4 && !isIPv6(address)) return false;
  if (slash < 0) return true;
  const length = parseCInteger(text.slice(slash + 1), true);
  return length !== undefined && length <= (v4 ? 32n : 128n);
}

/** An IPv4 or IPv6 address, optionally with a prefix length: used in messages. */
export const PREFIX_EXAMPLE = '10.0.0.0/24, fd00::/64';
