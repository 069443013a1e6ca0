import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyFix } from '../rules-supervisor/helpers';
import { diagnose, expectAt } from './helpers';

describe('systemd/restart-with-oneshot', () => {
  it('refuses Restart=always and on-success with Type=oneshot', () => {
    expectAt('systemd/restart-with-oneshot', '[Service]\nType=oneshot\nRestart=<<always>>\nExecStart=/bin/true\n');
    expectAt('systemd/restart-with-oneshot', '[Service]\nType=oneshot\nRestart=on-failure\nExecStart=/bin/true\n');
  });
  it('uses the older, stricter check before systemd 244', () => {
    expectAt('systemd/restart-with-oneshot', '[Service]\nType=oneshot\nRestart=<<on-failure>>\nExecStart=/bin/true\n', undefined, 240);
  });
});

describe('systemd/several-execstart', () => {
  it('refuses several ExecStart= outside oneshot', () => {
    expectAt('systemd/several-execstart', '[Service]\nExecStart=/bin/a\n<<ExecStart>>=/bin/b\n');
    expectAt('systemd/several-execstart', '[Service]\nType=oneshot\nExecStart=/bin/a\nExecStart=/bin/b\n');
  });
  it('counts only the commands after an empty ExecStart=', () => {
    expectAt('systemd/several-execstart', '[Service]\nExecStart=/bin/a\nExecStart=\nExecStart=/bin/b\n');
  });
  it('leaves drop-ins alone', () => {
    expectAt('systemd/several-execstart', '[Service]\nExecStart=/bin/a\nExecStart=/bin/b\n', '/etc/systemd/system/app.service.d/o.conf');
  });
});

describe('systemd/missing-execstart', () => {
  it('refuses a service with nothing to run', () => {
    expectAt('systemd/missing-execstart', '[<<Service>>]\nUser=x\n');
  });
  it('refuses a non-oneshot type without ExecStart=', () => {
    expectAt('systemd/missing-execstart', '[<<Service>>]\nType=simple\nExecStop=/bin/true\n');
  });
  it('needs RemainAfterExit=yes for a oneshot with only ExecStop=', () => {
    expectAt('systemd/missing-execstart', '[<<Service>>]\nExecStop=/bin/true\n');
    expectAt('systemd/missing-execstart', '[Service]\nExecStop=/bin/true\nRemainAfterExit=yes\n');
  });
  it('accepts SuccessAction= instead of commands', () => {
    expectAt('systemd/missing-execstart', '[Unit]\nSuccessAction=exit\n[Service]\nType=oneshot\nRemainAfterExit=no\n');
  });
});

describe('systemd/dbus-without-busname and exit-type-with-oneshot', () => {
  it('refuses Type=dbus without BusName=', () => {
    expectAt('systemd/dbus-without-busname', '[Service]\nType=<<dbus>>\nExecStart=/bin/true\n');
  });
  it('refuses ExitType=cgroup with oneshot', () => {
    expectAt('systemd/exit-type-with-oneshot', '[Service]\nType=oneshot\nExitType=<<cgroup>>\nExecStart=/bin/true\n');
  });
});

describe('systemd/missing-execstart quick fixes', () => {
  const fixesOf = (d: Diagnostic) => ((d.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? []).map((f) => f.title);
  const missing = (text: string) => diagnose(text).filter((d) => d.code === 'systemd/missing-execstart');

  // Each case: the unit, the fixes offered, and what the first fix writes.
  const CASES: [string, string[], string][] = [
    ['[Service]\nUser=app\n', ['Add ExecStart='], '[Service]\nUser=app\nExecStart=/path/to/program\n'],
    ['[Service]\nType=oneshot\nRemainAfterExit=yes\n', ['Add ExecStart='], '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/path/to/program\n'],
    ['[Service]\nType=simple\nExecStop=/bin/true\n', ['Add ExecStart=', 'Change to Type=oneshot with RemainAfterExit=yes'],
      '[Service]\nType=simple\nExecStop=/bin/true\nExecStart=/path/to/program\n'],
    ['[Service]\nType=simple\nExecStop=/bin/true\nRemainAfterExit=yes\n', ['Add ExecStart=', 'Change to Type=oneshot'],
      '[Service]\nType=simple\nExecStop=/bin/true\nRemainAfterExit=yes\nExecStart=/path/to/program\n'],
    ['[Service]\nExecStop=/bin/true\n', ['Set RemainAfterExit=yes', 'Add ExecStart='], '[Service]\nExecStop=/bin/true\nRemainAfterExit=yes\n'],
    ['[Service]\nExecStop=/bin/true\nRemainAfterExit=no\n', ['Set RemainAfterExit=yes', 'Add ExecStart='], '[Service]\nExecStop=/bin/true\nRemainAfterExit=yes\n'],
  ];

  it('offers the fixes that make the unit load, and each one clears the error', () => {
    for (const [text, titles, first] of CASES) {
      const [d] = missing(text);
      assert.deepEqual(d.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 8 } }, `on the [Service] header:\n${text}`);
      assert.deepEqual(fixesOf(d), titles, text);
      assert.equal(applyFix(text, d, 0), first);
      titles.forEach((_, i) => assert.deepEqual(missing(applyFix(text, d, i)), [], `${titles[i]} on:\n${text}`));
    }
  });

  it('agrees with systemd-analyze verify: the unit is refused before each fix and loads after it', (t) => {
    try { execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' }); } catch { t.skip('systemd-analyze is not installed'); return; }
    const dir = mkdtempSync(join(tmpdir(), 'dc-'));
    const refused = (text: string): boolean => {
      const file = join(dir, 'probe.service');
      writeFileSync(file, text);
      let output = '';
      try { execFileSync('systemd-analyze', ['verify', '--man=no', file], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) {
        output = String((e as { stderr?: string }).stderr ?? '');
      }
      return /Refusing\./.test(output);
    };
    try {
      for (const [text, titles] of CASES) {
        assert.ok(refused(text), `systemd refuses:\n${text}`);
        const [d] = missing(text);
        titles.forEach((title, i) => assert.ok(!refused(applyFix(text, d, i)), `${title} makes systemd load:\n${applyFix(text, d, i)}`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
