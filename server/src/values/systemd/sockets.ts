// Listen*= values of socket units as socket_address_parse() and the path checks read them: a port,
// IPv4:PORT, [IPv6]:PORT, an absolute socket path, @abstract, vsock:CID:PORT; FIFOs and special files
// take absolute paths.
import { expands } from './specifiers';
import type { ValueValidator } from '../types';
import { parseCInteger } from './cnumber';
import { error } from './issue';
import { netlinkProblem } from './kernelNames';
import { pathProblem } from './pathRules';

function isPort(text: string): boolean {
  const n = parseCInteger(text, true);
  return n !== undefined && n >= 1n && n <= 65535n;
}

export function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

/** inet_pton(AF_INET6): eight groups of 1-4 hex digits, `::` once, an IPv4 tail allowed. */
export function isIPv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const all = groups.flat();
  const last = all[all.length - 1];
  const v4 = last !== undefined && last.includes('.');
  if (v4 && !isIPv4(last)) return false;
  if (!(v4 ? all.slice(0, -1) : all).every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = all.length + (v4 ? 1 : 0);
  return halves.length === 2 ? count < 8 : count === 8;
}

export function socketAddressProblem(address: string): string | undefined {
  if (address.startsWith('/')) return address.length > 107 ? `the socket path is longer than 107 bytes` : undefined;
  if (address.startsWith('@')) return address.length > 1 && address.length <= 108 ? undefined : 'an abstract socket needs a name of 1 to 107 bytes after @';
  const vsock = /^vsock:([^:]*):(.*)$/.exec(address);
  const u32 = (text: string): boolean => (parseCInteger(text, true) ?? 1n << 32n) < 1n << 32n;
  if (vsock) return u32(vsock[1]) && u32(vsock[2]) ? undefined : `'${address}' is not vsock:CID:PORT`;
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(address);
  if (v6) return isIPv6(v6[1]) && isPort(v6[2]) ? undefined : `'${address}' is not [IPv6]:PORT`;
  const colon = address.lastIndexOf(':');
  if (colon < 0) return isPort(address) ? undefined : `'${address}' is neither a port (1-65535), an address with a port, nor a socket path`;
  if (address.indexOf(':') === colon && isIPv4(address.slice(0, colon))) {
    return isPort(address.slice(colon + 1)) ? undefined : `'${address.slice(colon + 1)}' is not a port (1-65535)`;
  }
  return `'${address}' is not an address systemd can listen on`;
}

export const validateListen: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  if (v === '' || expands(v, context.key)) return [];
  let problem: string | undefined;
  if (context.key === 'ListenFIFO' || context.key === 'ListenSpecial' || context.key === 'ListenUSBFunction' || context.key === 'ListenMessageQueue') {
    problem = pathProblem(v, 'absolute');
    if (problem) problem = `'${v}': ${problem}`;
  } else if (context.key === 'ListenNetlink') {
    problem = netlinkProblem(v);
  } else if (context.key === 'ListenStream' || context.key === 'ListenDatagram' || context.key === 'ListenSequentialPacket') {
    problem = socketAddressProblem(v);
    if (context.key === 'ListenSequentialPacket' && !v.startsWith('/') && !v.startsWith('@')) problem = 'ListenSequentialPacket= takes a Unix socket path or @name';
  }
  return problem ? [error(`${context.key}= refuses the line: ${problem}.`, 0, value.length)] : [];
};
