// Where systemd is not the init system (containers, WSL, CI), every systemctl call fails the same
// way. The wiring (stub vscode) says so once, plainly, shows it in the status bar and CodeLens, and
// offers no Show Status / Show Logs that would fail again. systemctl is a stand-in that answers as
// Debian's systemctl 252 does on such a machine, so the test means the same everywhere.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { failedForLackOfSystemd, initProcessName, systemdAbsentMessage } from '../../../client/src/systemd/presence';
import { installVscodeStub, makeDocument, stub } from './vscodeStub';

const NOT_BOOTED = "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\n";

describe('systemd is not running here', () => {
  let dir: string;
  const expected = systemdAbsentMessage(initProcessName());
  const run = async (id: string): Promise<void> => {
    const fn = stub.commands.get(id);
    assert.ok(fn, id);
    await fn();
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dc-'));
    const systemctl = join(dir, 'systemctl');
    writeFileSync(systemctl, `#!/bin/sh\nprintf '%s' "${NOT_BOOTED.replace(/\n/g, '\\n')}" >&2\nexit 1\n`);
    chmodSync(systemctl, 0o755);
    stub.config['daemonConfig.systemd.systemctlPath'] = systemctl;
    stub.config['daemonConfig.systemd.journalctlPath'] = '/bin/false';
    installVscodeStub();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerSystemdCommands } = require('../../../client/src/commands/systemd') as typeof import('../../../client/src/commands/systemd');
    const memento = new Map<string, unknown>();
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: { get: (k: string) => memento.get(k), update: async (k: string, v: unknown) => void memento.set(k, v), keys: () => [...memento.keys()] },
    };
    const text = '[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\n';
    writeFileSync(join(dir, 'app.service'), text);
    stub.activeEditor = { document: makeDocument(join(dir, 'app.service'), text) };
    registerSystemdCommands(context as never, { appendLine: () => undefined } as never);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  beforeEach(() => {
    stub.terminals.length = 0;
    stub.answer = () => undefined;
  });

  it('says so once, and shows it in the status bar', async () => {
    await run('daemonConfig.systemd.refreshState');
    await run('daemonConfig.systemd.refreshState');
    const notes = stub.messages.filter((m) => m.text.includes(expected));
    assert.equal(notes.length, 1, JSON.stringify(stub.messages));
    assert.match(notes[0]?.text ?? '', /^systemd is not running here/);
    assert.equal(stub.statusBar.text, '$(circle-slash) systemd not running');
  });

  it('the CodeLens says it instead of offering Start / Restart / Stop / Logs', () => {
    const lenses = stub.codeLensProvider?.provideCodeLenses(stub.activeEditor?.document) ?? [];
    assert.deepEqual(lenses.map((l) => l.command?.title), [expected]);
  });

  it('a failing action says why, with no Show Status / Show Logs buttons', async () => {
    stub.messages.length = 0;
    stub.answer = (_t, items) => (items.includes('Stop') ? 'Stop' : undefined);
    for (const id of ['daemonConfig.systemd.start', 'daemonConfig.systemd.stop']) await run(id);
    const errors = stub.messages.filter((m) => m.level === 'error');
    assert.deepEqual(errors.map((m) => [m.text, m.items]), [[`Start app.service: ${expected}`, []], [`Stop app.service: ${expected}`, []]]);
  });

  it('Show Status, Show Logs and Show Effective Unit say it too, and open nothing', async () => {
    stub.messages.length = 0;
    const shown = stub.shown.length;
    await run('daemonConfig.systemd.status');
    await run('daemonConfig.systemd.showLogs');
    await run('daemonConfig.systemd.showEffective');
    assert.deepEqual(stub.messages.map((m) => [m.level, m.text]), [['error', expected], ['error', expected], ['error', expected]]);
    assert.equal(stub.shown.length, shown);
    assert.deepEqual(stub.terminals, []);
  });

  it('reads systemctl\'s answers', () => {
    assert.equal(failedForLackOfSystemd({ code: 1, stderr: NOT_BOOTED }, 'systemd'), true);
    assert.equal(failedForLackOfSystemd({ code: 1, stderr: 'Failed to connect to bus: No medium found\n' }, 'tini'), true);
    assert.equal(failedForLackOfSystemd({ code: 1, stderr: 'Failed to connect to bus: No medium found\n' }, 'systemd'), false);
    assert.equal(failedForLackOfSystemd({ code: 5, stderr: 'Failed to start x.service: Unit x.service not found.\n' }, 'tini'), false);
    assert.equal(systemdAbsentMessage('tini'), 'systemd is not running here: PID 1 is tini');
    assert.equal(initProcessName(() => 'process_api\n'), 'process_api');
  });

  it('and this machine\'s real systemctl agrees when PID 1 is not systemd', { skip: initProcessName() === 'systemd' ? 'systemd is PID 1 here' : false }, () => {
    let stderr = '';
    let code: number | null = 0;
    try {
      execFileSync('systemctl', ['show', '--property=Id', '--', 'dc-none.service'], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { status: number | null; stderr: Buffer };
      code = err.status;
      stderr = String(err.stderr);
    }
    assert.equal(failedForLackOfSystemd({ code, stderr }, initProcessName()), true, stderr);
  });
});
