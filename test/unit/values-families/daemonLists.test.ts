// .nspawn, system.conf and resolved.conf settings that take lists and mount specifications: each value
// below was read by systemd 252's own nspawn, user manager or resolved (test/agreement/families), and
// what it logged is what a user must see here: an error where it refuses, a warning where it drops a
// word without saying so, nothing where it takes the value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';

const FILES = {
  nspawn: 'file:///etc/systemd/nspawn/web.nspawn',
  system: 'file:///etc/systemd/system.conf.d/10.conf',
  resolved: 'file:///etc/systemd/resolved.conf.d/10.conf',
} as const;
type Family = keyof typeof FILES;

/** Severities (1 error, 2 warning) and messages of one `Key=value` line under [section]. */
function seen(family: Family, section: string, line: string, version = 252): { severity: number | undefined; message: string }[] {
  const a = analyze(FILES[family], 1, `[${section}]\n${line}\n`);
  assert.ok(a);
  return computeDiagnostics(a, { systemdVersion: version }).filter((d) => d.range.start.line === 1)
    .map((d) => ({ severity: d.severity, message: typeof d.message === 'string' ? d.message : d.message.value }));
}

const ACCEPTED: [Family, string, string][] = [
  ['nspawn', 'Exec', 'Capability=CAP_NET_ADMIN cap_sys_admin 12 63'], ['nspawn', 'Exec', 'Capability=all'],
  ['nspawn', 'Exec', 'DropCapability=CAP_SYS_MODULE'], ['nspawn', 'Exec', 'AmbientCapability=CAP_CHECKPOINT_RESTORE'],
  ['nspawn', 'Exec', 'CPUAffinity=0-3 8,9'], ['nspawn', 'Exec', 'SystemCallFilter=~@mount @obsolete ioprio_get'],
  ['nspawn', 'Files', 'Bind=/srv/data'], ['nspawn', 'Files', 'Bind=/srv/data:/data:rbind'], ['nspawn', 'Files', 'Bind=+/srv'],
  ['nspawn', 'Files', 'Bind=relative/source:/data'], ['nspawn', 'Files', 'Bind=:/scratch'], ['nspawn', 'Files', 'Bind=/srv/a\\:b:/x'],
  ['nspawn', 'Files', 'BindReadOnly=/etc/ssl:/etc/ssl:norbind'],
  ['nspawn', 'Files', 'Overlay=/a:/b:/c'], ['nspawn', 'Files', 'Overlay=a:b'], ['nspawn', 'Files', 'Overlay=/a::/c'],
  ['nspawn', 'Files', 'Overlay=+/a:+/b:/c'], ['nspawn', 'Files', 'OverlayReadOnly=/a:/b'],
  ['nspawn', 'Files', 'TemporaryFileSystem=/tmp:mode=0755'], ['nspawn', 'Files', 'TemporaryFileSystem=/run'],
  ['system', 'Manager', 'CapabilityBoundingSet=~CAP_SYS_ADMIN cap_kill'], ['system', 'Manager', 'CPUAffinity=0 2 4-7'],
  ['system', 'Manager', 'SystemCallArchitectures=native x86 "x86-64"'],
  ['resolved', 'Resolve', 'DNS=9.9.9.9#dns.quad9.net 2620:fe::fe [2001:db8::1]:53 1.1.1.1:853 ::1%lo#x 10.0.0.1%eth0'],
  ['resolved', 'Resolve', 'FallbackDNS=8.8.8.8'],
];

const REFUSED: [Family, string, string, RegExp][] = [
  ['nspawn', 'Exec', 'Capability=CAP_NET_ADMIN CAP_BAR', /'CAP_BAR' is not a capability: Capability= skips it/],
  ['nspawn', 'Exec', 'Capability=ALL', /'ALL' is not a capability/], ['nspawn', 'Exec', 'Capability=64', /'64' is not a capability/],
  ['nspawn', 'Exec', 'DropCapability=~CAP_NET_ADMIN', /not a capability/], ['nspawn', 'Exec', 'Capability="CAP_KILL"', /not a capability/],
  ['nspawn', 'Exec', 'CPUAffinity=3-1', /runs backwards/], ['nspawn', 'Exec', 'CPUAffinity=numa', /not an index or a range/],
  ['nspawn', 'Exec', 'CPUAffinity=8192', /beyond the highest index/],
  ['nspawn', 'Files', 'Bind=srv/data', /nspawn ignores Bind=srv\/data/], ['nspawn', 'Files', 'Bind=-/srv/data', /nspawn ignores/],
  ['nspawn', 'Files', 'Bind=/srv/data:data', /nspawn ignores/], ['nspawn', 'Files', 'Bind=/srv/data::rbind', /nspawn ignores/],
  ['nspawn', 'Files', 'Bind=/srv:"/data"', /nspawn ignores/], ['nspawn', 'Files', 'Bind=+srv', /nspawn ignores/],
  ['nspawn', 'Files', 'BindReadOnly=relative', /nspawn ignores BindReadOnly=/],
  ['nspawn', 'Files', 'Overlay=/a', /LOWER:UPPER/], ['nspawn', 'Files', 'Overlay=/a:/b:c', /nspawn ignores/],
  ['nspawn', 'Files', 'Overlay=/a:', /nspawn ignores/], ['nspawn', 'Files', 'Overlay=:/b:/c', /nspawn ignores/],
  ['nspawn', 'Files', 'Overlay=/a:/x:+b:/c', /nspawn ignores/], ['nspawn', 'Files', 'OverlayReadOnly=+a:/b', /nspawn ignores/],
  ['nspawn', 'Files', 'TemporaryFileSystem=tmp', /absolute PATH/], ['nspawn', 'Files', 'TemporaryFileSystem=-/tmp', /absolute PATH/],
  ['nspawn', 'Files', 'TemporaryFileSystem="/tmp x"', /absolute PATH/],
  ['system', 'Manager', 'CPUAffinity=1-x', /not an index or a range/], ['system', 'Manager', 'CPUAffinity=all', /not an index/],
  ['system', 'Manager', 'SystemCallArchitectures=native x86_64', /'x86_64' is not a valid SystemCallArchitectures= value/],
  ['resolved', 'Resolve', 'DNS=1.1.1.300', /'1.1.1.300' is not a DNS server/], ['resolved', 'Resolve', 'DNS=1.1.1.1 foo', /'foo' is not a DNS server/],
  ['resolved', 'Resolve', 'DNS=1.1.1.1:0', /not a DNS server/], ['resolved', 'Resolve', 'DNS=1.1.1.1:99999', /not a DNS server/],
  ['resolved', 'Resolve', 'DNS=[1.1.1.1]', /not a DNS server/], ['resolved', 'Resolve', 'FallbackDNS=1.1.1.1#', /not a DNS server/],
  ['resolved', 'Resolve', 'DNS=1.1.1.1%', /not a DNS server/],
];

const WARNED: [Family, string, string, RegExp][] = [
  ['system', 'Manager', 'CapabilityBoundingSet=CAP_NET_ADMIN CAP_FOO', /'CAP_FOO' is not a capability: systemd drops it from the set without a word/],
  ['system', 'Manager', 'CapabilityBoundingSet=cap_chown,cap_kill', /not a capability/],
  ['nspawn', 'Exec', 'SystemCallFilter=read bar', /'bar' is not a system call or group systemd 252 knows: nspawn skips it/],
  ['nspawn', 'Exec', 'SystemCallFilter=@foo', /'@foo'/], ['nspawn', 'Exec', 'SystemCallFilter=~open:EPERM', /'open:EPERM'/],
];

describe('list and mount values of .nspawn, system.conf and resolved.conf (systemd 252)', () => {
  for (const [family, section, line] of ACCEPTED) it(`accepts ${family}: ${line}`, () => assert.deepEqual(seen(family, section, line), []));
  for (const [family, section, line, expected] of REFUSED) {
    it(`refuses ${family}: ${line}`, () => {
      const found = seen(family, section, line);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0].severity, 1, found[0].message);
      assert.match(found[0].message, expected);
    });
  }
  for (const [family, section, line, expected] of WARNED) {
    it(`warns, without an error, on ${family}: ${line}`, () => {
      const found = seen(family, section, line);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0].severity, 2, found[0].message);
      assert.match(found[0].message, expected);
    });
  }

  it('reads a .network DNS= with the same rules, skipping only the bad word', () => {
    const a = analyze('file:///etc/systemd/network/20-lan.network', 1, '[Match]\nName=lan0\n[Network]\nDNS=192.0.2.53 300.1.1.1 [2001:db8::1]:853\n');
    assert.ok(a);
    const found = computeDiagnostics(a, { systemdVersion: 252 }).filter((d) => d.severity === 1);
    assert.deepEqual(found.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]), [[3, 15, 24]]);
  });

  it('leaves system.conf SystemCallArchitectures= alone where the newest releases call it obsolete', () => {
    assert.equal(seen('system', 'Manager', 'SystemCallArchitectures=foo', 258).filter((d) => d.severity === 1).length, 0);
  });
});
