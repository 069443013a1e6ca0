// The exposure score on hand-written units. The expected figures are what systemd-analyze security
// --offline=yes of systemd 252 printed for the same files (test/agreement/security compares the two
// on hundreds of real units and mutants).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeUnit } from '../../../server/src/features/dropins/merge';
import { parse } from '../../../server/src/parse';
import { assessService, exposureLabel, formatExposure, settingsOfMerge, type ExposureReport } from '../../../server/src/security';

function score(unit: string, name = 'app.service', dropIns: string[] = []): ExposureReport {
  const files = [unit, ...dropIns].map((text, i) => ({ path: `/x/${i}`, role: i === 0 ? 'unit' as const : 'drop-in' as const, doc: parse(text, 'systemd') }));
  return assessService(settingsOfMerge(mergeUnit(files), name, 'system'));
}

const badness = (r: ExposureReport, id: string) => r.checks.find((c) => c.assessor.id === id)?.badness;

const SAFE = `[Service]
ExecStart=/bin/true
NoNewPrivileges=yes
PrivateTmp=yes
ProtectSystem=strict
StateDirectory=app
ProtectHome=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
RestrictSUIDSGID=yes
RestrictRealtime=yes
RestrictNamespaces=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
PrivateDevices=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6
CapabilityBoundingSet=
PrivateUsers=yes
ProtectProc=invisible
ProcSubset=pid
UMask=0077
`;

describe('exposure score', () => {
  it('scores a bare service 9.6 UNSAFE, as systemd does', () => {
    const r = score('[Service]\nExecStart=/bin/true\n');
    assert.equal(formatExposure(r.exposure), '9.6');
    assert.equal(r.label, 'UNSAFE');
    assert.equal(r.checks.length, 81);
    assert.equal(badness(r, 'User=/DynamicUser='), 10);
    assert.equal(badness(r, 'SupplementaryGroups='), null, 'does not apply to root');
    assert.equal(badness(r, 'UMask='), 5, 'the default 0022 lets anyone read');
    assert.equal(badness(r, 'KeyringMode='), 0, 'a system service has a private keyring by default');
  });

  it('counts what DynamicUser= turns on (8.4)', () => {
    const r = score('[Service]\nExecStart=/bin/true\nDynamicUser=yes\n');
    assert.equal(r.exposure, 84);
    for (const id of ['PrivateTmp=', 'NoNewPrivileges=', 'RestrictSUIDSGID=', 'RemoveIPC=', 'User=/DynamicUser=', 'ProtectSystem=']) assert.equal(badness(r, id), 0, id);
    assert.equal(badness(r, 'ProtectHome='), 5, 'read-only home folders');
  });

  it('gives nobody 9 of 10 (9.5)', () => {
    const r = score('[Service]\nExecStart=/bin/true\nUser=nobody\n');
    assert.equal(r.exposure, 95);
    assert.equal(badness(r, 'User=/DynamicUser='), 9);
  });

  it('leaves out the file system checks of a unit without default dependencies (9.2)', () => {
    const r = score('[Unit]\nDefaultDependencies=no\n[Service]\nExecStart=/bin/true\nUser=app\nSupplementaryGroups=adm\n');
    assert.equal(r.exposure, 92);
    for (const id of ['PrivateTmp=', 'ProtectHome=', 'ProtectSystem=', 'RootDirectory=/RootImage=']) assert.equal(badness(r, id), null, id);
    assert.equal(badness(r, 'SupplementaryGroups='), 1);
  });

  it('judges system call groups against an allow list with a deny list merged in (7.8)', () => {
    const r = score('[Service]\nExecStart=/bin/true\nSystemCallFilter=@system-service\nSystemCallFilter=~@privileged @resources\nSystemCallArchitectures=native\n');
    assert.equal(r.exposure, 78);
    assert.equal(badness(r, 'SystemCallFilter=~@privileged'), 0);
    assert.equal(badness(r, 'SystemCallFilter=~@mount'), 0);
    assert.equal(badness(r, 'SystemCallArchitectures='), 0);
    assert.equal(badness(r, 'SystemCallFilter=~@clock'), 0, '@system-service lets no clock-setting call through');
  });

  it('merges capabilities, families, namespaces and IP lists as systemd does (6.0)', () => {
    const r = score(['[Service]', 'ExecStart=/bin/true', 'CapabilityBoundingSet=CAP_NET_BIND_SERVICE', 'CapabilityBoundingSet=~CAP_NET_BIND_SERVICE',
      'PrivateDevices=yes', 'ProtectClock=yes', 'RestrictAddressFamilies=~AF_INET', 'RestrictNamespaces=~user', 'IPAddressDeny=any',
      'IPAddressAllow=localhost', 'UMask=0077', ''].join('\n'));
    assert.equal(r.exposure, 60);
    assert.equal(badness(r, 'CapabilityBoundingSet=~CAP_SYS_ADMIN'), 0, 'the ~ list after a list takes the named one out, leaving none');
    assert.equal(badness(r, 'RestrictAddressFamilies=~AF_(INET|INET6)'), 0, 'a deny list naming AF_INET counts for the group');
    assert.equal(badness(r, 'RestrictAddressFamilies=~AF_UNIX'), 1);
    assert.equal(badness(r, 'RestrictNamespaces=~user'), 0);
    assert.equal(badness(r, 'RestrictNamespaces=~net'), 1);
    assert.equal(badness(r, 'IPAddressDeny='), 2, 'localhost only');
    assert.equal(badness(r, 'DeviceAllow='), 5, 'PrivateDevices= closes the policy and ProtectClock= adds char-rtc');
  });

  it('scores the safe set 1.6 OK', () => {
    const r = score(SAFE);
    assert.equal(r.exposure, 16);
    assert.equal(r.label, 'OK');
  });

  it('reads a drop-in after the unit, and an empty value resets', () => {
    const r = score('[Service]\nExecStart=/bin/true\nProtectSystem=strict\nSystemCallFilter=~@mount\n', 'app.service', ['[Service]\nProtectSystem=no\nSystemCallFilter=\n']);
    assert.equal(badness(r, 'ProtectSystem='), 10);
    assert.equal(badness(r, 'SystemCallFilter=~@mount'), 10, 'the filter was reset: nothing is filtered');
  });

  it('ignores values systemd ignores', () => {
    const r = score('[Service]\nExecStart=/bin/true\nProtectSystem=strict\nProtectSystem=bogus\nRestrictNamespaces=yes\nRestrictNamespaces=bogus\n');
    assert.equal(badness(r, 'ProtectSystem='), 0);
    assert.equal(badness(r, 'RestrictNamespaces=~user'), 0);
  });

  it('names the bands as systemd does', () => {
    assert.deepEqual([0, 1, 9, 10, 49, 50, 74, 75, 89, 90, 99, 100].map(exposureLabel),
      ['PERFECT', 'SAFE', 'SAFE', 'OK', 'OK', 'MEDIUM', 'MEDIUM', 'EXPOSED', 'EXPOSED', 'UNSAFE', 'UNSAFE', 'DANGEROUS']);
  });
});
