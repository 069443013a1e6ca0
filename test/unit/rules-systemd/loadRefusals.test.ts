// The load-time refusals of every unit type: each case names the unit file, marks where the error
// goes (no marks: systemd loads it), and is checked against the machine's systemd-analyze verify too.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { mark } from '../../helpers/markers';
import { applyFix } from '../rules-supervisor/helpers';
import { diagnose, expectAt } from './helpers';

interface Case { code: string; name: string; text: string }

const long = (n: number, lead: string) => lead + 'a'.repeat(n - lead.length);

const CASES: Case[] = [
  // services
  { code: 'systemd/restart-force-with-oneshot', name: 'a.service', text: '[Service]\nType=oneshot\nExecStart=/bin/true\n<<RestartForceExitStatus>>=1\n' },
  { code: 'systemd/restart-force-with-oneshot', name: 'a.service', text: '[Service]\nType=oneshot\nExecStart=/bin/true\nRestartForceExitStatus=1\nRestartForceExitStatus=\n' },
  { code: 'systemd/restart-force-with-oneshot', name: 'a.service', text: '[Service]\nExecStart=/bin/true\nRestartForceExitStatus=1\n' },
  { code: 'systemd/pam-kill-mode', name: 'a.service', text: '[Service]\nExecStart=/bin/true\nPAMName=login\nKillMode=<<process>>\n' },
  { code: 'systemd/pam-kill-mode', name: 'a.service', text: '[Service]\nExecStart=/bin/true\nPAMName=login\nKillMode=mixed\n' },
  { code: 'systemd/pam-kill-mode', name: 'a.service', text: '[Service]\nExecStart=/bin/true\nPAMName=login\n' },
  { code: 'systemd/pam-kill-mode', name: 'a.socket', text: '[Socket]\nListenStream=/run/a.sock\nPAMName=login\nKillMode=<<mixed>>\n' },
  // sockets
  { code: 'systemd/socket-without-listen', name: 'a.socket', text: '[<<Socket>>]\nAccept=no\n' },
  { code: 'systemd/socket-without-listen', name: 'a.socket', text: '[<<Socket>>]\nListenStream=/run/a.sock\nListenFIFO=\n' },
  { code: 'systemd/socket-without-listen', name: 'a.socket', text: '[Socket]\nListenStream=\nListenFIFO=/run/a.fifo\n' },
  { code: 'systemd/accept-non-accepting', name: 'a.socket', text: '[Socket]\nAccept=<<yes>>\nListenStream=/run/a.sock\nListenDatagram=/run/b.sock\n' },
  { code: 'systemd/accept-non-accepting', name: 'a.socket', text: '[Socket]\nAccept=<<true>>\nListenFIFO=/run/a.fifo\n' },
  { code: 'systemd/accept-non-accepting', name: 'a.socket', text: '[Socket]\nAccept=<<yes>>\nListenUSBFunction=/run/usb\n' },
  { code: 'systemd/accept-non-accepting', name: 'a.socket', text: '[Socket]\nAccept=yes\nListenStream=/run/a.sock\nListenSequentialPacket=/run/b.sock\n' },
  { code: 'systemd/accept-non-accepting', name: 'a.socket', text: '[Socket]\nAccept=no\nListenDatagram=/run/b.sock\n' },
  { code: 'systemd/accept-max-connections', name: 'a.socket', text: '[Socket]\nAccept=yes\nListenStream=/run/a.sock\nMaxConnections=<<0>>\n' },
  { code: 'systemd/accept-max-connections', name: 'a.socket', text: '[Socket]\nAccept=no\nListenStream=/run/a.sock\nMaxConnections=0\n' },
  { code: 'systemd/accept-with-service', name: 'a.socket', text: '[Socket]\nAccept=yes\nListenStream=/run/a.sock\nService=<<other.service>>\n' },
  { code: 'systemd/accept-with-service', name: 'a.socket', text: '[Socket]\nAccept=no\nListenStream=/run/a.sock\nService=other.service\n' },
  { code: 'systemd/symlinks-without-one-path', name: 'a.socket', text: '[Socket]\nListenStream=/run/a.sock\nListenFIFO=/run/a.fifo\n<<Symlinks>>=/run/link\n' },
  { code: 'systemd/symlinks-without-one-path', name: 'a.socket', text: '[Socket]\nListenStream=8080\n<<Symlinks>>=/run/link\n' },
  { code: 'systemd/symlinks-without-one-path', name: 'a.socket', text: '[Socket]\nListenStream=8080\nListenFIFO=/run/a.fifo\nSymlinks=/run/link\n' },
  { code: 'systemd/socket-path-too-long', name: 'a.socket', text: `[Socket]\nListenStream=<<${long(108, '/run/')}>>\nListenStream=8080\n` },
  { code: 'systemd/socket-path-too-long', name: 'a.socket', text: `[Socket]\nListenStream=${long(107, '/run/')}\n` },
  { code: 'systemd/socket-path-too-long', name: 'a.socket', text: `[Socket]\nListenDatagram=<<${long(108, '@')}>>\nListenStream=8080\n` },
  { code: 'systemd/socket-path-too-long', name: 'a.socket', text: `[Socket]\nListenSequentialPacket=${long(107, '@')}\n` },
  { code: 'systemd/socket-path-too-long', name: 'a.socket', text: `[Socket]\nListenSequentialPacket=<<${long(106, '/run/')}éé>>\nListenStream=8080\n` },
  // mounts, automounts, swaps
  { code: 'systemd/name-path-mismatch', name: 'mnt-data.mount', text: '[Mount]\nWhat=/dev/sda1\nWhere=<</mnt/other>>\n' },
  { code: 'systemd/name-path-mismatch', name: 'mnt-data.mount', text: '[Mount]\nWhat=/dev/sda1\nWhere=//mnt//data/\n' },
  { code: 'systemd/name-path-mismatch', name: 'mnt-a-b.mount', text: '[Mount]\nWhat=/dev/sda1\nWhere=<</mnt/a-b>>\n' },
  { code: 'systemd/name-path-mismatch', name: 'mnt-a\\x2db.mount', text: '[Mount]\nWhat=/dev/sda1\nWhere=/mnt/a-b\n' },
  { code: 'systemd/name-path-mismatch', name: 'mnt-data.mount', text: '[Mount]\nWhat=/dev/sda1\nWhere=/mnt/x/../other\n' },
  { code: 'systemd/name-path-mismatch', name: 'mnt-data.automount', text: '[Automount]\nWhere=<</srv/data>>\n' },
  { code: 'systemd/name-path-mismatch', name: 'dev-sda2.swap', text: '[Swap]\nWhat=<</dev/sdb>>\n' },
  { code: 'systemd/name-path-mismatch', name: 'dev-sda2.swap', text: '[Swap]\nPriority=1\n' },
  { code: 'systemd/mount-without-what', name: 'mnt-data.mount', text: '[<<Mount>>]\nWhere=/mnt/data\n' },
  { code: 'systemd/mount-without-what', name: 'mnt-data.mount', text: '[<<Mount>>]\nWhat=\n' },
  { code: 'systemd/api-mount-point', name: 'proc.mount', text: '[Mount]\nWhat=proc\nWhere=<</proc>>\n' },
  { code: 'systemd/api-mount-point', name: 'sys-fs-cgroup-x.mount', text: '[<<Mount>>]\nWhat=cgroup2\n' },
  { code: 'systemd/api-mount-point', name: 'sys-kernel-debug.mount', text: '[Mount]\nWhat=debugfs\nWhere=/sys/kernel/debug\n' },
  { code: 'systemd/automount-reserved-option', name: 'mnt-data.automount', text: '[Automount]\nExtraOptions=ro,<<fd=3>>\n' },
  { code: 'systemd/automount-reserved-option', name: 'mnt-data.automount', text: '[Automount]\nExtraOptions=nofd\n' },
  // any unit: isolate with several units to start
  { code: 'systemd/isolate-several-units', name: 'a.service', text: '[Unit]\nOnFailure=x1.service x2.service\nOnFailureJobMode=<<isolate>>\n[Service]\nExecStart=/bin/true\n' },
  { code: 'systemd/isolate-several-units', name: 'a.service', text: '[Unit]\nOnFailure=x1.service\nOnFailure=x2.service\nOnFailureIsolate=<<yes>>\n[Service]\nExecStart=/bin/true\n' },
  { code: 'systemd/isolate-several-units', name: 'a.service', text: '[Unit]\nOnFailure=x1.service x1.service\nOnFailureJobMode=isolate\n[Service]\nExecStart=/bin/true\n' },
  { code: 'systemd/isolate-several-units', name: 'a.service', text: '[Unit]\nOnFailure=x1.service x2.service\nOnFailureJobMode=isolate\nOnFailureIsolate=no\n[Service]\nExecStart=/bin/true\n' },
  { code: 'systemd/isolate-several-units', name: 'a.target', text: '[Unit]\nOnSuccess=x1.service x2.service\nOnSuccessJobMode=<<isolate>>\n' },
  // slices and devices cannot fail: systemd ignores their OnFailure= units, but not OnSuccess=
  { code: 'systemd/isolate-several-units', name: 'a.slice', text: '[Unit]\nOnFailure=x1.service x2.service\nOnFailureJobMode=isolate\n' },
  { code: 'systemd/isolate-several-units', name: 'a.slice', text: '[Unit]\nOnSuccess=x1.service x2.service\nOnSuccessJobMode=<<isolate>>\n' },
  // timers, paths, slices
  { code: 'systemd/timer-without-time', name: 'a.timer', text: '[<<Timer>>]\nUnit=a.service\n' },
  { code: 'systemd/timer-without-time', name: 'a.timer', text: '[<<Timer>>]\nOnCalendar=daily\nOnBootSec=\n' },
  { code: 'systemd/timer-without-time', name: 'a.timer', text: '[Timer]\nOnTimezoneChange=yes\n' },
  { code: 'systemd/path-without-path', name: 'a.path', text: '[<<Path>>]\nMakeDirectory=yes\n' },
  { code: 'systemd/path-without-path', name: 'a.path', text: '[Path]\nPathChanged=\nDirectoryNotEmpty=/srv/in\n' },
  // a line systemd cannot parse is ignored, so it does not count
  { code: 'systemd/timer-without-time', name: 'a.timer', text: '[<<Timer>>]\nOnCalendar=every day\n' },
  { code: 'systemd/path-without-path', name: 'a.path', text: '[<<Path>>]\nDirectoryNotEmpty=run/inbox\n' },
  { code: 'systemd/socket-without-listen', name: 'a.socket', text: `[<<Socket>>]\nListenStream=${long(110, '/run/')}\n` },
  { code: 'systemd/missing-execstart', name: 'a.service', text: '[Unit]\nSuccessAction=reboot-soon\n[<<Service>>]\nType=oneshot\n' },
  { code: 'systemd/accept-with-service', name: 'a.socket', text: '[Socket]\nAccept=yes\nListenStream=/run/a.sock\nService=other.socket\n' },
  // a service without [Service] is still checked; a comment-only file too (only a zero-byte file is masked)
  { code: 'systemd/missing-execstart', name: 'a.service', text: '[<<Unit>>]\nSuccessAction=reboot-soon\n' },
  { code: 'systemd/missing-execstart', name: 'a.service', text: '[Unit]\nSuccessAction=reboot-force\n' },
  { code: 'systemd/missing-execstart', name: 'a.service', text: '<<>># nothing here\n' },
  { code: 'systemd/invalid-slice-name', name: 'a--b.slice', text: '[<<Slice>>]\nCPUWeight=10\n' },
  { code: 'systemd/invalid-slice-name', name: 'a-.slice', text: '[<<Slice>>]\nCPUWeight=10\n' },
  { code: 'systemd/invalid-slice-name', name: 'a-b.slice', text: '[Slice]\nCPUWeight=10\n' },
];

describe('load-time refusals of every unit type', () => {
  for (const c of CASES) {
    it(`${c.code} on ${c.name}: ${JSON.stringify(mark(c.text).text).slice(0, 70)}`, () => {
      expectAt(c.code, c.text, `/etc/systemd/system/${c.name}`);
    });
  }

  it('points at the lines that take part', () => {
    const [d] = expectAt('systemd/accept-non-accepting', '[Socket]\nAccept=<<yes>>\nListenDatagram=/run/b.sock\nListenFIFO=/run/f\n', '/etc/systemd/system/a.socket');
    assert.deepEqual(d.relatedInformation?.map((r) => r.location.range.start.line), [2, 3]);
    assert.equal(d.relatedInformation?.[0].location.uri, 'file:///etc/systemd/system/a.socket');
  });

  it('offers the path the mount unit is named after', () => {
    const text = '[Mount]\nWhat=/dev/sda1\nWhere=/mnt/other\n';
    const [d] = expectAt('systemd/name-path-mismatch', '[Mount]\nWhat=/dev/sda1\nWhere=<</mnt/other>>\n', '/etc/systemd/system/mnt-a\\x2db.mount');
    assert.equal(applyFix(text, d, 0), '[Mount]\nWhat=/dev/sda1\nWhere=/mnt/a-b\n');
  });

  it('points at the lines systemd ignores when nothing is left', () => {
    const [d] = expectAt('systemd/timer-without-time', '[<<Timer>>]\nOnCalendar=every day\nOnBootSec=soon\n', '/etc/systemd/system/a.timer');
    assert.deepEqual(d.relatedInformation?.map((r) => r.location.range.start.line), [1, 2]);
  });

  it('leaves drop-ins to the unit they extend', () => {
    expectAt('systemd/timer-without-time', '[Timer]\nPersistent=yes\n', '/etc/systemd/system/a.timer.d/o.conf');
    expectAt('systemd/socket-without-listen', '[Socket]\nBacklog=5\n', '/etc/systemd/system/a.socket.d/o.conf');
  });

  it('agrees with systemd-analyze verify on every case', (t) => {
    try { execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' }); } catch { t.skip('systemd-analyze is not installed'); return; }
    const complaint = /Refusing|not loading|bad unit file setting|failed to load properly|Failed to parse|may not contain/;
    for (const c of CASES) {
      const { text, ranges } = mark(c.text);
      const dir = mkdtempSync(join(tmpdir(), 'dc-'));
      try {
        const file = join(dir, c.name);
        writeFileSync(file, text);
        const run = spawnSync('systemd-analyze', ['verify', '--man=no', file], { encoding: 'utf8' });
        const output = `${run.stdout}${run.stderr}`;
        assert.equal(complaint.test(output), ranges.length > 0, `${c.name}:\n${text}\nsystemd says:\n${output}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe('sections systemd skips', () => {
  it('reports the header once and none of the lines inside', () => {
    const found = diagnose('[Service]\nExecStart=/bin/true\n[Socket]\nListenStream=/run/x\nFoo=bar\nAccept=maybe\n');
    assert.deepEqual(found.filter((d) => d.severity === 1).map((d) => `${d.range.start.line}:${String(d.code)}`), ['2:systemd/unknown-section']);
  });
  it('does so for unknown sections too, but not for X- sections', () => {
    const found = diagnose('[Service]\nExecStart=/bin/true\n[Servce]\nExecStrt=/bin/true\nRestart=sometimes\n');
    assert.deepEqual(found.filter((d) => d.severity === 1).map((d) => d.range.start.line), [2]);
    assert.deepEqual(diagnose('[Service]\nExecStart=/bin/true\n[X-Mine]\nAnything=goes\n').filter((d) => d.severity === 1), []);
  });
  it('still reports a wrong key in a section the unit reads', () => {
    expectAt('systemd/unknown-directive', '[Service]\nExecStart=/bin/true\n<<Foo>>=bar\n');
  });
});
