// The "safe set" code action on a real systemd: a small service that writes under /run, with the
// hardening lines the action adds (ProtectSystem=strict and the RuntimeDirectory= that keeps its
// folder writable among them), still starts, keeps running and does its work; and systemd applies
// the sandboxing (PID 1 of private namespaces, test/helpers/systemdSandbox.ts).
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { securityActions } from '../../../server/src/features/securityEditor';
import { english } from '../../../server/src/l10n/translator';
import { sandboxSkipReason, startSandbox, type SystemdSandbox } from '../../helpers/systemdSandbox';
import { waitFor } from './waitFor';

const skip = sandboxSkipReason() ?? false;
const UNIT = 'dc-harden.service';
const URI = `file:///etc/systemd/system/${UNIT}`;
const TEXT = [
  '[Unit]', 'Description=daemon-config hardening test',
  '[Service]', "ExecStart=/bin/sh -c 'while :; do date > /run/dc-harden/stamp; sleep 1; done'",
  '[Install]', 'WantedBy=multi-user.target', '',
].join('\n');

function withSafeSet(text: string): { text: string; added: string } {
  const a = analyze(URI, 0, text, 'systemd-unit', 'system');
  assert.ok(a);
  const safe = securityActions(a, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, undefined, english)[0];
  assert.match(safe?.title ?? '', /^Add the safe set/);
  const [edit] = (safe?.edit?.changes?.[URI] ?? []) as TextEdit[];
  assert.ok(edit && edit.range.start.line === edit.range.end.line && edit.range.start.character === 0);
  const lines = text.split('\n');
  lines.splice(edit.range.start.line, 0, ...edit.newText.replace(/\n$/, '').split('\n'));
  return { text: lines.join('\n'), added: edit.newText };
}

describe('the safe set on a real systemd', { skip, timeout: 120_000 }, () => {
  let sandbox: SystemdSandbox;
  before(async () => {
    sandbox = await startSandbox();
  });
  after(async () => {
    await sandbox?.stop();
  });

  it('leaves a service that writes under /run running and working', async () => {
    const { text, added } = withSafeSet(TEXT);
    assert.match(added, /ProtectSystem=strict\n/);
    assert.match(added, /RuntimeDirectory=dc-harden\n/);
    writeFileSync(join(sandbox.etcUnits, UNIT), text);
    assert.equal((await sandbox.exec(['systemctl', 'daemon-reload'])).code, 0);
    const started = await sandbox.exec(['systemctl', 'start', UNIT]);
    assert.equal(started.code, 0, started.stderr);
    const stamp = await waitFor('the stamp the service writes', async () => {
      const r = await sandbox.exec(['cat', '/run/dc-harden/stamp']);
      return r.code === 0 && r.stdout.trim().length > 0 && r.stdout;
    });
    assert.ok(stamp.length > 0);
    // Still running a few seconds later, with the hardening in effect.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const active = await sandbox.exec(['systemctl', 'is-active', UNIT]);
    assert.equal(active.stdout.trim(), 'active', (await sandbox.exec(['journalctl', '-u', UNIT, '--no-pager'])).stdout);
    const shown = await sandbox.exec(['systemctl', 'show', UNIT, '-p', 'ProtectSystem', '-p', 'NoNewPrivileges', '-p', 'PrivateTmp', '-p', 'RestrictNamespaces']);
    assert.match(shown.stdout, /ProtectSystem=strict/);
    assert.match(shown.stdout, /NoNewPrivileges=yes/);
    assert.match(shown.stdout, /PrivateTmp=yes/);
    // /var/lib/systemd is writable in the sandbox, and read-only in the service's own mount namespace.
    const pid = (await sandbox.exec(['systemctl', 'show', UNIT, '-p', 'MainPID', '--value'])).stdout.trim();
    const touch = 'touch /var/lib/systemd/dc-harden-probe 2>&1; echo rc=$?';
    assert.match((await sandbox.exec(['sh', '-c', touch])).stdout, /rc=0/);
    assert.match((await sandbox.exec(['nsenter', '-t', pid, '-m', 'sh', '-c', touch])).stdout, /Read-only file system\s+rc=1/);
    assert.equal((await sandbox.exec(['systemctl', 'stop', UNIT])).code, 0);
  });
});
