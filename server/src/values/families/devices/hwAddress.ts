// Hardware addresses as parse_hw_addr_full() reads them (systemd 252): hex fields of one byte split by
// ':' or '-' (02:00:5e:00:53:01), or of two bytes split by '.' (0200.5e00.5301); a field may drop its
// leading zeros. Keys whose parser takes any length also take an IPv4 or IPv6 address (tunnels).
import { isIPv4, isIPv6 } from '../../systemd/sockets';

const HEX = /^[0-9a-fA-F]$/;

/** The bytes the text spells, or undefined when it is not one of the separated hex forms. */
function hexFields(text: string, maxBytes: number): number | undefined {
  let i = 0;
  while (i < text.length && HEX.test(text[i])) i++;
  const sep = text[i];
  const fieldBytes = sep === '.' ? 2 : sep === ':' || sep === '-' ? 1 : 0;
  if (fieldBytes === 0 || maxBytes % fieldBytes !== 0) return undefined;
  const fields = text.split(sep);
  if (fields.length > maxBytes / fieldBytes) return undefined;
  const fieldOk = (f: string): boolean => f.length >= 1 && f.length <= fieldBytes * 2 && [...f].every((c) => HEX.test(c));
  return fields.every(fieldOk) ? fields.length * fieldBytes : undefined;
}

/** An Ethernet (MAC) address: exactly six bytes. */
export function isMacAddress(text: string): boolean {
  return hexFields(text, 6) === 6;
}

/** What config_parse_hw_addr(s) take with no expected length: 6 or 20 hex bytes (4 or 16 too), or an IP address. */
export function isHardwareAddress(text: string): boolean {
  if (isIPv4(text) || isIPv6(text)) return true;
  const bytes = hexFields(text, 20);
  return bytes === 4 || bytes === 6 || bytes === 16 || bytes === 20;
}

/** A MAC address that is neither all zeros nor multicast (the low bit of the first byte). */
export function isUnicastMac(text: string): boolean {
  if (!isMacAddress(text)) return false;
  const digits = text.replace(/[:.-]/g, '');
  const first = text.includes('.') ? text.split('.')[0].padStart(4, '0').slice(0, 2) : text.split(/[:-]/)[0];
  return !/^0+$/.test(digits) && (parseInt(first, 16) & 1) === 0;
}
