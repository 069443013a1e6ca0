// The devices group's value checks (.netdev, .link and the parsers .network shares with them): what
// systemd 252's parsers log and ignore is reported with the accepted form; what they take is not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { familyValueSpec } from '../../../server/src/schema/families/valueSpecs';
import { familiesValidators } from '../../../server/src/values/families';

/** The messages a value of this parser gets for key `key` at target 252. */
function check(parser: string, value: string, key = 'Key', version = 252): string[] {
  const spec = familyValueSpec(parser);
  const validate = familiesValidators[spec.kind];
  assert.ok(validate, `a validator for ${parser} (${spec.kind})`);
  return validate(value, spec, { key, version }).map((i) => i.message);
}

const accepts = (parser: string, values: string[], key?: string) => {
  for (const v of values) assert.deepEqual(check(parser, v, key), [], `${parser} takes '${v}'`);
};
const refuses = (parser: string, values: string[], key?: string) => {
  for (const v of values) assert.equal(check(parser, v, key).length, 1, `${parser} refuses '${v}'`);
};

describe('device values', () => {
  it('reads Kind= from networkd 252\'s list', () => {
    accepts('netdev_kind', ['bridge', 'wireguard', 'vxlan', 'vti6', 'netdevsim']);
    assert.match(check('netdev_kind', 'brige', 'Kind')[0], /'brige' is not a valid Kind= value; expected one of: .*bridge/);
  });

  it('reads MAC and hardware addresses in every separator style, with the right length', () => {
    accepts('netdev_hw_addr', ['02:00:5e:00:53:01', '02-00-5E-00-53-01', '0200.5e00.5301', '2:0:5e:0:53:1', 'none']);
    refuses('netdev_hw_addr', ['02:00:5e:00:53', '02:00:5e:00:53:01:02', '02:00:5e:00:53:zz', '02:00-5e:00:53:01', '02:00:5e:00:53:01:', '020:0:5e:0:53:1']);
    assert.deepEqual(check('sr_iov_mac', '1'), ["'1' is not a MAC address: six hex bytes such as 02:00:5e:00:53:01."]);
    // Link MACAddress= and [Match] MACAddress= take 20-byte InfiniBand addresses and IP addresses too.
    accepts('hw_addr', ['02:00:5e:00:53:01', '192.0.2.1', 'fe80::1', Array(20).fill('ab').join(':')]);
    // Eight two-digit groups spell an IPv6 address, which these keys take; seven spell nothing.
    accepts('hw_addr', ['02:00:5e:00:53:01:02:03']);
    refuses('hw_addr', ['02:00:5e:00:53:01:02', '300.0.0.1']);
    assert.deepEqual(check('hw_addrs', '02:00:5e:00:53:01 00:1b:21:aa:bb:zz').length, 1);
    refuses('ad_actor_system', ['00:00:00:00:00:00', '01:00:5e:00:00:01']);
    accepts('ad_actor_system', ['02:00:5e:00:53:01']);
  });

  it('reads MTUs as sizes from 68 bytes (1280 for IPv6MTUBytes=)', () => {
    accepts('mtu', ['1500', '9000', '1K', '68']);
    assert.deepEqual(check('mtu', '1500x', 'MTUBytes'), ["'1500x' is not an MTU: a byte size from 68 to 4294967295 (K, M, G: base 1024)."]);
    refuses('mtu', ['67', '5G']);
    assert.equal(check('mtu', '1000', 'IPv6MTUBytes').length, 1);
    assert.deepEqual(check('mtu', '1000', 'MTUBytes'), []);
  });

  it('reads addresses with the multicast rule of VXLAN and GENEVE', () => {
    accepts('vxlan_address', ['203.0.113.1', '2001:db8::1'], 'Remote');
    accepts('vxlan_address', ['dhcp4', 'ipv6_link_local'], 'Local');
    accepts('vxlan_address', ['239.1.1.1', 'ff02::1'], 'Group');
    assert.deepEqual(check('vxlan_address', '203.0.113.1', 'Group'), ["Group= takes a multicast address; '203.0.113.1' is not one."]);
    assert.deepEqual(check('vxlan_address', '239.1.1.1', 'Remote'), ["Remote= takes no multicast address: '239.1.1.1'."]);
    refuses('vxlan_address', ['300.0.113.1'], 'Local');
    accepts('tunnel_local_address', ['any', 'dhcp6', '192.0.2.1']);
    refuses('tunnel_remote_address', ['example.com']);
    accepts('l2tp_tunnel_local_address', ['auto', 'dynamic@eth0', '192.0.2.1']);
    refuses('l2tp_tunnel_local_address', ['automatic', 'auto@a/b']);
  });

  it('reads WireGuard AllowedIPs= lists split at commas and blanks', () => {
    accepts('wireguard_allowed_ips', ['10.0.0.0/24, fd00::/64', '0.0.0.0/0 ::/0', '192.0.2.1']);
    assert.deepEqual(check('wireguard_allowed_ips', '10.0.0.1/32,10.0.0.0/33'),
      ["'10.0.0.0/33' is not an address with an optional prefix length, such as 10.0.0.0/24 or fd00::/64."]);
    refuses('6rd_prefix', ['2001:db8::/0', '192.0.2.0/24']);
    accepts('6rd_prefix', ['2001:db8::/32']);
  });

  it('reads ports, VLAN ids, TTLs and counts in their ranges, with their words', () => {
    accepts('wireguard_listen_port', ['51820', 'auto', '0x10']);
    refuses('wireguard_listen_port', ['0', '65536', 'off']);
    accepts('wireguard_keepalive', ['off', '0', '25']);
    refuses('wireguard_keepalive', ['25s', '70000']);
    accepts('vlanid', ['0', '4094']);
    assert.deepEqual(check('vlanid', '4095'), ['4095 is out of range: allowed 0 to 4094.']);
    refuses('vlanid', ['10x']);
    accepts('vxlan_ttl', ['inherit', '64']);
    refuses('vxlan_ttl', ['64x', '256']);
    accepts('ring_buffer_or_channel', ['max', '8']);
    refuses('ring_buffer_or_channel', ['0', '8x']);
    refuses('rx_tx_queues', ['0', '4097']);
    refuses('txqueuelen', ['4294967295']);
    accepts('port_range', ['4789', '1000-2000']);
    refuses('port_range', ['2000-1000', '0-10', '1-65536']);
    accepts('tunnel_key', ['192.0.2.1', '42']);
    refuses('tunnel_key', ['fe80::1', '4294967296']);
    accepts('macsec_key_id', ['ab', 'AB 12']);
    refuses('macsec_key_id', ['abc', 'zz']);
  });

  it('reads [SR-IOV] numbers by key', () => {
    refuses('sr_iov_uint32', ['0', '4096'], 'VLANId');
    accepts('sr_iov_uint32', ['0', '4096'], 'QualityOfService');
    refuses('sr_iov_uint32', ['2147483647'], 'VirtualFunction');
    accepts('sr_iov_link_state', ['auto', 'yes', 'off']);
    refuses('sr_iov_link_state', ['maybe']);
  });

  it('reads VRF Table= as a number up to 256 only', () => {
    assert.equal(check('vrf_table', '42x', 'Table', 252).length, 1);
    assert.deepEqual(check('vrf_table', 'main', 'Table', 257), []);
  });

  it('reads interface names and aliases', () => {
    accepts('ifname', ['eth0', 'wg-office', 'en*']);
    refuses('ifname', ['a'.repeat(16), 'all', 'default', '42', 'a/b', 'a:b']);
    accepts('ifnames', ['a'.repeat(127), 'eth0 "lan 1"'.replace(' 1', '1')]);
    refuses('ifnames', ['a'.repeat(128)]);
    assert.deepEqual(check('ifnames', 'ok bad/name').length, 1);
    refuses('ifalias', ['a'.repeat(256), 'café']);
    accepts('ifalias', ['uplink to the core switch']);
  });

  it('reads WakeOnLan=, its password, Advertise= and MDI=', () => {
    accepts('wol', ['off', 'magic', 'phy unicast secureon']);
    assert.deepEqual(check('wol', 'magic maybe', 'WakeOnLan'),
      ["'maybe' is not a WakeOnLan= word; expected one of: off, phy, unicast, multicast, broadcast, arp, magic, secureon."]);
    refuses('wol', ['off magic']);
    accepts('wol_password', ['00:11:22:33:44:55', '/etc/wol/password']);
    refuses('wol_password', ['1.', '/etc/../secret']);
    accepts('advertise', ['1000baset-full 10000baser-fec', 'fec-llrs']);
    refuses('advertise', ['1000baset']);
    accepts('mdi', ['mdix', 'auto']);
    refuses('mdi', ['cross']);
  });

  it('leaves an empty value alone: it resets the setting', () => {
    for (const parser of ['netdev_hw_addr', 'mtu', 'vxlan_address', 'ifname', 'wol', 'ring_buffer_or_channel', 'sr_iov_uint32']) {
      assert.deepEqual(check(parser, ''), [], parser);
    }
  });
});

describe('device sections', () => {
  const codes = (uri: string, text: string) => {
    const analyzed = analyze(uri, 1, text);
    assert.ok(analyzed);
    return computeDiagnostics(analyzed, { systemdVersion: 252 }).map((d) => `${String(d.code)}@${d.range.start.line}`);
  };

  it('reports a .link file with nothing in [Match], unless a line there says why', () => {
    const link = 'file:///etc/systemd/network/10-lan.link';
    assert.deepEqual(codes(link, '[Match]\n\n[Link]\nName=lan0\n'), ['systemd/link-match-empty@0']);
    assert.deepEqual(codes(link, '[Link]\nName=lan0\n'), ['systemd/link-match-empty@0']);
    assert.deepEqual(codes(link, '[Match]\nOriginalName=*\n[Link]\nName=lan0\n'), []);
    // A misspelt key or a key under [Link] is the thing to fix, reported on its own line.
    assert.ok(!codes(link, '[Match]\nOriinalName=*\n[Link]\nName=lan0\n').includes('systemd/link-match-empty@0'));
    assert.ok(!codes(link, '[Match]\n[Link]\nPath=pci-*\nName=lan0\n').includes('systemd/link-match-empty@0'));
    // A drop-in leaves [Match] to its .link file.
    assert.deepEqual(codes('file:///etc/systemd/network/10-lan.link.d/mtu.conf', '[Link]\nMTUBytes=9000\n'), []);
  });

  it('reports a [WireGuardPeer] without PublicKey= on its header', () => {
    const netdev = 'file:///etc/systemd/network/40-wg0.netdev';
    const head = '[NetDev]\nName=wg0\nKind=wireguard\n[WireGuard]\nListenPort=51820\nPrivateKeyFile=/etc/systemd/network/wg0.key\n';
    assert.deepEqual(codes(netdev, `${head}[WireGuardPeer]\nAllowedIPs=10.0.0.2/32\n`), ['systemd/wireguard-peer-without-key@6']);
    assert.deepEqual(codes(netdev, `${head}[WireGuardPeer]\nPublicKey=jcAPs1zvqdOsjJlJqeLusUBZQLj+2fPo7YptYCO7W+g=\n`), []);
  });

  it('reports a section of another kind on its header, as networkd 252 does', () => {
    const netdev = 'file:///etc/systemd/network/80-vxlan.netdev';
    const vxlan = '[VXLAN]\nVNI=42\nRemote=203.0.113.9\n';
    assert.deepEqual(codes(netdev, `[NetDev]\nName=vx42\nKind=vlan\n\n${vxlan}[VLAN]\nId=42\n`), ['systemd/netdev-section-kind@4']);
    assert.deepEqual(codes(netdev, `[NetDev]\nName=vx42\nKind=vxlan\n\n${vxlan}`), []);
    // networkd reads nothing inside it: a key there that would be misplaced or misspelt is not reported on its own.
    assert.deepEqual(codes(netdev, `[NetDev]\nName=vx42\nKind=vxlan\n${vxlan}[VLAN]\nMacLearning=yes\nIdd=5\n`), ['systemd/netdev-section-kind@6']);
    // Every tunnel kind reads [Tunnel]; a kind that reads nothing more refuses it.
    assert.deepEqual(codes(netdev, '[NetDev]\nName=t0\nKind=ip6gre\n[Tunnel]\nRemote=2001:db8::1\n'), []);
    assert.deepEqual(codes(netdev, '[NetDev]\nName=d0\nKind=dummy\n[Tunnel]\nRemote=192.0.2.1\n'), ['systemd/netdev-section-kind@3']);
    // A [WireGuardPeer] of another kind is reported once, as unread, not as a peer without a key.
    assert.deepEqual(codes(netdev, '[NetDev]\nName=b0\nKind=bridge\n[WireGuardPeer]\nAllowedIPs=10.0.0.2/32\n'), ['systemd/netdev-section-kind@3']);
    // A drop-in without Kind= leaves the kind to its .netdev file.
    assert.deepEqual(codes('file:///etc/systemd/network/80-vxlan.netdev.d/ttl.conf', '[VLAN]\nId=5\n'), []);
  });

  it('reports a .netdev networkd cannot create, on its [NetDev] header', () => {
    const netdev = 'file:///etc/systemd/network/30-vlan10.netdev';
    assert.deepEqual(codes(netdev, '[NetDev]\nName=vlan10\nKind=vlan\n'), ['systemd/netdev-incomplete@0']);
    assert.deepEqual(codes(netdev, '[NetDev]\nName=vlan10\nKind=vlan\n[VLAN]\nId=10\n'), []);
    assert.deepEqual(codes(netdev, '[NetDev]\nKind=dummy\n'), ['systemd/netdev-incomplete@0']);
    assert.deepEqual(codes(netdev, '[NetDev]\nName=x0\nKind=xfrm\n[Xfrm]\nInterfaceId=0\n'), ['systemd/netdev-incomplete@0']);
    assert.deepEqual(codes(netdev, '[NetDev]\nName=v0\nKind=vxlan\n[VXLAN]\nId=5\n'), []);
    assert.deepEqual(codes(netdev, '[NetDev]\nName=ve0\nKind=veth\n'), ['systemd/netdev-incomplete@0']);
    // A section of another kind is the line networkd names: reported there, not again on [NetDev].
    assert.deepEqual(codes(netdev, '[NetDev]\nName=v1\nKind=vlan\n[VXLAN]\nVNI=5\n'), ['systemd/netdev-section-kind@3']);
    // A drop-in leaves Name= and Kind= to its .netdev file.
    assert.deepEqual(codes('file:///etc/systemd/network/30-vlan10.netdev.d/mtu.conf', '[NetDev]\nMTUBytes=1400\n'), []);
  });
});
