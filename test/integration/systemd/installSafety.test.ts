// "Install This Unit" never replaces what is already installed without asking, naming what is
// there: a unit, a mask (replacing it unmasks the unit) or a drop-in such as `systemctl edit`'s
// override.conf. The VS Code wiring runs with the stand-in `vscode` module; the user unit folder
// is under a temporary HOME, and systemctl is a stand-in, so nothing outside the temp dir changes.
import { strict as assert } from 'node:assert';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { inspectDestination } from '../../../client/src/systemd/destination';
import { Diagnostic, installVscodeStub, makeDocument, Range, stub } from './vscodeStub';

describe('Install This Unit looks before it writes', () => {
  let root: string;
  let work: string;
  let units: string;
  const savedHome = process.env.HOME;

  function open(name: string, text: string): string {
    const file = join(work, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    stub.activeEditor = { document: makeDocument(file, text) };
    return file;
  }
  const install = async (): Promise<void> => {
    const fn = stub.commands.get('daemonConfig.systemd.install');
    assert.ok(fn);
    await fn();
  };
  const questions = (): string[] => stub.messages.filter((m) => m.level === 'warning').map((m) => m.text);

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dc-'));
    work = join(root, 'ws');
    units = join(root, 'home', '.config', 'systemd', 'user');
    mkdirSync(work, { recursive: true });
    mkdirSync(units, { recursive: true });
    process.env.HOME = join(root, 'home');
    const fakeSystemctl = join(root, 'systemctl');
    writeFileSync(fakeSystemctl, '#!/bin/sh\nexit 0\n');
    chmodSync(fakeSystemctl, 0o755);
    stub.config['daemonConfig.systemd.systemctlPath'] = fakeSystemctl;
    stub.config['daemonConfig.systemd.installMode'] = 'copy';
    installVscodeStub();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerSystemdCommands } = require('../../../client/src/commands/systemd') as typeof import('../../../client/src/commands/systemd');
    const memento = new Map<string, unknown>();
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: { get: (k: string) => memento.get(k), update: async (k: string, v: unknown) => void memento.set(k, v), keys: () => [...memento.keys()] },
    };
    registerSystemdCommands(context as never, { appendLine: () => undefined } as never);
  });

  after(() => {
    process.env.HOME = savedHome;
    rmSync(root, { recursive: true, force: true });
  });

  beforeEach(() => {
    stub.messages.length = 0;
    // install for the user manager (the folder under the temporary HOME)
    stub.quickPick = (items) => items.find((i) => /--user/.test(i.label)) ?? items[0];
  });

  it('copies into an empty place without asking', async () => {
    open('fresh.service', '[Service]\nExecStart=/bin/true\n');
    await install();
    assert.deepEqual(questions(), []);
    assert.equal(readFileSync(join(units, 'fresh.service'), 'utf8'), '[Service]\nExecStart=/bin/true\n');
  });

  it('asks before replacing a unit file, and keeps it when the user declines', async () => {
    writeFileSync(join(units, 'app.service'), '[Service]\nExecStart=/usr/bin/theirs\n');
    open('app.service', '[Service]\nExecStart=/usr/bin/mine\n');
    stub.answer = () => undefined;
    await install();
    assert.equal(questions().length, 1);
    assert.match(questions()[0] ?? '', /app\.service already exists: a unit file/);
    assert.equal(readFileSync(join(units, 'app.service'), 'utf8'), '[Service]\nExecStart=/usr/bin/theirs\n');
    stub.answer = (_t, items) => items.find((i) => i === 'Replace');
    await install();
    assert.equal(readFileSync(join(units, 'app.service'), 'utf8'), '[Service]\nExecStart=/usr/bin/mine\n');
  });

  it('never replaces a mask without saying that it unmasks', async () => {
    symlinkSync('/dev/null', join(units, 'masked.service'));
    open('masked.service', '[Service]\nExecStart=/bin/true\n');
    let offered: string[] = [];
    stub.answer = (_t, items) => { offered = items; return undefined; };
    await install();
    assert.match(questions()[0] ?? '', /masks masked\.service[\s\S]*unmasks masked\.service/);
    assert.deepEqual(offered, ['Unmask and Replace']);
    assert.equal(readlinkSync(join(units, 'masked.service')), '/dev/null', 'the mask is still there');
  });

  it('asks before replacing a drop-in such as systemctl edit\'s override.conf', async () => {
    mkdirSync(join(units, 'app.service.d'), { recursive: true });
    writeFileSync(join(units, 'app.service.d', 'override.conf'), '[Service]\nMemoryMax=1G\n');
    open('app.service.d/override.conf', '[Service]\nNice=5\n');
    stub.answer = () => undefined;
    await install();
    assert.match(questions()[0] ?? '', /override\.conf already exists: a drop-in/);
    assert.equal(readFileSync(join(units, 'app.service.d', 'override.conf'), 'utf8'), '[Service]\nMemoryMax=1G\n');
  });

  it('says how many errors the file has, and installs only when the user goes on', async () => {
    const file = open('broken.service', '[Service]\nRestrat=always\nType=simpel\n');
    stub.languageDiagnostics.set(file, [
      new Diagnostic(new Range(1, 0, 1, 7), 'unknown directive', 0),
      new Diagnostic(new Range(2, 5, 2, 11), 'invalid value', 0),
      new Diagnostic(new Range(0, 0, 0, 9), 'no ExecStart', 1),
    ]);
    stub.answer = () => undefined;
    await install();
    assert.deepEqual(questions(), ['broken.service has 2 errors: systemd may refuse to load it, or skip those settings. Install it anyway?']);
    assert.throws(() => lstatSync(join(units, 'broken.service')), 'nothing installed');
    stub.answer = (_t, items) => items.find((i) => i === 'Install Anyway');
    await install();
    assert.ok(lstatSync(join(units, 'broken.service')).isFile());
    stub.languageDiagnostics.set(file, [new Diagnostic(new Range(1, 0, 1, 7), 'unknown directive', 0)]);
    stub.messages.length = 0;
    stub.answer = () => undefined;
    await install();
    assert.match(questions()[0] ?? '', /^broken\.service has 1 error:/);
  });

  it('linking never replaces: a mask or a file in the way is named, and nothing runs', async () => {
    stub.config['daemonConfig.systemd.installMode'] = 'link';
    try {
      stub.messages.length = 0;
      open('masked.service', '[Service]\nExecStart=/bin/true\n');
      await install();
      assert.match(stub.messages.find((m) => m.level === 'error')?.text ?? '', /^masked\.service is masked .*links to \/dev\/null/);
      assert.equal(readlinkSync(join(units, 'masked.service')), '/dev/null');
      stub.messages.length = 0;
      open('app.service', '[Service]\nExecStart=/usr/bin/mine\n');
      await install();
      assert.match(stub.messages.find((m) => m.level === 'error')?.text ?? '', /app\.service already exists, and systemctl link does not replace it/);
      assert.ok(!stub.messages.some((m) => /^Installed/.test(m.text)));
    } finally {
      stub.config['daemonConfig.systemd.installMode'] = 'copy';
    }
  });

  it('names what is there', () => {
    const src = join(work, 'app.service');
    assert.deepEqual(inspectDestination(src, join(units, 'none.service')), { kind: 'absent' });
    assert.deepEqual(inspectDestination(src, join(units, 'masked.service')), { kind: 'mask' });
    assert.deepEqual(inspectDestination(src, join(units, 'app.service')), { kind: 'unit' });
    assert.deepEqual(inspectDestination(src, join(units, 'app.service.d', 'override.conf')), { kind: 'drop-in' });
    assert.deepEqual(inspectDestination(src, src), { kind: 'same' });
    symlinkSync(src, join(units, 'linked.service'));
    assert.deepEqual(inspectDestination(src, join(units, 'linked.service')), { kind: 'same' });
    assert.deepEqual(inspectDestination(join(work, 'fresh.service'), join(units, 'linked.service')), { kind: 'link', target: src });
    assert.deepEqual(inspectDestination(src, units), { kind: 'other' });
    assert.ok(lstatSync(join(units, 'linked.service')).isSymbolicLink());
  });
});
