// Ports, listening addresses and IDs of .nspawn and resolved.conf, as systemd 252 parses them.
import { parseCInteger } from '../../systemd/cnumber';
import { error, words } from '../../systemd/issue';
import { isIPv4, isIPv6 } from '../../systemd/sockets';
import type { ValueValidator } from '../../types';

/** parse_ip_port(): a decimal port from 1 to 65535. */
function isPort(text: string): boolean {
  const n = parseCInteger(text, true);
  return n !== undefined && n >= 1n && n <= 65535n;
}

/** Port=: `[tcp:|udp:][HOST:]CONTAINER`, each a port from 1 to 65535. */
export const validateExposePort: ValueValidator = (value) => {
  const v = value.trim();
  const body = v.replace(/^(tcp|udp):/, '');
  const colon = body.indexOf(':');
  const ports = colon < 0 ? [body] : [body.slice(0, colon), body.slice(colon + 1)];
  if (ports.every(isPort)) return [];
  return [error(`'${value}' is not a port mapping: write [tcp:|udp:][HOST_PORT:]CONTAINER_PORT with ports from 1 to 65535 (8080:80).`, 0, value.length)];
};

/** sd_id128_from_string(): 32 hex digits, or the same in the 8-4-4-4-12 UUID form. */
export const validateId128: ValueValidator = (value) => {
  const v = value.trim();
  if (/^[0-9a-fA-F]{32}$/.test(v) || /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(v)) return [];
  return [error(`'${value}' is not a 128-bit ID: write 32 hexadecimal digits or a UUID.`, 0, value.length)];
};

/**
 * DNSStubListenerExtra=: `[udp:|tcp:]ADDRESS[:PORT]`, IPv6 in brackets when a port follows, an
 * interface after `%` and a name after `#`. Only a value made of digits and dots is judged (an IPv4
 * address with an optional port): the other forms are read by rules we do not model.
 */
export const validateListenAddress: ValueValidator = (value) => {
  const v = value.trim().replace(/^(udp|tcp):/, '');
  const m = /^([0-9.]+)(?::([0-9]+))?$/.exec(v);
  if (!m || (isIPv4(m[1]) && (m[2] === undefined || isPort(m[2])))) return [];
  return [error(`'${value}' is not an address to listen on: write an IPv4 or IPv6 address, optionally with a port (192.168.1.1:53, [::1]:53).`, 0, value.length)];
};

/** in_addr_port_ifindex_name_from_string_auto(): `ADDRESS[:PORT]` or `[IPV6]:PORT`, then `%IFACE` and `#NAME`, neither empty. */
function dnsServerProblem(word: string): boolean {
  const hash = word.indexOf('#');
  const beforeName = hash < 0 ? word : word.slice(0, hash);
  if (hash >= 0 && hash === word.length - 1) return true;
  const percent = beforeName.indexOf('%');
  const address = percent < 0 ? beforeName : beforeName.slice(0, percent);
  if (percent >= 0 && percent === beforeName.length - 1) return true;
  const bracket = /^\[([^\]]*)\](?::(.*))?$/.exec(address);
  if (bracket) return !isIPv6(bracket[1]) || (bracket[2] !== undefined && !isPort(bracket[2]));
  const colons = address.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = address.split(':');
    return !isIPv4(host) || !isPort(port);
  }
  return colons === 0 ? !isIPv4(address) : !isIPv6(address);
}

/** resolved.conf DNS=, FallbackDNS=: server addresses separated by blanks; resolved skips each bad one. */
export const validateDnsServers: ValueValidator = (value) => words(value).flatMap((w) => (!dnsServerProblem(w.text) ? []
  : [error(`'${w.text}' is not a DNS server: systemd skips it (write an address with an optional :port, %interface and #name, such as 9.9.9.9#dns.quad9.net).`, w.start, w.end)]));
