// Opening a supervisor config shows its live state, which runs `supervisorctl -c CONFIG status`.
// For a config that points supervisorctl at another host or loads [ctlplugin:x] modules, the
// wiring (stub vscode) asks first, once, and runs nothing when the answer is no. supervisorctl is
// a stand-in here that records each call, so no host is ever contacted.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inProcessFileInfo } from '../../helpers/fileInfoSource';
import * as vscodeStub from '../systemd/vscodeStub';

const { installVscodeStub, makeDocument, stub, Uri } = vscodeStub;

/** The language server, in this process, seeing the active editor's text as the language client would send it. */
const editorServer = () => inProcessFileInfo(() => {
  const document = (stub.activeEditor as { document?: { fileName: string; languageId: string; getText?: () => string } } | undefined)?.document;
  return document?.getText ? [{ path: document.fileName, text: document.getText(), languageId: document.languageId }] : [];
});

describe('asking before supervisorctl runs for a config that reaches out', () => {
  let dir: string;
  let calls: string;
  const memento = new Map<string, unknown>();

  function open(name: string, text: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    stub.activeEditor = { document: { ...makeDocument(file, text, 'supervisor-conf'), getText: () => text }, selection: { active: { line: 0, character: 0 } } } as never;
    return file;
  }
  const ran = (): string[] => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean) : []);
  const runCommand = async (id: string): Promise<void> => {
    const fn = stub.commands.get(id);
    assert.ok(fn, `command ${id} is registered`);
    await fn();
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-'));
    calls = path.join(dir, 'calls.log');
    const fake = path.join(dir, 'fake-supervisorctl');
    fs.writeFileSync(fake, `#!/bin/sh\necho "$*" >> '${calls}'\necho 'web                              RUNNING   pid 1, uptime 0:00:01'\n`);
    fs.chmodSync(fake, 0o755);
    stub.config['daemonConfig.supervisor.supervisorctlPath'] = fake;
    const ws = vscodeStub.workspace as unknown as Record<string, unknown>;
    ws.findFiles = async () => [] as unknown[];
    ws.createFileSystemWatcher = () => ({ onDidCreate: () => ({ dispose() {} }), onDidDelete: () => ({ dispose() {} }), dispose() {} });
    (vscodeStub.window as unknown as Record<string, unknown>).onDidChangeTextEditorSelection = () => ({ dispose() {} });
    installVscodeStub();
    stub.activeEditor = undefined;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerSupervisorCommands } = require('../../../client/src/commands/supervisor') as typeof import('../../../client/src/commands/supervisor');
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: { get: (k: string) => memento.get(k), update: async (k: string, v: unknown) => void memento.set(k, v), keys: () => [...memento.keys()] },
    };
    registerSupervisorCommands(context as never, { appendLine: () => undefined, show: () => undefined } as never, editorServer());
    void Uri;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a remote serverurl: asks before the first status, runs nothing on "no", and does not ask again', async () => {
    stub.messages.length = 0;
    stub.answer = (_t, items) => (items.includes('Not for This Config') ? 'Not for This Config' : undefined);
    open('remote.conf', '[supervisorctl]\nserverurl=http://supervisor.example.com:9001\n\n[program:web]\ncommand=/bin/sleep 1000\n');
    await runCommand('daemonConfig.supervisor.refreshState');
    const questions = stub.messages.filter((m) => /supervisor\.example\.com/.test(m.text));
    assert.equal(questions.length, 1, JSON.stringify(stub.messages));
    assert.deepEqual(ran(), []);
    assert.match(stub.statusBar.text, /web: live state off for this config/);
    await runCommand('daemonConfig.supervisor.refreshState');
    assert.equal(stub.messages.filter((m) => /supervisor\.example\.com/.test(m.text)).length, 1, 'asked once');
    assert.deepEqual(ran(), []);
  });

  it('a [ctlplugin:x]: asks, and "run" lets status run, remembered for the next time', async () => {
    stub.messages.length = 0;
    stub.answer = (_t, items) => (items.includes('Run supervisorctl') ? 'Run supervisorctl' : undefined);
    const file = open('plugin.conf', '[supervisorctl]\nserverurl=unix:///tmp/dc-none.sock\n[ctlplugin:mine]\nsupervisor.ctl_factory = mine:make\n\n[program:web]\ncommand=/bin/sleep 1000\n');
    await runCommand('daemonConfig.supervisor.refreshState');
    assert.equal(stub.messages.filter((m) => /plugins mine/.test(m.text)).length, 1, JSON.stringify(stub.messages));
    assert.deepEqual(ran(), [`-c ${file} -- status`]);
    await runCommand('daemonConfig.supervisor.refreshState');
    assert.equal(stub.messages.filter((m) => /plugins mine/.test(m.text)).length, 1, 'asked once');
    assert.equal(ran().length, 2);
  });

  it('a local config is queried without a question', async () => {
    stub.messages.length = 0;
    const before = ran().length;
    open('local.conf', '[supervisorctl]\nserverurl=http://127.0.0.1:9001\n\n[program:web]\ncommand=/bin/sleep 1000\n');
    await runCommand('daemonConfig.supervisor.refreshState');
    assert.deepEqual(stub.messages, []);
    assert.equal(ran().length, before + 1);
  });
});
