// Parsers of .network files and networkd.conf whose syntax no unit parser shares (systemd 252's rules).
import type { ValueSpec } from '../../types';

const UINT32: ValueSpec = { kind: 'integer', min: 0, max: 4294967295, label: 'non-negative integer' };
const IPV4: ValueSpec = { kind: 'net-ipv4', label: 'IPv4 address' };
const DUID_TYPE: ValueSpec = { kind: 'net-duid-type', label: 'DUID type: link-layer-time[:TIME], vendor, link-layer or uuid' };
const ROUTE_TABLE: ValueSpec = { kind: 'net-route-table', label: 'route table: default, main, local, a number or a name from networkd.conf' };

export const networkParsers: Readonly<Record<string, ValueSpec>> = {
  address_section: { kind: 'net-address-section', label: 'address setting (checked by key)' },
  route_section: { kind: 'net-route-section', label: 'route setting (checked by key)' },
  routing_policy_rule: { kind: 'net-rule-section', label: 'routing policy rule setting (checked by key)' },
  neighbor_section: { kind: 'net-neighbor-section', label: 'neighbour setting (checked by key)' },
  // networkd reads DNS= words with resolved's rules (in_addr_full_new_from_string), skipping each bad one.
  dns: { kind: 'daemon-dns-servers', list: true, label: 'DNS server addresses ([ADDRESS]:PORT%IFACE#NAME)' },
  in_addr_prefixes: { kind: 'net-prefixes', list: true, label: 'addresses with optional prefix lengths, space-separated' },
  dhcp_static_lease_address: IPV4,
  ipv4ll_address: { kind: 'net-ipv4-link-local', label: 'IPv4 link-local address (169.254.1.0 to 169.254.254.255)' },
  in_addr_non_null: { kind: 'net-address-non-null', label: 'IP address, not all zeros' },
  stacked_netdev: { kind: 'net-interface', label: 'network interface name' },
  dhcp: { kind: 'net-dhcp', label: 'yes, no, ipv4 or ipv6' },
  ip_masquerade: { kind: 'net-masquerade', label: 'no, ipv4, ipv6 or both' },
  router_prefix_delegation: { kind: 'net-send-ra', label: 'boolean (IPv6PrefixDelegation= also static or dhcpv6)' },
  lldp_multicast_mode: {
    kind: 'enum', booleans: true, values: [{ name: 'nearest-bridge' }, { name: 'non-tpmr-bridge' }, { name: 'customer-bridge' }],
    label: 'boolean, or the bridge kind to send LLDP to',
  },
  ip_forward_deprecated: {
    kind: 'enum', booleans: true, values: ['yes', 'no', 'ipv4', 'ipv6', 'kernel'].map((name) => ({ name })), label: 'yes, no, ipv4 or ipv6',
  },
  required_for_online: { kind: 'net-required-for-online', label: 'boolean, or an operational state or MIN:MAX range of them' },
  mud_url: { kind: 'net-mud-url', label: 'http:// or https:// URL' },
  network_duid_type: DUID_TYPE,
  duid_type: DUID_TYPE,
  manager_duid_type: DUID_TYPE,
  route_table_names: { kind: 'net-route-table-names', list: true, label: 'NAME:NUMBER pairs, space-separated' },
  dhcp_or_ra_route_table: ROUTE_TABLE,
  dhcp_route_metric: UINT32,
  ndisc_route_metric: { kind: 'net-route-metric', label: 'route metric: a number (newer releases: HIGH:MEDIUM:LOW)' },
  bridge_port_priority: { kind: 'integer', min: 0, max: 63, label: 'port priority, 0 to 63' },
  dhcp_server_emit: { kind: 'net-emit-addresses', list: true, label: 'IPv4 addresses or _server_address, space-separated' },
  dhcp_static_lease_hwaddr: { kind: 'net-lease-mac', label: 'MAC address' },
  link_local_address_family: {
    kind: 'enum', booleans: true, values: ['yes', 'no', 'ipv4', 'ipv6', 'fallback', 'fallback-ipv4'].map((name) => ({ name })),
    label: 'yes, no, ipv4 or ipv6',
  },
  hostname: { kind: 'net-hostname', label: 'host name' },
};
