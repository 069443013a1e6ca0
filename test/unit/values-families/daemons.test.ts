// The daemons' configs and .nspawn: each value kind of the daemons group, judged as systemd 252's parsers
// read it, in what a user sees (message, severity, line).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';

interface Seen { line: number; severity: number | undefined; message: string }

function diagnose(uri: string, text: string, systemdVersion = 252): Seen[] {
  const a = analyze(uri, 1, text);
  assert.ok(a, `${uri} is analysed`);
  return computeDiagnostics(a, { systemdVersion }).map((d) => ({ line: d.range.start.line, severity: d.severity, message: typeof d.message === 'string' ? d.message : d.message.value }));
}

const FILES = {
  nspawn: ['file:///etc/systemd/nspawn/web.nspawn', 'Exec'],
  journald: ['file:///etc/systemd/journald.conf.d/10.conf', 'Journal'],
  logind: ['file:///etc/systemd/logind.conf.d/10.conf', 'Login'],
  resolved: ['file:///etc/systemd/resolved.conf.d/10.conf', 'Resolve'],
  oomd: ['file:///etc/systemd/oomd.conf.d/10.conf', 'OOM'],
  homed: ['file:///etc/systemd/homed.conf.d/10.conf', 'Home'],
  coredump: ['file:///etc/systemd/coredump.conf.d/10.conf', 'Coredump'],
  system: ['file:///etc/systemd/system.conf.d/10.conf', 'Manager'],
} as const;

/** The diagnostics of one `Key=value` line in its family's first section. */
function one(family: keyof typeof FILES, line: string, section: string = FILES[family][1]): Seen[] {
  return diagnose(FILES[family][0], `[${section}]\n${line}\n`).filter((d) => d.line === 1);
}

const ACCEPTED: [keyof typeof FILES, string, string?][] = [
  ['nspawn', 'Boot=yes'], ['nspawn', 'ProcessTwo=off'], ['nspawn', 'LinkJournal=try-guest'], ['nspawn', 'LinkJournal=no'],
  ['nspawn', 'KillSignal=SIGRTMIN+3'], ['nspawn', 'LimitNOFILE=1024:4096'], ['nspawn', 'OOMScoreAdjust=-500'],
  ['nspawn', 'MachineID=0123456789abcdef0123456789abcdef'], ['nspawn', 'MachineID=01234567-89ab-cdef-0123-456789abcdef'],
  ['nspawn', 'PrivateUsers=pick'], ['nspawn', 'PrivateUsers=identity'], ['nspawn', 'PrivateUsers=65536:65536'], ['nspawn', 'PrivateUsers=no'],
  ['nspawn', 'Port=tcp:8080:80', 'Network'], ['nspawn', 'Port=53', 'Network'], ['nspawn', 'Port=udp:5353:53', 'Network'],
  ['nspawn', 'BindUser=ann _svc-1', 'Files'],
  ['journald', 'Compress=yes'], ['journald', 'Compress=4K'], ['journald', 'LineMax=48K'],
  ['logind', 'NAutoVTs=6'], ['logind', 'RuntimeDirectorySize=10%'], ['logind', 'RuntimeDirectorySize=64M'], ['logind', 'StopIdleSessionSec=infinity'],
  ['resolved', 'DNSStubListenerExtra=192.168.10.10'], ['resolved', 'DNSStubListenerExtra=udp:10.0.0.1:9953'],
  ['resolved', 'DNSStubListenerExtra=[2001:db8::1]:53'], ['resolved', 'DNSStubListenerExtra=2001:db8::1'],
  ['oomd', 'SwapUsedLimit=90%'], ['oomd', 'DefaultMemoryPressureLimit=60.5%'], ['oomd', 'DefaultMemoryPressureDurationSec=30s'],
  ['homed', 'DefaultFileSystemType=btrfs'], ['coredump', 'ExternalSizeMax=infinity'], ['coredump', 'ExternalSizeMax=2G'],
  ['system', 'LogLevel=notice'], ['system', 'LogLevel=5'], ['system', 'LogTarget=journal-or-kmsg'], ['system', 'LogColor=no'],
  ['system', 'CrashChangeVT=5'], ['system', 'CrashChVT=yes'], ['system', 'ShowStatus=auto'], ['system', 'DefaultTasksMax=15%'],
  ['system', 'DefaultTasksMax=infinity'], ['system', 'RuntimeWatchdogSec=default'], ['system', 'RebootWatchdogSec=10min'],
  ['system', 'TimerSlackNSec=50us'], ['system', 'DefaultLimitNOFILE=1024:524288'], ['system', 'DefaultLimitCORE=infinity'],
  ['system', 'DefaultStandardOutput=journal+console'], ['system', 'CtrlAltDelBurstAction=reboot-force'],
  ['system', 'DefaultEnvironment=PATH=/bin "A=b c"'], ['system', 'DefaultOOMScoreAdjust=100'], ['system', 'DefaultTimeoutAbortSec=3min'],
];

const REFUSED: [keyof typeof FILES, string, RegExp, string?][] = [
  ['nspawn', 'Boot=maybe', /not a valid boolean|boolean/], ['nspawn', 'LinkJournal=try-guets', /LinkJournal=/],
  ['nspawn', 'LimitNOFILE=8192x', /not a resource limit: LimitNOFILE= takes a plain number/],
  ['nspawn', 'MachineID=1234', /not a 128-bit ID/], ['nspawn', 'PrivateUsers=maybe', /not a PrivateUsers= value/],
  ['nspawn', 'PrivateUsers=1000:0', /not a PrivateUsers= value/], ['nspawn', 'Port=5432x', /not a port mapping/, 'Network'],
  ['nspawn', 'BindUser=1', /not a user name nspawn can bind/, 'Files'],
  ['nspawn', 'Port=tcp:0', /not a port mapping/, 'Network'], ['nspawn', 'OOMScoreAdjust=1001', /out of range/],
  ['journald', 'Compress=maybe', /neither a boolean nor a byte size/], ['journald', 'LineMax=48Q', /not a byte size/],
  ['logind', 'NAutoVTs=6x', /not a whole number/], ['logind', 'NAutoVTs=16', /out of range: allowed 0 to 15/],
  ['logind', 'StopIdleSessionSec=1fortnights', /not a time span/],
  ['resolved', 'DNSStubListenerExtra=1', /not an address to listen on/], ['resolved', 'DNSStubListenerExtra=300.168.50.1', /not an address/],
  ['oomd', 'SwapUsedLimit=1', /not a percentage: SwapUsedLimit= takes a value from 0% to 100%/],
  ['oomd', 'DefaultMemoryPressureLimit=101%', /not a percentage/], ['oomd', 'DefaultMemoryPressureDurationSec=1fortnights', /not a time span/],
  ['homed', 'DefaultFileSystemType=brfs', /expected one of: ext4, btrfs, xfs/], ['coredump', 'ExternalSizeMax=2Q', /not a byte size/],
  ['system', 'LogLevel=noitce', /LogLevel=/], ['system', 'LogTarget=atuo', /LogTarget=/], ['system', 'LogLocation=maybe', /boolean/],
  ['system', 'ShowStatus=atuo', /ShowStatus=/], ['system', 'CrashChangeVT=64', /virtual terminal number from 1 to 63/],
  ['system', 'DefaultEnvironment=1', /./], ['system', 'DefaultTasksMax=0', /out of range/],
  ['system', 'RuntimeWatchdogSec=1fortnights', /default, or off/], ['system', 'TimerSlackNSec=5x', /not a time span/],
  ['system', 'DefaultLimitCPU=10x', /not a resource limit: DefaultLimitCPU= takes a time span/],
  ['system', 'DefaultStandardOutput=socket', /DefaultStandardOutput=/], ['system', 'CtrlAltDelBurstAction=reboott-force', /CtrlAltDelBurstAction=/],
];

describe('daemons group values (systemd 252)', () => {
  for (const [family, line, section] of ACCEPTED) {
    it(`accepts ${family}: ${line}`, () => assert.deepEqual(one(family, line, section), []));
  }
  for (const [family, line, expected, section] of REFUSED) {
    it(`refuses ${family}: ${line}`, () => {
      const seen = one(family, line, section);
      assert.equal(seen.length, 1, JSON.stringify(seen));
      assert.equal(seen[0].severity, 1, seen[0].message);
      assert.match(seen[0].message, expected);
    });
  }

  it('warns, without an error, where journald takes the value and says so', () => {
    const compress = one('journald', 'Compress=1');
    assert.equal(compress.length, 1);
    assert.equal(compress[0].severity, 2);
    assert.match(compress[0].message, /Compress=1 is ambiguous: journald reads it as yes/);
    const lineMax = one('journald', 'LineMax=50');
    assert.equal(lineMax[0]?.severity, 2);
    assert.match(lineMax[0].message, /raised to 79/);
  });

  it('knows which emergency actions 252 lacks', () => {
    assert.match(one('system', 'CtrlAltDelBurstAction=soft-reboot')[0]?.message ?? '', /needs systemd 254/);
    assert.deepEqual(diagnose(FILES.system[0], '[Manager]\nCtrlAltDelBurstAction=soft-reboot\n', 254), []);
  });

  it('reads DefaultCPUAccounting= as a boolean up to 256 and leaves it alone after', () => {
    assert.match(one('system', 'DefaultCPUAccounting=maybe')[0]?.message ?? '', /not a boolean: DefaultCPUAccounting= takes yes or no up to systemd 256/);
    assert.deepEqual(one('system', 'DefaultBlockIOAccounting=yes'), []);
    assert.equal(diagnose(FILES.system[0], '[Manager]\nDefaultCPUAccounting=maybe\n', 258).filter((d) => d.severity === 1).length, 0);
  });

  it('never judges a listening address it does not model', () => {
    for (const v of ['[::1]%lo:53#dns.example', '10.0.0.1%eth0', 'tcp:fe80::1%eth0']) assert.deepEqual(one('resolved', `DNSStubListenerExtra=${v}`), []);
  });
});
