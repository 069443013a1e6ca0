// The VS Code wiring of the supervisor commands, run with the stand-in `vscode` module
// (test/integration/systemd/vscodeStub.ts) against a real supervisord: a conf.d program file finds
// its main config, the status bar and CodeLens show the live state, the commands act on the
// program at the cursor or the lens's program, Stop asks first, failures offer "Show Status".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mainSections, renderConfig, sleeper, startSupervisord, supervisorBinaries, tempDir, waitFor, type Supervisord } from '../../helpers/supervisord';
import { inProcessFileInfo } from '../../helpers/fileInfoSource';
import * as vscodeStub from '../systemd/vscodeStub';

const { installVscodeStub, makeDocument, stub, Uri } = vscodeStub;

/** The language server, in this process, seeing the active editor's text as the language client would send it. */
const editorServer = () => inProcessFileInfo(() => {
  const document = (stub.activeEditor as { document?: { fileName: string; languageId: string; getText?: () => string } } | undefined)?.document;
  return document?.getText ? [{ path: document.fileName, text: document.getText(), languageId: document.languageId }] : [];
});

const bin = supervisorBinaries();
const skip = bin ? false : process.env.CI === 'true' ? false : 'supervisord/supervisorctl not found on PATH (Debian package "supervisor")';

const PROGRAM_FILE = [
  '; programs of the app',
  '[program:web]',
  `command=${sleeper('web').command}`,
  'startsecs=0',
  '',
  '[program:worker] ; two processes',
  `command=${sleeper('worker').command}`,
  'startsecs=0',
  'numprocs=2',
  'process_name=%(program_name)s_%(process_num)02d',
  '',
].join('\n');


/** A second project, with a config of its own and its logs folder, open in the editor. */
function openOtherProject(programs: Parameters<typeof mainSections>[0]): { other: string; config: string } {
  const other = tempDir();
  const config = path.join(other, 'supervisord.conf');
  const text = renderConfig(mainSections(programs));
  fs.writeFileSync(config, text);
  fs.mkdirSync(path.join(other, 'logs'));
  stub.activeEditor = { document: { ...makeDocument(config, text, 'supervisor-conf'), getText: () => text }, selection: { active: { line: 0, character: 0 } } } as never;
  return { other, config };
}
describe('supervisor commands in the editor (stub vscode, real supervisord)', { skip, timeout: 240_000 }, () => {
  let sd: Supervisord;
  const log: string[] = [];
  let file: string;

  function open(lineOfCursor: number): void {
    const doc = { ...makeDocument(file, PROGRAM_FILE, 'supervisor-conf'), getText: () => PROGRAM_FILE };
    stub.activeEditor = { document: doc, selection: { active: { line: lineOfCursor, character: 0 } } } as never;
  }
  const runCommand = async (id: string, arg?: unknown): Promise<void> => {
    const fn = stub.commands.get(id);
    assert.ok(fn, `command ${id} is registered`);
    await fn(arg);
  };
  const lenses = () => {
    const provider = stub.codeLensProvider;
    assert.ok(provider);
    return provider.provideCodeLenses(stub.activeEditor?.document) as unknown as { range: { start: { line: number } }; command: { title: string; command: string; arguments?: unknown[] } }[];
  };

  before(async () => {
    if (!bin) throw new Error('CI=true and supervisord/supervisorctl are not installed');
    sd = await startSupervisord(bin, {
      sections: mainSections({ include: { files: 'conf.d/*.conf' } }),
      files: { 'conf.d/app.conf': PROGRAM_FILE },
    });
    file = path.join(sd.dir, 'conf.d', 'app.conf');
    stub.config['daemonConfig.supervisor.supervisorctlPath'] = bin.supervisorctl;
    stub.config['daemonConfig.supervisor.supervisordPath'] = bin.supervisord;
    // what the shared stub does not cover, added here for this process only
    const ws = vscodeStub.workspace as unknown as Record<string, unknown>;
    ws.findFiles = async () => [Uri.file(sd.config)];
    ws.createFileSystemWatcher = () => ({ onDidCreate: () => ({ dispose() {} }), onDidDelete: () => ({ dispose() {} }), dispose() {} });
    (vscodeStub.window as unknown as Record<string, unknown>).onDidChangeTextEditorSelection = () => ({ dispose() {} });
    installVscodeStub();
    open(2);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerSupervisorCommands } = require('../../../client/src/commands/supervisor') as typeof import('../../../client/src/commands/supervisor');
    const context = { subscriptions: [] as { dispose(): unknown }[] };
    const channel = { appendLine: (s: string) => void log.push(s), show: () => undefined };
    registerSupervisorCommands(context as never, channel as never, editorServer());
    await sd.waitState('web', 'RUNNING');
  });

  after(async () => {
    await sd?.stop();
  });

  it('the status bar shows the program at the cursor with its live state', async () => {
    await runCommand('daemonConfig.supervisor.refreshState');
    assert.match(stub.statusBar.text, /web: RUNNING pid \d+, uptime \d+:\d\d:\d\d/);
    open(7);
    await runCommand('daemonConfig.supervisor.refreshState');
    assert.match(stub.statusBar.text, /worker: 2\/2 RUNNING/);
  });

  it('CodeLens on each [program:x] header: state, Start, Restart, Stop, Tail', async () => {
    const all = lenses();
    const web = all.filter((l) => l.range.start.line === 1).map((l) => l.command.title);
    assert.match(web[0] ?? '', /^RUNNING pid \d+, uptime /);
    assert.deepEqual(web.slice(1), ['Start', 'Restart', 'Stop', 'Tail']);
    const worker = all.filter((l) => l.range.start.line === 5);
    assert.equal(worker[0]?.command.title, '2/2 RUNNING');
    assert.deepEqual(worker[2]?.command.arguments?.[0], { config: sd.config, program: 'worker', namespecs: ['worker:worker_00', 'worker:worker_01'] });
  });

  it('Restart acts on the program at the cursor through the main config (the pid changes)', async () => {
    open(3);
    const before = await sd.waitState('web', 'RUNNING');
    await runCommand('daemonConfig.supervisor.restart');
    const after = await sd.waitState('web', 'RUNNING');
    assert.notEqual(after, before);
    await waitFor('the status bar to show the new pid', () => stub.statusBar.text.includes(`pid ${after},`));
    assert.ok(log.some((l) => l.includes(JSON.stringify(['-c', sd.config, '--', 'restart', 'web']).slice(1, -1))), log.join('\n'));
    assert.equal((await sd.status()).get('worker:worker_00')?.state, 'RUNNING');
  });

  it('Stop asks first; declining does nothing, confirming stops', async () => {
    open(3);
    stub.answer = () => undefined;
    stub.messages.length = 0;
    await runCommand('daemonConfig.supervisor.stop');
    assert.equal(stub.messages[0]?.text, 'Stop web?');
    assert.equal((await sd.status()).get('web')?.state, 'RUNNING');
    stub.answer = (_t, items) => items[0];
    await runCommand('daemonConfig.supervisor.stop');
    assert.equal((await sd.status()).get('web')?.state, 'STOPPED');
  });

  it('a lens argument acts on exactly that program, numprocs included', async () => {
    const workerLens = lenses().find((l) => l.range.start.line === 5 && l.command.title === 'Stop');
    await runCommand('daemonConfig.supervisor.stop', workerLens?.command.arguments?.[0]);
    const s = await sd.status();
    assert.equal(s.get('worker:worker_00')?.state, 'STOPPED');
    assert.equal(s.get('worker:worker_01')?.state, 'STOPPED');
    const startLens = lenses().find((l) => l.range.start.line === 1 && l.command.title === 'Start');
    await runCommand('daemonConfig.supervisor.start', startLens?.command.arguments?.[0]);
    assert.equal(typeof (await sd.waitState('web', 'RUNNING')), 'number');
    assert.equal((await sd.status()).get('worker:worker_00')?.state, 'STOPPED', 'only web started');
  });

  it('Tail opens a terminal running supervisorctl tail -f directly (no shell)', async () => {
    open(2);
    stub.terminals.length = 0;
    stub.quickPick = (items) => items.find((i) => i.label === 'stderr') ?? items[0];
    await runCommand('daemonConfig.supervisor.tail');
    const t = stub.terminals[0];
    assert.equal(t?.shellPath, bin?.supervisorctl);
    assert.deepEqual(t?.shellArgs, ['-c', sd.config, '--', 'tail', '-f', 'web', 'stderr']);
  });

  it('a failure shows the message with a Show Status button', async () => {
    stub.messages.length = 0;
    stub.answer = () => undefined;
    await runCommand('daemonConfig.supervisor.start', { config: sd.config, program: 'ghost', namespecs: ['ghost'] });
    await waitFor('the error message', () => stub.messages.find((m) => m.level === 'error'));
    const err = stub.messages.find((m) => m.level === 'error');
    assert.match(err?.text ?? '', /Start ghost: ghost: ERROR \(no such process\)/);
    assert.deepEqual(err?.items, ['Show Status']);
  });

  it('Start supervisord With This Config: a terminal when it is not running, a notice when it is', async () => {
    stub.terminals.length = 0;
    stub.messages.length = 0;
    open(2);
    await runCommand('daemonConfig.supervisor.startSupervisord');
    assert.equal(stub.terminals.length, 0);
    assert.match(stub.messages[stub.messages.length - 1]?.text ?? '', /already running/);

    // a second project whose supervisord is not started: its own config, its own socket
    const { other, config } = openOtherProject({ 'program:idle': sleeper('idle') });
    try {
      await runCommand('daemonConfig.supervisor.refreshState');
      assert.match(stub.statusBar.text, /idle: supervisord not running/);
      await runCommand('daemonConfig.supervisor.startSupervisord');
      // nodaemon=true: supervisord stays in the foreground, shown in a terminal of its own
      assert.deepEqual(stub.terminals.map((t) => t.name), [`supervisord: ${config}`]);
      assert.ok((stub.terminals[0] as { pty?: unknown }).pty, 'a terminal that shows the process we started');
      await runCommand('daemonConfig.supervisor.refreshState');
      assert.match(stub.statusBar.text, /idle: RUNNING/);
    } finally {
      spawnSync(bin?.supervisorctl ?? 'supervisorctl', ['-c', config, 'shutdown']);
      fs.rmSync(other, { recursive: true, force: true });
      open(2);
    }
  });

  it('Start supervisord With This Config shows supervisord\'s own error when it stops at once', async () => {
    stub.terminals.length = 0;
    stub.messages.length = 0;
    stub.answer = () => undefined;
    // a program without a command: supervisord refuses the config and exits 2
    const { other } = openOtherProject({ 'program:idle': { autostart: 'true' } });
    try {
      await runCommand('daemonConfig.supervisor.startSupervisord');
      const err = stub.messages.find((m) => m.level === 'error');
      assert.match(err?.text ?? '', /^supervisord stopped at once \(exit 2\): Error: program section program:idle does not specify a command/, JSON.stringify(stub.messages));
      assert.deepEqual(err?.items, ['Show Output']);
      assert.ok(log.some((l) => /does not specify a command/.test(l)), 'the output channel has it too');
      assert.deepEqual(stub.terminals, []);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
      open(2);
    }
  });

  it('a missing socket says supervisord is not running for the config, and Start starts it', async () => {
    stub.terminals.length = 0;
    stub.messages.length = 0;
    const { other, config } = openOtherProject({ 'program:idle': sleeper('idle') });
    try {
      await runCommand('daemonConfig.supervisor.refreshState');
      assert.match(stub.statusBar.text, /idle: supervisord not running/);
      let offered: string[] = [];
      stub.answer = (t, items) => {
        if (t.startsWith('supervisord is not running')) offered = items;
        return items.find((i) => i === 'Start supervisord');
      };
      await runCommand('daemonConfig.supervisor.start', { config, program: 'idle', namespecs: ['idle'] });
      const err = await waitFor('the message', () => stub.messages.find((m) => m.level === 'error'));
      assert.equal(err.text, `supervisord is not running for this config (socket ${path.join(other, 'supervisor.sock')} missing); start it?`);
      assert.deepEqual(offered, ['Start supervisord']);
      await waitFor('supervisord started from the button', () => stub.terminals.find((t) => t.name === `supervisord: ${config}`));
      await runCommand('daemonConfig.supervisor.refreshState');
      assert.match(stub.statusBar.text, /idle: RUNNING/);
    } finally {
      spawnSync(bin?.supervisorctl ?? 'supervisorctl', ['-c', config, 'shutdown']);
      fs.rmSync(other, { recursive: true, force: true });
      stub.answer = (_t, items) => items[0];
      open(2);
    }
  });

  it('Reread and Update pick up the file; untrusted workspaces run nothing', async () => {
    stub.answer = (_t, items) => items[0];
    await runCommand('daemonConfig.supervisor.reread');
    await runCommand('daemonConfig.supervisor.update');
    assert.ok(log.some((l) => l.includes('"reread"')) && log.some((l) => l.includes('"update"')));
    stub.trusted = false;
    const before = log.length;
    await runCommand('daemonConfig.supervisor.restart');
    assert.equal(log.length, before);
    assert.match(stub.messages[stub.messages.length - 1]?.text ?? '', /untrusted/);
    stub.trusted = true;
  });
});
