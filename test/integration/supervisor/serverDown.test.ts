// The supervisor commands learn the config and the program from the language server. When it is not
// running (or its answer fails), the wiring (stub vscode) says so and runs nothing: supervisorctl is
// a stand-in here that records each call.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stoppedServer } from '../../helpers/fileInfoSource';
import * as vscodeStub from '../systemd/vscodeStub';

const { installVscodeStub, makeDocument, stub } = vscodeStub;

describe('supervisor commands without a language server', () => {
  let dir: string;
  let calls: string;
  const ran = (): string[] => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean) : []);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-'));
    calls = path.join(dir, 'calls.log');
    const fake = path.join(dir, 'fake-supervisorctl');
    fs.writeFileSync(fake, `#!/bin/sh\necho "$*" >> '${calls}'\necho 'web                              RUNNING   pid 1, uptime 0:00:01'\n`);
    fs.chmodSync(fake, 0o755);
    stub.config['daemonConfig.supervisor.supervisorctlPath'] = fake;
    (vscodeStub.window as unknown as Record<string, unknown>).onDidChangeTextEditorSelection = () => ({ dispose() {} });
    installVscodeStub();
    const config = path.join(dir, 'supervisord.conf');
    const text = '[supervisord]\n[supervisorctl]\nserverurl=unix:///tmp/dc-none.sock\n\n[program:web]\ncommand=/bin/sleep 1000\n';
    fs.writeFileSync(config, text);
    stub.activeEditor = { document: { ...makeDocument(config, text, 'supervisor-conf'), getText: () => text }, selection: { active: { line: 5, character: 0 } } } as never;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerSupervisorCommands } = require('../../../client/src/commands/supervisor') as typeof import('../../../client/src/commands/supervisor');
    const memento = new Map<string, unknown>();
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: { get: (k: string) => memento.get(k), update: async (k: string, v: unknown) => void memento.set(k, v), keys: () => [...memento.keys()] },
    };
    registerSupervisorCommands(context as never, { appendLine: () => undefined, show: () => undefined } as never, stoppedServer());
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('Restart at the cursor says the server is not running and runs nothing', async () => {
    stub.messages.length = 0;
    const restart = stub.commands.get('daemonConfig.supervisor.restart');
    assert.ok(restart);
    await restart();
    const err = stub.messages.find((m) => m.level === 'error');
    assert.match(err?.text ?? '', /language server is not running, so which config and program this file belongs to is not known/, JSON.stringify(stub.messages));
    assert.deepEqual(ran(), []);
  });

  it('the live state runs nothing either, and the status bar stays hidden', async () => {
    stub.statusBar.visible = false;
    const refresh = stub.commands.get('daemonConfig.supervisor.refreshState');
    assert.ok(refresh);
    await refresh();
    assert.equal(stub.statusBar.visible, false);
    assert.deepEqual(ran(), []);
  });

  it('a lens argument names its config, but what the config points at is unknown: nothing runs', async () => {
    stub.messages.length = 0;
    const start = stub.commands.get('daemonConfig.supervisor.start');
    assert.ok(start);
    await start({ config: path.join(dir, 'supervisord.conf'), program: 'web', namespecs: ['web'] });
    assert.match(stub.messages.find((m) => m.level === 'error')?.text ?? '', /language server is not running/);
    assert.deepEqual(ran(), []);
  });
});
