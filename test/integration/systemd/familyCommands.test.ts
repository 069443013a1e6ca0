// The commands for systemd's other file families, run live: `systemd-tmpfiles --create FILE` and
// `systemd-sysusers FILE` change the sandboxed system as the file says; `networkctl status` and
// `networkctl reload` run in the sandbox and show what networkctl says. The executable settings
// point at wrappers that enter the sandbox, as a user may point them at their own; sysusers'
// wrapper adds --root, since the sandbox's /etc is read-only.
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sandboxSkipReason, startSandbox, type SystemdSandbox } from '../../helpers/systemdSandbox';
import { installVscodeStub, makeDocument, stub } from './vscodeStub';

const skip = sandboxSkipReason() ?? false;

describe('commands on tmpfiles.d, sysusers.d and networkd files (stub vscode, real tools in a sandboxed systemd)', { skip, timeout: 180_000 }, () => {
  let sandbox: SystemdSandbox;
  let work: string;
  let sysusersRoot: string;

  function wrapper(name: string, body: string): string {
    const file = join(work, `in-sandbox-${name}`);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  }
  function open(relative: string, text: string, languageId: string): string {
    const file = join(work, relative);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    stub.activeEditor = { document: makeDocument(file, text, languageId) };
    return file;
  }
  const run = async (id: string) => {
    const fn = stub.commands.get(id);
    assert.ok(fn, `command ${id} is registered`);
    await fn();
  };
  const errors = () => stub.messages.filter((m) => m.level === 'error');
  /** The text of the read-only view the last command opened. */
  function lastView(): string {
    const shown = stub.shown.at(-1);
    assert.ok(shown, 'a view was opened');
    const [scheme] = shown.split(':');
    const provider = stub.providers.get(scheme);
    assert.ok(provider, `a content provider for ${scheme}`);
    const uri = { scheme, path: decodeURIComponent(shown.slice(scheme.length + 1)), toString: () => shown };
    return provider.provideTextDocumentContent(uri as never);
  }

  before(async () => {
    sandbox = await startSandbox();
    work = mkdtempSync('/tmp/dc-family-cmd.');
    sysusersRoot = join(work, 'root');
    mkdirSync(join(sysusersRoot, 'etc'), { recursive: true });
    const enter = `exec nsenter -t ${sandbox.pid} -a`;
    stub.config['daemonConfig.systemd.systemdTmpfilesPath'] = wrapper('tmpfiles', `${enter} systemd-tmpfiles "$@"`);
    stub.config['daemonConfig.systemd.systemdSysusersPath'] = wrapper('sysusers', `${enter} systemd-sysusers --root=${sysusersRoot} "$@"`);
    stub.config['daemonConfig.systemd.networkctlPath'] = wrapper('networkctl', `${enter} networkctl "$@"`);
    installVscodeStub();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerSystemdCommands } = require('../../../client/src/commands/systemd') as typeof import('../../../client/src/commands/systemd');
    const memento = new Map<string, unknown>();
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: { get: (k: string) => memento.get(k), update: async (k: string, v: unknown) => void memento.set(k, v), keys: () => [...memento.keys()] },
    };
    registerSystemdCommands(context as never, { appendLine() {} } as never, () => {});
  });

  after(async () => {
    await sandbox?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  beforeEach(() => {
    stub.messages.length = 0;
    stub.answer = (_t, items) => items[0];
    stub.trusted = true;
  });

  it('tmpfiles.d: creates the folder and file the open file lists, with its mode, after asking', async () => {
    const made = join(work, 'made-by-tmpfiles');
    open('tmpfiles.d/dc-test.conf', `d ${made} 0750 root root -\nf ${made}/hello 0640 root root - hi\n`, 'systemd-unit');
    await run('daemonConfig.tmpfiles.create');
    assert.ok(stub.messages.some((m) => m.level === 'warning' && /systemd-tmpfiles --create/.test(m.text)), 'asked first');
    assert.deepEqual(errors(), []);
    assert.equal(statSync(made).mode & 0o7777, 0o750);
    assert.equal(readFileSync(join(made, 'hello'), 'utf8'), 'hi');
  });

  it('tmpfiles.d: dismissing the question runs nothing', async () => {
    const made = join(work, 'never-made');
    open('tmpfiles.d/dc-never.conf', `d ${made} 0755 root root -\n`, 'systemd-unit');
    stub.answer = () => undefined;
    await run('daemonConfig.tmpfiles.create');
    assert.equal(existsSync(made), false);
  });

  it('sysusers.d: creates the user and group the open file lists', async () => {
    open('sysusers.d/dc-test.conf', 'u dcsvc - "daemon-config test account" /var/lib/dcsvc\n', 'systemd-unit');
    await run('daemonConfig.sysusers.create');
    assert.deepEqual(errors(), []);
    assert.match(readFileSync(join(sysusersRoot, 'etc', 'passwd'), 'utf8'), /^dcsvc:x:\d+:\d+:daemon-config test account:\/var\/lib\/dcsvc:/m);
    assert.match(readFileSync(join(sysusersRoot, 'etc', 'group'), 'utf8'), /^dcsvc:x:\d+:/m);
  });

  // The sandbox runs no D-Bus (no dbus package on a fresh machine), so networkctl cannot reach
  // systemd-networkd; what the user must see is networkctl's own words, in the view or the error.
  it('networkd: status and reload run networkctl on the sandbox and show what it says', async () => {
    open('etc/systemd/network/10-lo.network', '[Match]\nName=lo\n\n[Network]\nDHCP=no\n', 'systemd-unit');
    await run('daemonConfig.networkd.status');
    assert.match(stub.shown.at(-1) ?? '', /networkctl status lo/);
    assert.match(lastView(), /\blo\b|system bus/);
    stub.messages.length = 0;
    await run('daemonConfig.networkd.reload');
    const shown = errors().map((m) => m.text).join('\n');
    assert.match(shown, /networkctl reload/, JSON.stringify(stub.messages));
    assert.match(shown, /system bus|networkd/, JSON.stringify(stub.messages));
  });
});
