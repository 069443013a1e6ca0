// The pieces of the families' agreement test that need no daemon: reading a daemon's log back into
// (file, line, kind), and the mutants.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mutate, seeded, uncommentDefaults } from './mutants';
import { parseOracleLog, SENTINEL_KEY } from './oracle';

const CASES = new Map([
  ['/etc/systemd/network/0001-a.network', '/w/network/0001-a.network'],
  ['/etc/systemd/network/0002-b.netdev', '/w/network/0002-b.netdev'],
  ['/etc/systemd/network/0003-c.network', '/w/network/0003-c.network'],
]);
const SENTINEL = '/etc/systemd/network/9999-zzzz-oracle-sentinel.network';

describe('reading a daemon\'s log', () => {
  it('maps line messages, dropped sections and whole-file refusals back to our files', () => {
    const log = [
      'Using default interface naming scheme \'v252\'.',
      '/etc/systemd/network/0001-a.network:6: Unknown key \'Adress\' in section [Network], ignoring.',
      '/etc/systemd/network/0001-a.network:9: DHCP=v4 is deprecated, please use DHCP=ipv4 instead.',
      'NetDev has no Kind= configured in "/etc/systemd/network/0002-b.netdev", ignoring.',
      '/etc/systemd/network/0003-c.network: Address= section without Address= field configured. Ignoring [Address] section from line 12.',
      'Failed to add DNS server address \'300.1.1.1\', ignoring: Invalid argument',
      '/etc/systemd/network/0004-unknown.network:3: Unknown key \'X\' in section [Match], ignoring.',
      `${SENTINEL}:3: Unknown key '${SENTINEL_KEY}' in section [Network], ignoring.`,
    ].join('\n');
    const r = parseOracleLog(log, CASES, SENTINEL);
    assert.deepEqual(r.lines.map((l) => [l.file, l.line, l.kind]), [
      ['/w/network/0001-a.network', 5, 'reject'],
      ['/w/network/0001-a.network', 8, 'notice'],
      ['/w/network/0003-c.network', 11, 'reject'],
    ]);
    assert.deepEqual([...r.refused.keys()], ['/w/network/0002-b.netdev']);
    assert.equal(r.unattributed.length, 1);
    assert.equal(r.sentinelSeen, true);
  });

  it('leaves out what batching and the host cause, and notices a daemon killed too early', () => {
    const log = [
      'br0: Device was already configured by "/etc/systemd/network/0002-b.netdev", ignoring /etc/systemd/network/0001-a.network.',
      '/etc/systemd/network/0003-c.network: br0 NetDev could not be found, ignoring assignment.',
      '/etc/systemd/network/0003-c.network:5: Failed to store DNSStubListenerExtra=192.168.50.1, ignoring assignment: File exists',
      '/etc/systemd/network/0001-a.network:28: CtrlAltDelBurstAction= in user mode specified as "reboot-force", using "exit-force" instead.',
    ].join('\n');
    const r = parseOracleLog(log, CASES, SENTINEL);
    assert.deepEqual(r.lines, []);
    assert.equal(r.refused.size, 0);
    assert.equal(r.sentinelSeen, false);
  });
});

describe('mutants of the families\' files', () => {
  const text = '[Match]\nName=eth0\n\n[Network]\nDHCP=yes\nAddress=10.0.0.2/24\nMTUBytes=1500\n\n[DHCPv4]\nRouteMetric=100\n';

  it('are the same for the same seed, and change the file', () => {
    const draw = (seed: number) => {
      const random = seeded(seed);
      return Array.from({ length: 40 }, () => mutate(text, random));
    };
    assert.deepEqual(draw(7), draw(7));
    const made = draw(7).filter((m) => m !== undefined);
    assert.ok(made.length > 10, `only ${made.length} mutants of 40 draws`);
    for (const m of made) assert.notEqual(m?.text, text);
    assert.ok(new Set(made.map((m) => m?.kind)).size > 4);
  });

  it('make the commented defaults live, except empty ones', () => {
    assert.equal(uncommentDefaults('[Journal]\n#Storage=auto\n#SystemMaxUse=\n# A comment=not a key\n'), '[Journal]\nStorage=auto\n#SystemMaxUse=\n# A comment=not a key\n');
  });
});
