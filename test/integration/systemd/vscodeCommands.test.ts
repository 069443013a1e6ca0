// The VS Code wiring of the systemd commands, run with a stand-in `vscode` module against the real
// sandboxed systemd. The executable settings point at small wrappers that enter the sandbox, the
// way a user could point them at their own wrappers (they are machine-scoped settings).
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sandboxSkipReason, startSandbox, type SystemdSandbox } from '../../helpers/systemdSandbox';
import { DASHED_SERVICE, systemdEscape } from '../../helpers/systemdEscape';
import { installVscodeStub, makeDocument, stub } from './vscodeStub';
import { waitFor } from './waitFor';

const skip = sandboxSkipReason() ?? false;

describe('systemd commands in the editor (stub vscode, real systemd)', { skip, timeout: 180_000 }, () => {
  let sandbox: SystemdSandbox;
  let work: string;
  const log: string[] = [];
  const wrappers: Record<string, string> = {};
  /** What the language server would hear of the managers chosen per file. */
  const scopesSent: Record<string, string>[] = [];

  async function show(unit: string): Promise<Record<string, string>> {
    const r = await sandbox.exec(['systemctl', 'show', '--property=ActiveState,SubState,MainPID,NeedDaemonReload,LoadState', '--', unit]);
    return Object.fromEntries(r.stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  }
  function open(name: string, text: string): string {
    const file = join(work, name);
    writeFileSync(file, text);
    stub.activeEditor = { document: makeDocument(file, text) };
    return file;
  }
  const run = (id: string) => {
    const fn = stub.commands.get(id);
    assert.ok(fn, `command ${id} is registered`);
    return fn();
  };

  before(async () => {
    sandbox = await startSandbox();
    work = mkdtempSync('/tmp/dc-systemd-vscode.');
    for (const [key, bin] of [['systemctlPath', 'systemctl'], ['journalctlPath', 'journalctl'], ['systemdAnalyzePath', 'systemd-analyze']]) {
      const w = join(work, `in-sandbox-${bin}`);
      writeFileSync(w, `#!/bin/sh\nexec nsenter -t ${sandbox.pid} -a ${bin} "$@"\n`);
      chmodSync(w, 0o755);
      wrappers[bin] = w;
      stub.config[`daemonConfig.systemd.${key}`] = w;
    }
    stub.config['daemonConfig.systemd.installMode'] = 'link';
    installVscodeStub();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerSystemdCommands } = require('../../../client/src/commands/systemd') as typeof import('../../../client/src/commands/systemd');
    const memento = new Map<string, unknown>();
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: { get: (k: string) => memento.get(k), update: async (k: string, v: unknown) => void memento.set(k, v), keys: () => [...memento.keys()] },
    };
    const channel = { appendLine: (s: string) => void log.push(s) };
    registerSystemdCommands(context as never, channel as never, (scopes) => void scopesSent.push(scopes));
  });

  after(async () => {
    await sandbox?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  beforeEach(() => {
    stub.messages.length = 0;
    stub.terminals.length = 0;
    stub.answer = (_t, items) => items[0];
    stub.trusted = true;
  });

  it('installs the open file (systemctl link) and starts it; the status bar follows', async () => {
    open('dc-vs.service', '[Unit]\nDescription=vs\n[Service]\nExecStart=/bin/sleep infinity\n[Install]\nWantedBy=multi-user.target\n');
    await run('daemonConfig.systemd.install');
    assert.ok(existsSync(join(sandbox.etcUnits, 'dc-vs.service')));
    assert.ok(stub.messages.some((m) => m.level === 'info' && /Installed dc-vs\.service/.test(m.text)), JSON.stringify(stub.messages));
    await run('daemonConfig.systemd.start');
    assert.equal((await show('dc-vs.service')).ActiveState, 'active');
    await waitFor('status bar text', async () => /dc-vs\.service: active \(running\)/.test(stub.statusBar.text));
    assert.ok(log.some((l) => l.includes(`${wrappers.systemctl} start -- dc-vs.service`) && /exit 0 in \d+ ms/.test(l)), log.join('\n'));
  });

  it('CodeLens on [Service] shows the live state and the actions', async () => {
    const file = join(work, 'dc-vs.service');
    const text = '[Unit]\nDescription=vs\n\n[Service]\nExecStart=/bin/sleep infinity\n';
    const doc = makeDocument(file, text);
    const provider = stub.codeLensProvider;
    assert.ok(provider);
    const titles = await waitFor('a lens with the state', async () => {
      const lenses = provider.provideCodeLenses(doc);
      const t = lenses.map((l) => l.command?.title ?? '');
      return t.some((x) => x === 'dc-vs.service: active (running)') && { lenses, t };
    });
    assert.deepEqual(titles.t.slice(1), ['Start', 'Restart', 'Stop', 'Logs']);
    assert.ok(titles.lenses.every((l) => l.range.start.line === 3));
    assert.deepEqual(provider.provideCodeLenses(makeDocument(join(work, 'dc-vs.service.d', 'x.conf'), '[Service]\n')).length, 5);
    assert.deepEqual(provider.provideCodeLenses(makeDocument(join(work, 'dc-vs.timer'), '[Service]\nX=1\n')), []);
  });

  it('restart changes the main PID; a changed file offers daemon-reload first', async () => {
    const before = await show('dc-vs.service');
    writeFileSync(join(work, 'dc-vs.service'), '[Unit]\nDescription=vs changed\n[Service]\nExecStart=/bin/sleep infinity\n');
    assert.equal((await show('dc-vs.service')).NeedDaemonReload, 'yes');
    await run('daemonConfig.systemd.restart');
    assert.ok(stub.messages.some((m) => /changed on disk/.test(m.text) && m.items.includes('Daemon Reload and Continue')));
    const now = await show('dc-vs.service');
    assert.equal(now.NeedDaemonReload, 'no');
    assert.equal(now.ActiveState, 'active');
    assert.notEqual(now.MainPID, before.MainPID);
  });

  it('stop asks first; dismissing leaves the unit running', async () => {
    stub.answer = () => undefined;
    await run('daemonConfig.systemd.stop');
    assert.ok(stub.messages.some((m) => /Stop dc-vs\.service\?/.test(m.text)));
    assert.equal((await show('dc-vs.service')).ActiveState, 'active');
    stub.answer = (_t, items) => items[0];
    await run('daemonConfig.systemd.stop');
    assert.equal((await show('dc-vs.service')).ActiveState, 'inactive');
  });

  it('a failure shows stderr with Show Status / Show Logs', async () => {
    open('dc-vsfail.service', '[Service]\nType=oneshot\nExecStart=/bin/false\n');
    await run('daemonConfig.systemd.install');
    let offered: string[] = [];
    stub.answer = (text, items) => {
      if (text.startsWith('Start dc-vsfail.service')) {
        offered = items;
        return 'Show Status';
      }
      return items[0];
    };
    const shownBefore = stub.shown.length;
    await run('daemonConfig.systemd.start');
    assert.deepEqual(offered, ['Show Status', 'Show Logs']);
    const err = stub.messages.find((m) => m.level === 'error');
    assert.match(err?.text ?? '', /exit 1[\s\S]*dc-vsfail\.service/);
    await waitFor('the status view', async () => stub.shown.length > shownBefore);
    const uri = stub.shown[stub.shown.length - 1];
    assert.match(uri, /^daemon-config-systemd:/);
  });

  it('status opens a read-only view; logs open journalctl --follow in a terminal (no shell)', async () => {
    open('dc-vs.service', '[Service]\nExecStart=/bin/sleep infinity\n');
    await run('daemonConfig.systemd.status');
    assert.match(stub.shown[stub.shown.length - 1], /dc-vs\.service \(status\)/);
    await run('daemonConfig.systemd.showLogs');
    assert.deepEqual(stub.terminals.at(-1), {
      name: 'journal: dc-vs.service', shellPath: wrappers.journalctl, shellArgs: ['--unit=dc-vs.service', '--no-pager', '--lines=100', '--follow'],
    });
  });

  it('verify puts systemd-analyze findings on the lines', async () => {
    const file = open('dc-vsbad.service', '[Unit]\nFoo=bar\n[Service]\nExecStart=relative/path\n');
    await run('daemonConfig.systemd.verify');
    const list = stub.diagnostics.get(file) ?? [];
    assert.ok(list.some((d) => d.range.start.line === 1 && d.severity === 1 && /Foo/.test(d.message)), JSON.stringify(list));
    assert.ok(list.some((d) => d.range.start.line === 3 && d.severity === 0));
  });

  it('as a normal user, changing a system unit goes to a sudo (or pkexec) terminal with an argv', async () => {
    open('dc-vs.service', '[Service]\nExecStart=/bin/sleep infinity\n');
    const getuid = process.getuid;
    process.getuid = () => 1000;
    // stand-ins for sudo and pkexec (the terminals are never really started), found on PATH by absolute folder
    const helpers = join(work, 'helpers');
    mkdirSync(helpers, { recursive: true });
    for (const name of ['sudo', 'pkexec']) {
      writeFileSync(join(helpers, name), '#!/bin/sh\nexit 1\n');
      chmodSync(join(helpers, name), 0o755);
    }
    const savedPath = process.env.PATH;
    process.env.PATH = `${helpers}:${savedPath ?? ''}`;
    try {
      await run('daemonConfig.systemd.restart');
      const t = stub.terminals.find((x) => x.shellPath === join(helpers, 'sudo'));
      assert.ok(t, JSON.stringify(stub.terminals));
      assert.deepEqual(t.shellArgs?.slice(-4), [wrappers.systemctl, 'restart', '--', 'dc-vs.service']);
      stub.config['daemonConfig.systemd.privilegeHelper'] = 'pkexec';
      await run('daemonConfig.systemd.enable');
      assert.deepEqual(stub.terminals.at(-1)?.shellArgs, [wrappers.systemctl, 'enable', '--', 'dc-vs.service']);
      assert.equal(stub.terminals.at(-1)?.shellPath, join(helpers, 'pkexec'));
    } finally {
      process.getuid = getuid;
      process.env.PATH = savedPath;
      delete stub.config['daemonConfig.systemd.privilegeHelper'];
    }
  });

  it('Install, Start and Stop act on the unit the file names, backslashes and all (systemd-escape names)', async () => {
    stub.answer = (_t, items) => items[0];
    for (const name of [systemdEscape(DASHED_SERVICE), 'tmp\\sshd.service']) {
      open(name, '[Service]\nExecStart=/bin/sleep infinity\n');
      await run('daemonConfig.systemd.install');
      assert.ok(existsSync(join(sandbox.etcUnits, name)), `${name} is linked under its own name: ${JSON.stringify(stub.messages)}`);
      await run('daemonConfig.systemd.start');
      // The log shows argv as a shell would quote it: names with a backslash come in single quotes.
      const ran = (verb: string) => log.some((l) => [name, `'${name}'`].some((shown) => l.includes(`${wrappers.systemctl} ${verb} -- ${shown} `)));
      assert.ok(ran('start'), log.join('\n'));
      assert.equal((await show(name)).ActiveState, 'active', name);
      await run('daemonConfig.systemd.stop');
      assert.ok(ran('stop'), log.join('\n'));
      assert.equal((await show(name)).ActiveState, 'inactive', name);
    }
  });

  it('Choose System or User Manager tells the language server, and the commands use --user', async () => {
    const file = open('dc-chosen.service', '[Service]\nExecStart=/bin/sleep infinity\n');
    const uri = `file://${file}`;
    assert.deepEqual(scopesSent[0], {}, 'the set is sent at start');
    const quickPick = stub.quickPick;
    try {
      stub.quickPick = (items) => items.find((i) => i.label === 'User manager (--user)');
      await run('daemonConfig.systemd.chooseScope');
      assert.deepEqual(scopesSent.at(-1), { [uri]: 'user' });
      await run('daemonConfig.systemd.status');
      assert.ok(log.some((l) => l.includes(`${wrappers.systemctl} --user status`) && l.includes('dc-chosen.service')), log.join('\n'));
      stub.quickPick = (items) => items.find((i) => i.label === 'From the folder');
      await run('daemonConfig.systemd.chooseScope');
      assert.deepEqual(scopesSent.at(-1), {});
    } finally {
      stub.quickPick = quickPick;
    }
  });

  it('refuses untrusted workspaces and files that are not units, before running anything', async () => {
    const calls = log.length;
    stub.trusted = false;
    open('dc-vs.service', '[Service]\nExecStart=/bin/true\n');
    await run('daemonConfig.systemd.restart');
    assert.ok(stub.messages.some((m) => /untrusted/.test(m.text)));
    stub.trusted = true;
    open('not a unit;$(touch x).service', '[Service]\n');
    await run('daemonConfig.systemd.restart');
    assert.ok(stub.messages.some((m) => m.level === 'error' && /not a unit name/.test(m.text)));
    assert.equal(log.length, calls, 'no process was run');
  });
});
