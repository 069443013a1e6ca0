// The network group's value checks: what networkd 252 refuses in .network files and networkd.conf is
// reported with a message that says what to write; what it accepts is left alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { familyValueSpec } from '../../../server/src/schema/families/valueSpecs';
import { familiesValidators } from '../../../server/src/values/families';
import { diagnose } from '../../helpers/analyzeText';

function issues(parser: string, key: string, value: string, version = 252) {
  const spec = familyValueSpec(parser);
  const validate = familiesValidators[spec.kind];
  assert.ok(validate, `no validator for ${spec.kind}`);
  return validate(value, spec, { version, key });
}

function accepts(parser: string, key: string, values: string[]): void {
  for (const v of values) assert.deepEqual(issues(parser, key, v), [], `${key}=${v} should be accepted`);
}

function refuses(parser: string, key: string, value: string, message: RegExp, severity: 'error' | 'warning' = 'error'): void {
  const found = issues(parser, key, value);
  assert.equal(found.length, 1, `${key}=${value}: ${JSON.stringify(found)}`);
  assert.match(found[0].message, message);
  assert.equal(found[0].severity, severity);
}

describe('network values: addresses and prefixes', () => {
  it('accepts addresses with prefix lengths of either family, and pool addresses with a long enough prefix', () => {
    accepts('address_section', 'Address', ['192.168.1.5/24', '10.0.0.1/32', '2001:db8::1/64', '0.0.0.0/24', '::/64', ' 172.16.0.2/16 ']);
  });
  it('refuses a bad octet, a prefix over the family\'s bits, and an all-zero address with a short prefix', () => {
    refuses('address_section', 'Address', '300.168.50.1/24', /needs an IPv4 or IPv6 address with an optional \/prefix length; '300.168.50.1\/24'/);
    refuses('address_section', 'Address', '0.0.0.0/33', /prefix length is over 32/);
    refuses('address_section', 'Address', '2001:db8::1/129', /over 32 \(IPv4\) or 128/);
    refuses('address_section', 'Address', '0.0.0.0/4', /at least 8/);
    refuses('address_section', 'Address', 'fe80::1%eth0/64', /is not one/);
  });
  it('warns, as networkd does, about an address without a prefix length', () => {
    refuses('address_section', 'Address', '192.168.1.5', /no prefix length/, 'warning');
  });
  it('reads the [Address] section key by key', () => {
    accepts('address_section', 'PreferredLifetime', ['forever', 'infinity', '0']);
    refuses('address_section', 'PreferredLifetime', 'forevre', /forever, infinity or 0/);
    accepts('address_section', 'Broadcast', ['yes', '192.168.1.255']);
    refuses('address_section', 'Broadcast', '2001:db8::1', /needs an IPv4 address/);
    refuses('address_section', 'AddPrefixRoute', 'maybe', /takes a boolean/);
    accepts('address_section', 'Label', ['anything goes here']);
  });
  it('checks gateways, destinations, metrics and tables of routes', () => {
    accepts('route_section', 'Gateway', ['_dhcp4', '_ipv6ra', '10.0.0.1', 'fe80::1']);
    refuses('route_section', 'Gateway', '300.20.0.1', /_dhcp4 or _ipv6ra/);
    accepts('route_section', 'Destination', ['10.100.0.0/16', '::/0', '10.1.2.3']);
    refuses('route_section', 'Destination', '10.100.0.0/33', /prefix length is over/);
    accepts('route_section', 'Metric', ['0', '50', '0x10', '4294967295']);
    refuses('route_section', 'Metric', '50x', /whole number from 0 to 4294967295/);
    accepts('route_section', 'Table', ['main', 'local', 'default', '100']);
    refuses('route_section', 'Table', '0', /from 1 to 4294967295/);
    // A name networkd.conf may define: the daemon alone knows, so only a warning.
    refuses('route_section', 'Table', 'vpn', /networkd.conf names it in RouteTable=/, 'warning');
  });
  it('reads allow and deny lists word by word, with the words networkd knows', () => {
    accepts('in_addr_prefixes', 'DenyList', ['192.168.1.0/24 10.0.0.1', 'any localhost link-local multicast']);
    const found = issues('in_addr_prefixes', 'DenyList', '192.168.1.0/24 192.168.1.0/40');
    assert.deepEqual(found.map((i) => [i.start, i.end]), [[15, 29]]);
  });
  it('checks routing policy rules', () => {
    accepts('routing_policy_rule', 'From', ['198.51.100.0/24', '2001:db8::/32']);
    refuses('routing_policy_rule', 'To', '198.51.100.0/33', /prefix length is over/);
    refuses('routing_policy_rule', 'Priority', '10x', /whole number/);
    refuses('routing_policy_rule', 'Family', 'ipv5', /one of ipv4, ipv6, both/);
  });
  it('checks DHCP server addresses, static leases and the IPv4 link-local start', () => {
    accepts('dhcp_static_lease_address', 'Address', ['192.168.50.10']);
    refuses('dhcp_static_lease_address', 'Address', '300.168.50.10', /needs an IPv4 address/);
    accepts('dhcp_server_emit', 'DNS', ['192.168.50.1 _server_address', '9.9.9.9']);
    const dns = issues('dhcp_server_emit', 'DNS', '1.1.1.1 300.1.1.1');
    assert.deepEqual(dns.map((i) => [i.start, i.end]), [[8, 17]]);
    accepts('dhcp_static_lease_hwaddr', 'MACAddress', ['52:54:00:aa:bb:cc', '52-54-00-aa-bb-cc', '5254.00aa.bbcc']);
    refuses('dhcp_static_lease_hwaddr', 'MACAddress', '52:54:00:aa:bb:zz', /needs a MAC address/);
    refuses('dhcp_static_lease_hwaddr', 'MACAddress', '01:00:5e:00:00:01', /unicast/);
    accepts('ipv4ll_address', 'IPv4LLStartAddress', ['169.254.10.1']);
    refuses('ipv4ll_address', 'IPv4LLStartAddress', '169.254.0.5', /169.254.1.0 to 169.254.254.255/);
    refuses('in_addr_non_null', 'Router', '0.0.0.0', /not all zeros/);
    refuses('in_addr_non_null', 'IPv6StableSecretAddress', '1', /needs an IPv6 address/);
  });
});

describe('network values: words', () => {
  it('takes DHCP= words, and warns about the old ones networkd still reads', () => {
    accepts('dhcp', 'DHCP', ['yes', 'no', 'ipv4', 'ipv6', 'true']);
    refuses('dhcp', 'DHCP', 'v4', /deprecated; write ipv4 instead/, 'warning');
    refuses('dhcp', 'DHCP', 'maybe', /yes, no, ipv4 or ipv6/);
  });
  it('takes IPMasquerade= families, and warns that yes means ipv4 only', () => {
    accepts('ip_masquerade', 'IPMasquerade', ['no', 'ipv4', 'ipv6', 'both', 'false']);
    refuses('ip_masquerade', 'IPMasquerade', 'yes', /means ipv4 only/, 'warning');
    refuses('ip_masquerade', 'IPMasquerade', 'bth', /no, ipv4, ipv6 or both/);
  });
  it('takes a boolean for IPv6SendRA=, and also static or dhcpv6 for IPv6PrefixDelegation=', () => {
    refuses('router_prefix_delegation', 'IPv6SendRA', 'static', /takes a boolean;/);
    accepts('router_prefix_delegation', 'IPv6PrefixDelegation', ['static', 'dhcpv6', 'yes']);
    refuses('router_prefix_delegation', 'IPv6PrefixDelegation', 'maybe', /static or dhcpv6/);
  });
  it('checks EmitLLDP=, LinkLocalAddressing=, RequiredForOnline= and interface names', () => {
    accepts('lldp_multicast_mode', 'EmitLLDP', ['customer-bridge', 'yes']);
    assert.equal(issues('lldp_multicast_mode', 'EmitLLDP', 'cutsomer-bridge').length, 1);
    accepts('link_local_address_family', 'LinkLocalAddressing', ['ipv6', 'fallback', 'no']);
    assert.equal(issues('link_local_address_family', 'LinkLocalAddressing', 'maybe').length, 1);
    accepts('required_for_online', 'RequiredForOnline', ['yes', 'routable', 'degraded:routable', 'carrier:', ':routable']);
    refuses('required_for_online', 'RequiredForOnline', 'maybe', /operational state/);
    refuses('stacked_netdev', 'MACVLAN', '1', /network interface name/);
    accepts('stacked_netdev', 'MACVLAN', ['macvlan0']);
  });
  it('checks MUD URLs, host names and metrics', () => {
    accepts('mud_url', 'MUDURL', ['https://example.com/mud.json']);
    refuses('mud_url', 'MUDURL', '1', /http:\/\/ or https:\/\//);
    accepts('hostname', 'Hostname', ['web-01', 'web-01.example.com']);
    refuses('hostname', 'Hostname', 'bad host', /host name/);
    refuses('dhcp_route_metric', 'RouteMetric', '512x', /whole number/);
    accepts('ndisc_route_metric', 'RouteMetric', ['512', '100:200:300']);
  });
});

describe('networkd.conf values', () => {
  it('checks DUID types', () => {
    accepts('manager_duid_type', 'DUIDType', ['vendor', 'uuid', 'link-layer', 'link-layer-time', 'link-layer-time:2000-01-01 00:00:00']);
    refuses('manager_duid_type', 'DUIDType', 'vendro', /link-layer-time\[:TIME\], vendor, link-layer or uuid; 'vendro'/);
    refuses('duid_type', 'DUIDType', '1', /is not one/);
    refuses('duid_type', 'DUIDType', 'vendor:2000-01-01', /time after link-layer-time only/);
  });
  it('checks RouteTable= NAME:NUMBER pairs word by word', () => {
    accepts('route_table_names', 'RouteTable', ['vpn:100 lab:200']);
    const found = issues('route_table_names', 'RouteTable', 'vpn:100 1 main:5 200:7 x:0');
    assert.deepEqual(found.map((i) => [i.start, i.end]), [[8, 9], [10, 16], [17, 22], [23, 26]]);
  });
});

describe('incomplete networkd sections', () => {
  it('says on the header that networkd drops a [Route] without a destination or gateway', () => {
    const found = diagnose('file:///etc/systemd/network/wg0.network', '[Match]\nName=wg0\n\n[Route]\nMetric=100\n\n[Address]\nAddress=10.0.0.1/24\n\n[DHCPServerStaticLease]\nMACAddress=52:54:00:aa:bb:cc\n')
      .filter((d) => d.code === 'systemd/network-section-incomplete');
    assert.deepEqual(found.map((d) => [d.range.start.line, d.message]), [
      [3, 'networkd ignores this [Route] section: it sets no Gateway=, Destination=, Source= nor PreferredSource=.'],
      [9, 'networkd ignores this [DHCPServerStaticLease] section: it sets no Address=.'],
    ]);
  });
  it('leaves complete sections and other families alone', () => {
    const text = '[Route]\nGateway=_dhcp4\n\n[Address]\nPeer=10.0.0.2/32\n';
    assert.deepEqual(diagnose('file:///etc/systemd/network/a.network', `[Match]\nName=a\n\n${text}`).filter((d) => d.code === 'systemd/network-section-incomplete'), []);
  });
});
