// networkd, nspawn and the daemons' configs: classified to their family's support, checked against their
// own generated tables by the generic rules, and kept out of every unit-only rule and feature.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { dialectSupport } from '../../server/src/dialects';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { findDirective, findSection } from '../../server/src/schema/lookup';
import { FAMILY_SCHEMA_IDS, familySchema } from '../../server/src/schema/families';

const check = (uri: string, text: string, systemdVersion = 256) => {
  const a = analyze(uri, 1, text);
  assert.ok(a, `${uri} is analysed`);
  return computeDiagnostics(a, { systemdVersion }).map((d) => `${String(d.code)}@${d.range.start.line}`);
};

const VALID: [string, string][] = [
  ['file:///etc/systemd/journald.conf', '[Journal]\nStorage=persistent\nCompress=yes\nSystemMaxUse=500M\nMaxRetentionSec=1month\nMaxLevelStore=info\n'],
  ['file:///etc/systemd/logind.conf.d/lid.conf', '[Login]\nHandleLidSwitch=suspend\nKillUserProcesses=no\nIdleActionSec=30min\n'],
  ['file:///etc/systemd/resolved.conf', '[Resolve]\nDNS=1.1.1.1 9.9.9.9\nDNSSEC=allow-downgrade\nDNSOverTLS=opportunistic\nCache=no-negative\n'],
  ['file:///etc/systemd/timesyncd.conf', '[Time]\nNTP=0.pool.ntp.org\nPollIntervalMaxSec=2048\n'],
  ['file:///etc/systemd/system.conf', '[Manager]\nDefaultTimeoutStopSec=20s\nLogLevel=info\n'],
  ['file:///home/ann/.config/systemd/user.conf', '[Manager]\nDefaultTimeoutStopSec=20s\n'],
  ['file:///etc/systemd/network/10-eth.network', '[Match]\nName=eth0\n\n[Network]\nDHCP=yes\nAddress=192.168.1.5/24\nDNS=1.1.1.1\n\n[Address]\nAddress=10.0.0.2/24\n\n[Route]\nGateway=10.0.0.1\n'],
  ['file:///etc/systemd/network/25-br0.netdev', '[NetDev]\nName=br0\nKind=bridge\n\n[Bridge]\nSTP=yes\n'],
  ['file:///etc/systemd/network/10-wan.link', '[Match]\nMACAddress=00:11:22:33:44:55\n\n[Link]\nName=wan0\nMTUBytes=9000\n'],
  ['file:///etc/systemd/nspawn/web.nspawn', '[Exec]\nBoot=yes\n\n[Network]\nVirtualEthernet=yes\n\n[Files]\nBind=/srv/web\n'],
];

describe('systemd families with a schema', () => {
  it('gives each family file its own schema and no unit kind', () => {
    const sections: [string, string][] = [
      ['file:///etc/systemd/journald.conf', 'Journal'], ['file:///etc/systemd/journald.conf.d/10-size.conf', 'Journal'],
      ['file:///etc/systemd/network/a.network', 'Network'], ['file:///etc/systemd/network/a.network.d/mtu.conf', 'Network'],
      ['file:///etc/systemd/network/a.netdev', 'NetDev'], ['file:///usr/lib/systemd/network/99-default.link', 'Link'],
      ['file:///var/lib/machines/x.nspawn', 'Exec'], ['file:///etc/systemd/user.conf', 'Manager'], ['file:///etc/systemd/sleep.conf', 'Sleep'],
    ];
    for (const [uri, section] of sections) {
      const a = analyze(uri, 1, '');
      assert.ok(a && a.kind.dialect === 'systemd' && a.kind.family !== undefined, uri);
      assert.equal(a.kind.unitType, undefined);
      assert.ok(findSection(a.support.schema, section), `${uri} has [${section}]`);
      assert.equal(findSection(a.support.schema, 'Service'), undefined, `${uri} has no [Service]`);
    }
    const unit = analyze('file:///etc/systemd/system/web.service', 1, '[Service]\nExecStart=/bin/true\n');
    assert.ok(unit && unit.kind.dialect === 'systemd' && unit.kind.family === undefined);
    assert.equal(unit.support, dialectSupport('systemd'));
    // Quadlet brings its own schema per file type (schema/quadlet/support.ts).
    const quadlet = analyze('file:///etc/containers/systemd/web.container', 1, '[Container]\nImage=x\n');
    assert.ok(quadlet && quadlet.kind.dialect === 'systemd' && quadlet.kind.family === 'quadlet' && quadlet.kind.familyType === 'container');
    assert.ok(findSection(quadlet.support.schema, 'Container') && findSection(quadlet.support.schema, 'Service'));
    assert.equal(findSection(quadlet.support.schema, 'Volume'), undefined);
  });

  it('reads keys, parsers and versions from the generated tables', () => {
    const journald = familySchema('journald');
    const storage = findDirective(journald, 'Storage', 'Journal');
    assert.deepEqual(storage?.value.values?.map((v) => v.name), ['auto', 'volatile', 'persistent', 'none']);
    assert.equal(findDirective(journald, 'SystemMaxUse', 'Journal')?.value.kind, 'bytes');
    assert.equal(findDirective(journald, 'ForwardToSocket', 'Journal')?.placements[0].since, 256);
    assert.match(storage?.manual ?? '', /journald\.conf\.html#Storage=$/);
    const network = familySchema('network');
    assert.equal(findDirective(network, 'IPv6PrivacyExtensions', 'Network')?.value.kind, 'enum');
    assert.ok(findDirective(network, 'Gateway', 'Route'));
    for (const id of FAMILY_SCHEMA_IDS) assert.ok(familySchema(id).directives.length > 0, id);
  });

  it('gives a valid file of each family no diagnostic', () => {
    for (const [uri, text] of VALID) assert.deepEqual(check(uri, text), [], uri);
  });

  it('reports a bad value, a misspelt key and a stray section, and no unit rule', () => {
    assert.deepEqual(check('file:///etc/systemd/journald.conf', '[Journal]\nStorage=volatil\nCompres=yes\n'),
      ['systemd/invalid-value@1', 'systemd/unknown-directive@2']);
    assert.deepEqual(check('file:///etc/systemd/network/a.network', '[Match]\nName=eth0\n[Network]\nAdress=10.0.0.1/24\n[Install]\nWantedBy=multi-user.target\n'),
      ['systemd/unknown-directive@3', 'systemd/unknown-section@4']);
    // A key of another section: moved, as in units.
    assert.deepEqual(check('file:///etc/systemd/network/a.network', '[Match]\nDHCP=yes\n'), ['systemd/wrong-section@1']);
    // `%` is literal in these files: no specifier check. (An interface name refuses it, as networkd does.)
    assert.deepEqual(check('file:///etc/systemd/network/a.network', '[Network]\nDescription=eth%q\n'), []);
    assert.deepEqual(check('file:///etc/systemd/network/a.network', '[Match]\nName=eth%q\n'), ['systemd/invalid-value@1']);
  });

  it('applies the target systemd release', () => {
    const text = '[Journal]\nForwardToSocket=/run/log.sock\n';
    assert.deepEqual(check('file:///etc/systemd/journald.conf', text, 252), ['systemd/newer-than-target@1']);
    assert.deepEqual(check('file:///etc/systemd/journald.conf', text, 256), []);
  });

  it('says when the family was guessed from the content', () => {
    assert.deepEqual(check('file:///srv/conf/journal.conf', '[Journal]\nStorage=auto\n'), ['systemd/family-assumed@0']);
  });
});
