// Ports, listening addresses and IDs of .nspawn and resolved.conf, as systemd 252 parses them.
import { parseCInteger } from '../../systemd/cnumber';
import { error } from '../../systemd/issue';
import { isIPv4 } from '../../systemd/sockets';
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
