// What the devices group's validators say, in one place so the zh-cn bundle mirrors it line by line.
export const DEVICE_MESSAGES = {
  mac: '\'{value}\' is not a MAC address: six hex bytes such as 02:00:5e:00:53:01.',
  hardware: '\'{value}\' is not a hardware address: six or twenty hex bytes such as 02:00:5e:00:53:01, or an IPv4 or IPv6 address.',
  unicastMac: '\'{value}\' is not a unicast MAC address: not all zeros, and the first byte even.',
  mtu: '\'{value}\' is not an MTU: a byte size from {min} to 4294967295 (K, M, G: base 1024).',
  address: '\'{value}\' is not an IPv4 or IPv6 address.',
  addressOrWords: '\'{value}\' is not an IPv4 or IPv6 address, nor one of: {words}.',
  multicast: '{key}= takes a multicast address; \'{value}\' is not one.',
  notMulticast: '{key}= takes no multicast address: \'{value}\'.',
  prefix: '\'{value}\' is not an address with an optional prefix length, such as 10.0.0.0/24 or fd00::/64.',
  ipv6Prefix: '\'{value}\' is not an IPv6 prefix with a length from 1 to 128, such as 2001:db8::/32.',
  ifname: '\'{value}\' is not an interface name: under {max} characters, no blank, \':\', \'/\' or \'%\', not all digits, not all or default.',
  alias: '{key}= takes ASCII text of at most 255 bytes.',
  wolPassword: '{key}= takes an absolute path or six hex bytes such as 00:11:22:33:44:55.',
  word: '\'{value}\' is not a {key}= word; expected one of: {words}.',
  portRange: '\'{value}\' is not a port range: PORT or LOW-HIGH, from 1 to 65535.',
  tunnelKey: '\'{value}\' is neither an IPv4 address nor a whole number from 0 to 4294967295.',
  keyId: '\'{value}\' is not a key ID: an even number of hex digits, at most 64.',
  l2tpLocal: '\'{value}\' is not an IPv4 or IPv6 address nor auto, static or dynamic, with an optional @interface.',
} as const;

/** The message with its {placeholders} filled. */
export function say(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
