// One check per value shape networkd 252 reads in .network files and networkd.conf. Each returns the
// issues of a trimmed value; the section parsers (sections.ts) pick one by key.
import type { ValueContext, ValueIssue } from '../../types';
import { parseBoolean } from '../../systemd/boolean';
import { parseCInteger } from '../../systemd/cnumber';
import { error, warning } from '../../systemd/issue';
import { addressFamily, isDynamicLinkLocal, isNullAddress, parsePrefix, type Family } from './addresses';

export type Check = (value: string, context: ValueContext) => ValueIssue[];

const whole = (value: string, message: string, warn = false): ValueIssue[] =>
  [warn ? warning(message, 0, value.length) : error(message, 0, value.length)];

/** ADDRESS[/LENGTH]; `warnWithoutLength` for Address=, where networkd warns and guesses a length. */
export function prefixCheck(warnWithoutLength: boolean, nullNeedsLength: boolean): Check {
  return (value, context) => {
    const prefix = parsePrefix(value);
    if (prefix === undefined) return [];
    if (typeof prefix === 'string') {
      return prefix.startsWith('the prefix length')
        ? whole(value, `${context.key}= refuses '${value}': the prefix length is over 32 (IPv4) or 128 (IPv6).`)
        : whole(value, `${context.key}= needs an IPv4 or IPv6 address with an optional /prefix length; '${value}' is not one.`);
    }
    if (nullNeedsLength && prefix.length !== undefined && isNullAddress(prefix.address, prefix.family)) {
      const min = prefix.family === 'ipv4' ? 8 : 64;
      if (prefix.length < min) return whole(value, `${context.key}= refuses '${value}': an all-zero address takes one from a pool and needs a prefix length of at least ${min}.`);
    }
    if (warnWithoutLength && prefix.length === undefined) {
      return whole(value, `${context.key}= has no prefix length: networkd guesses one and warns; write ADDRESS/LENGTH.`, true);
    }
    return [];
  };
}

/** A plain address of either family, or of one. */
export function addressCheck(family?: Family, nonNull = false): Check {
  return (value, context) => {
    const found = addressFamily(value);
    if (!found || (family && found !== family)) {
      const message = family === 'ipv4' ? `${context.key}= needs an IPv4 address; '${value}' is not one.`
        : family === 'ipv6' ? `${context.key}= needs an IPv6 address; '${value}' is not one.`
        : `${context.key}= needs an IPv4 or IPv6 address; '${value}' is not one.`;
      return whole(value, message);
    }
    if (nonNull && isNullAddress(value, found)) return whole(value, `${context.key}= needs an address that is not all zeros.`);
    return [];
  };
}

export const ipv4LinkLocalCheck: Check = (value, context) => {
  const issues = addressCheck('ipv4')(value, context);
  if (issues.length || isDynamicLinkLocal(value)) return issues;
  return whole(value, `${context.key}= needs an address from 169.254.1.0 to 169.254.254.255; '${value}' is outside it.`);
};

/** Gateway=: an address, or where the gateway comes from (_dhcp4, _ipv6ra; _dhcp is the old spelling). */
export const gatewayCheck: Check = (value, context) => {
  if (['_dhcp', '_dhcp4', '_ipv6ra'].includes(value) || addressFamily(value)) return [];
  return whole(value, `${context.key}= needs an IPv4 or IPv6 address, _dhcp4 or _ipv6ra; '${value}' is not one.`);
};

/** safe_atou32/16/8 and friends: base 0, within [min, max]. */
export function unsignedCheck(max: bigint, min = 0n): Check {
  return (value, context) => {
    const n = parseCInteger(value, true);
    if (n !== undefined && n >= min && n <= max) return [];
    return whole(value, `${context.key}= needs a whole number from ${min} to ${max}; '${value}' is not one.`);
  };
}

const U32_MAX = 4294967295n;
export const uint32Check = unsignedCheck(U32_MAX);

/** Table=: default, main, local, a number, or a name networkd.conf's RouteTable= defines (unknown to us: a warning). */
export const routeTableCheck: Check = (value, context) => {
  if (['default', 'main', 'local'].includes(value)) return [];
  const n = parseCInteger(value, true);
  if (n !== undefined) return n >= 1n && n <= U32_MAX ? [] : whole(value, `${context.key}= needs a route table number from 1 to 4294967295; '${value}' is not one.`);
  return whole(value, `${context.key}=${value} is not default, main, local or a number: networkd accepts it only if networkd.conf names it in RouteTable=.`, true);
};

/** PreferredLifetime=: forever, infinity or 0 (deprecate the address at once). */
export const lifetimeCheck: Check = (value, context) =>
  ['forever', 'infinity', '0'].includes(value) ? [] : whole(value, `${context.key}= takes forever, infinity or 0; '${value}' is not one.`);

/** MUDURL=: an http:// or https:// URL, at most 255 bytes. */
export const mudUrlCheck: Check = (value, context) => {
  if (value.includes('\\')) return [];
  const ok = /^https?:\/\/[^\s]+$/i.test(value) && new TextEncoder().encode(value).length <= 255;
  return ok ? [] : whole(value, `${context.key}= needs an http:// or https:// URL of at most 255 bytes; '${value}' is not one.`);
};

const OPERSTATES = ['missing', 'off', 'no-carrier', 'dormant', 'degraded-carrier', 'carrier', 'degraded', 'enslaved', 'routable'];

/** RequiredForOnline=: a boolean, or an operational state, or MIN:MAX of them. */
export const requiredForOnlineCheck: Check = (value, context) => {
  if (parseBoolean(value) !== undefined) return [];
  const colon = value.indexOf(':');
  const parts = colon < 0 ? [value] : [value.slice(0, colon), value.slice(colon + 1)];
  if (parts.some((p) => p !== '') && parts.every((p) => p === '' || OPERSTATES.includes(p))) return [];
  return whole(value, `${context.key}= takes a boolean, an operational state or MIN:MAX of them (${OPERSTATES.join(', ')}); '${value}' is not one.`);
};

/** networkd.conf RouteTable=: NAME:NUMBER pairs; names neither all digits nor default, main, local. */
export const routeTableNamesCheck: Check = (value, context) => {
  const issues: ValueIssue[] = [];
  for (const m of value.matchAll(/[^ \t\n\r]+/g)) {
    const pair = m[0];
    if (/["'\\]/.test(pair)) continue;
    const colon = pair.lastIndexOf(':');
    const name = colon < 0 ? '' : pair.slice(0, colon);
    const n = colon < 0 ? undefined : parseCInteger(pair.slice(colon + 1), true);
    const ok = name !== '' && !/^[0-9]+$/.test(name) && !['default', 'main', 'local'].includes(name) && n !== undefined && n >= 1n && n <= U32_MAX;
    if (!ok) issues.push(error(`${context.key}= needs NAME:NUMBER pairs (a name not all digits nor default, main or local; a number from 1 to 4294967295); '${pair}' is not one.`, m.index ?? 0, (m.index ?? 0) + pair.length));
  }
  return issues;
};

const DUID_TYPES = ['link-layer-time', 'vendor', 'link-layer', 'uuid'];

/** DUIDType=: link-layer-time[:TIME], vendor, link-layer or uuid. The time is not judged. */
export const duidTypeCheck: Check = (value, context) => {
  const colon = value.indexOf(':');
  const type = colon < 0 ? value : value.slice(0, colon);
  if (!DUID_TYPES.includes(type)) return whole(value, `${context.key}= takes link-layer-time[:TIME], vendor, link-layer or uuid; '${type}' is not one.`);
  if (colon >= 0 && type !== 'link-layer-time' && value.slice(colon + 1).trim() !== '') return whole(value, `${context.key}= takes a time after link-layer-time only.`);
  return [];
};

/** DHCPServer's DNS=, NTP=, ...: IPv4 addresses (not 0.0.0.0) or _server_address, space-separated. */
export const emitAddressesCheck: Check = (value, context) => {
  const issues: ValueIssue[] = [];
  for (const m of value.matchAll(/[^ \t\n\r]+/g)) {
    const word = m[0];
    const start = m.index ?? 0;
    if (word === '_server_address' || /["'\\]/.test(word)) continue;
    const bad = !isIPv4Address(word) ? `${context.key}= needs IPv4 addresses or _server_address; '${word}' is not one.`
      : word === '0.0.0.0' ? `${context.key}= ignores 0.0.0.0; write _server_address for this server's own address.` : undefined;
    if (bad) issues.push(error(bad, start, start + word.length));
  }
  return issues;
};

function isIPv4Address(text: string): boolean {
  return addressFamily(text) === 'ipv4';
}

/** A MAC address in one of the forms networkd reads: six hex bytes joined by ':' or '-', or three groups joined by '.'. */
function isEtherAddress(text: string): boolean {
  return /^[0-9A-Fa-f]{1,2}([:-][0-9A-Fa-f]{1,2}){5}$/.test(text) || /^[0-9A-Fa-f]{1,4}(\.[0-9A-Fa-f]{1,4}){2}$/.test(text);
}

/** [DHCPServerStaticLease] MACAddress=: a unicast MAC address, not all zeros. */
export const leaseMacCheck: Check = (value, context) => {
  if (!isEtherAddress(value)) return whole(value, `${context.key}= needs a MAC address such as 52:54:00:12:34:56; '${value}' is not one.`);
  const canonical = /^[0-9A-Fa-f]{1,2}[:-]/.test(value) ? value.split(/[:-]/).map((b) => parseInt(b, 16)) : undefined;
  if (canonical && (canonical.every((b) => b === 0) || (canonical[0] & 1) === 1)) {
    return whole(value, `${context.key}= needs a unicast MAC address that is not all zeros; '${value}' is not one.`);
  }
  return [];
};
