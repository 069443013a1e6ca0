// Parsers of .netdev and .link files (and the parsers they share with .network) whose syntax no unit parser shares.
// Read from systemd 252's parsers: a spec refuses only what the parser logs and ignores.
import type { EnumValue, ValueSpec } from '../../types';

const UINT32_MAX = 4294967295;
const words = (...names: string[]): EnumValue[] => names.map((name) => ({ name }));

/** NetDev Kind=: netdev_kind_table of systemd 252. */
const NETDEV_KINDS = words('bareudp', 'batadv', 'bond', 'bridge', 'dummy', 'erspan', 'fou', 'geneve', 'gre', 'gretap', 'ifb',
  'ip6gre', 'ip6gretap', 'ip6tnl', 'ipip', 'ipoib', 'ipvlan', 'ipvtap', 'l2tp', 'macsec', 'macvlan', 'macvtap', 'netdevsim',
  'nlmon', 'sit', 'tap', 'tun', 'vcan', 'veth', 'vlan', 'vrf', 'vti6', 'vti', 'vxcan', 'vxlan', 'wireguard', 'wlan', 'xfrm');

/** Link Advertise=: ethtool's link mode names as systemd 252 spells them. */
const LINK_MODES = words('10baset-half', '10baset-full', '100baset-half', '100baset-full', '1000baset-half', '1000baset-full',
  'autonegotiation', 'tp', 'aui', 'mii', 'fibre', 'bnc', '10000baset-full', 'pause', 'asym-pause', '2500basex-full', 'backplane',
  '1000basekx-full', '10000basekx4-full', '10000basekr-full', '10000baser-fec', '20000basemld2-full', '20000basekr2-full',
  '40000basekr4-full', '40000basecr4-full', '40000basesr4-full', '40000baselr4-full', '56000basekr4-full', '56000basecr4-full',
  '56000basesr4-full', '56000baselr4-full', '25000basecr-full', '25000basekr-full', '25000basesr-full', '50000basecr2-full',
  '50000basekr2-full', '100000basekr4-full', '100000basesr4-full', '100000basecr4-full', '100000baselr4-er4-full',
  '50000basesr2-full', '1000basex-full', '10000basecr-full', '10000basesr-full', '10000baselr-full', '10000baselrm-full',
  '10000baseer-full', '2500baset-full', '5000baset-full', 'fec-none', 'fec-rs', 'fec-baser', '50000basekr-full',
  '50000basesr-full', '50000basecr-full', '50000baselr-er-fr-full', '50000basedr-full', '100000basekr2-full',
  '100000basesr2-full', '100000basecr2-full', '100000baselr2-er2-fr2-full', '100000basedr2-full', '200000basekr4-full',
  '200000basesr4-full', '200000baselr4-er4-fr4-full', '200000basedr4-full', '200000basecr4-full', '100baset1-full',
  '1000baset1-full', '400000basekr8-full', '400000basesr8-full', '400000baselr8-er8-fr8-full', '400000basedr8-full',
  '400000basecr8-full', 'fec-llrs', '100000basekr-full', '100000basesr-full', '100000baselr-er-fr-full', '100000basecr-full',
  '100000basedr-full', '200000basekr2-full', '200000basesr2-full', '200000baselr2-er2-fr2-full', '200000basedr2-full',
  '200000basecr2-full', '400000basekr4-full', '400000basesr4-full', '400000baselr4-er4-fr4-full', '400000basedr4-full',
  '400000basecr4-full', '100basefx-half', '100basefx-full');

const integer = (min: number, max: number, label: string, ...extra: string[]): ValueSpec =>
  ({ kind: 'integer', min, max, label, ...(extra.length ? { values: words(...extra) } : {}) });
const PORT = integer(1, 65535, 'port number (1 to 65535)');
const COUNT_U32 = integer(0, UINT32_MAX, 'non-negative integer');
const MAC: ValueSpec = { kind: 'dev-mac', label: 'MAC address (six hex bytes)' };
const SESSION_ID = integer(1, UINT32_MAX, 'identifier (1 to 4294967295)');

export const deviceParsers: Readonly<Record<string, ValueSpec>> = {
  // Names and kinds.
  netdev_kind: { kind: 'enum', values: NETDEV_KINDS, label: 'kind of virtual device' },
  ifname: { kind: 'dev-ifname', label: 'interface name' },
  ifnames: { kind: 'dev-ifnames', list: true, label: 'list of interface names' },
  match_ifnames: { kind: 'dev-ifnames', list: true, label: 'list of interface name patterns' },
  l2tp_session_name: { kind: 'dev-ifname', label: 'interface name' },
  ifalias: { kind: 'dev-ifalias', label: 'ASCII text (at most 255 bytes)' },
  // Hardware addresses.
  hw_addr: { kind: 'dev-hw-address', label: 'hardware address' },
  hw_addrs: { kind: 'dev-hw-addresses', list: true, label: 'list of hardware addresses' },
  netdev_hw_addr: { ...MAC, values: words('none'), label: 'MAC address or none' },
  ether_addrs: { kind: 'dev-macs', list: true, label: 'list of MAC addresses' },
  macsec_hw_address: MAC,
  sr_iov_mac: MAC,
  ad_actor_system: { kind: 'dev-mac-unicast', label: 'unicast MAC address' },
  wol_password: { kind: 'dev-wol-password', label: 'six hex bytes, or an absolute path to a file' },
  // IP addresses.
  vxlan_address: { kind: 'dev-multicast-rule', values: words('ipv4_link_local', 'ipv6_link_local', 'dhcp4', 'dhcp6', 'slaac'), label: 'IPv4 or IPv6 address' },
  geneve_address: { kind: 'dev-multicast-rule', label: 'IPv4 or IPv6 unicast address' },
  tunnel_local_address: { kind: 'dev-ip-address', values: words('any', 'ipv4_link_local', 'ipv6_link_local', 'dhcp4', 'dhcp6', 'slaac'), label: 'IPv4 or IPv6 address' },
  tunnel_remote_address: { kind: 'dev-ip-address', values: words('any'), label: 'IPv4 or IPv6 address' },
  fou_tunnel_address: { kind: 'dev-ip-address', label: 'IPv4 or IPv6 address' },
  l2tp_tunnel_local_address: { kind: 'dev-l2tp-local', label: 'IPv4 or IPv6 address, auto, static or dynamic (optionally @interface)' },
  l2tp_tunnel_remote_address: { kind: 'dev-ip-address', label: 'IPv4 or IPv6 address' },
  wireguard_allowed_ips: { kind: 'dev-address-prefixes', list: true, label: 'list of addresses with optional prefix lengths' },
  '6rd_prefix': { kind: 'dev-ipv6-prefix', label: 'IPv6 prefix' },
  tunnel_key: { kind: 'dev-tunnel-key', label: 'IPv4 address or non-negative integer' },
  // Sizes and numbers.
  mtu: { kind: 'dev-mtu', label: 'MTU in bytes (K, M, G: base 1024)' },
  si_uint64: { kind: 'bytes', label: 'size (K, M, G: base 1000)' },
  ip_port: PORT,
  macsec_port: PORT,
  wireguard_listen_port: integer(1, 65535, 'port number or auto', 'auto'),
  wireguard_keepalive: integer(0, 65535, 'seconds (0 to 65535) or off', 'off'),
  port_range: { kind: 'dev-port-range', label: 'port or port range (LOW-HIGH)' },
  vlanid: integer(0, 4094, 'VLAN ID (0 to 4094)'),
  default_port_vlanid: integer(0, 4094, 'VLAN ID (0 to 4094) or none', 'none'),
  vxlan_ttl: integer(0, 255, 'TTL (0 to 255) or inherit', 'inherit'),
  geneve_ttl: integer(0, 255, 'TTL (0 to 255) or inherit', 'inherit'),
  geneve_vni: integer(0, 16777215, 'network identifier (0 to 16777215)'),
  geneve_flow_label: integer(0, 0xfffff, 'flow label (0 to 1048575)'),
  flow_label: integer(0, 0xfffff, 'flow label (0 to 1048575)'),
  ipv6_flowlabel: integer(-2147483648, 0xfffff, 'flow label (up to 1048575) or inherit', 'inherit'),
  encap_limit: integer(0, 255, 'encapsulation limit (0 to 255) or none', 'none'),
  erspan_version: integer(0, 2, 'ERSPAN version (0, 1 or 2)'),
  erspan_index: integer(0, 0xfffff, 'ERSPAN index (0 to 1048575)'),
  erspan_hwid: integer(0, 63, 'ERSPAN hardware ID (0 to 63)'),
  l2tp_tunnel_id: SESSION_ID,
  l2tp_session_id: SESSION_ID,
  macsec_packet_number: COUNT_U32,
  macsec_key_id: { kind: 'dev-key-id', label: 'key ID in hex (up to 32 bytes)' },
  macvlan_broadcast_queue_size: integer(0, UINT32_MAX - 1, 'queue length'),
  ad_actor_sys_prio: integer(1, 65535, 'priority (1 to 65535)'),
  ad_user_port_key: integer(0, 1023, 'port key (0 to 1023)'),
  ipoib_pkey: integer(1, 65535, 'partition key (1 to 65535, not 0x8000)'),
  ring_buffer_or_channel: integer(1, UINT32_MAX, 'count (1 to 4294967295) or max', 'max'),
  coalesce_u32: COUNT_U32,
  coalesce_sec: { kind: 'timespan', label: 'time span (bare number: seconds)' },
  rx_tx_queues: integer(1, 4096, 'queue count (1 to 4096)'),
  txqueuelen: integer(0, UINT32_MAX - 1, 'queue length'),
  sr_iov_num_vfs: integer(0, 2147483647, 'number of virtual functions'),
  vrf_table: { kind: 'dev-vrf-table', label: 'route table number' },
  sr_iov_uint32: { kind: 'dev-sriov-number', label: 'non-negative integer' },
  // Words.
  vlanprotocol: { kind: 'enum', values: words('802.1q', '802.1Q', '802.1ad', '802.1AD'), label: 'VLAN protocol' },
  sr_iov_vlan_proto: { kind: 'enum', values: words('802.1Q', '802.1ad'), label: 'VLAN protocol' },
  sr_iov_link_state: { kind: 'dev-link-state', values: words('auto'), booleans: true, label: 'auto or a boolean' },
  sr_iov_boolean: { kind: 'boolean', label: 'boolean' },
  erspan_direction: { kind: 'enum', values: words('ingress', 'egress'), label: 'direction' },
  mdi: { kind: 'enum', values: words('mdi', 'straight', 'mdi-x', 'mdix', 'crossover', 'auto'), label: 'MDI mode' },
  wol: { kind: 'dev-wol', list: true, values: words('phy', 'unicast', 'multicast', 'broadcast', 'arp', 'magic', 'secureon'), label: 'wake-on-LAN modes, or off' },
  advertise: { kind: 'dev-words', list: true, values: LINK_MODES, label: 'list of link modes' },
};
