// A workspace config can make supervisorctl print Markdown: its error names the serverurl, and
// VS Code would render `[Show details](command:...)` in a notification as a button that runs the
// command. Through the wiring (stub vscode) and the real supervisorctl, the failure message shows
// the words but no link.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { supervisorBinaries, tempDir } from '../../helpers/supervisord';
import { inProcessFileInfo } from '../../helpers/fileInfoSource';
import * as vscodeStub from '../systemd/vscodeStub';

const { installVscodeStub, makeDocument, stub } = vscodeStub;

/** The language server, in this process, seeing the active editor's text as the language client would send it. */
const editorServer = () => inProcessFileInfo(() => {
  const document = (stub.activeEditor as { document?: { fileName: string; languageId: string; getText?: () => string } } | undefined)?.document;
  return document?.getText ? [{ path: document.fileName, text: document.getText(), languageId: document.languageId }] : [];
});
const bin = supervisorBinaries();
const skip = bin ? false : process.env.CI === 'true' ? false : 'supervisorctl not found on PATH (Debian package "supervisor")';

/** A Markdown link as notifications read it: `[label](target)` with no space before `(`. */
const LINK = /\[[^\]]*\]\([^)\s]*\)/;

describe('no links from supervisorctl output in notifications', { skip }, () => {
  let dir: string;
  let config: string;

  before(() => {
    dir = tempDir();
    config = path.join(dir, 'supervisord.conf');
    // loopback, so no question is asked first; the link rides in the URL's path
    const text = '[supervisorctl]\nserverurl=http://127.0.0.1:1/[Show details](command:workbench.action.reloadWindow)\n\n[program:web]\ncommand=/bin/sleep 1000\n';
    fs.writeFileSync(config, text);
    stub.config['daemonConfig.supervisor.supervisorctlPath'] = bin?.supervisorctl;
    const ws = vscodeStub.workspace as unknown as Record<string, unknown>;
    ws.findFiles = async () => [] as unknown[];
    ws.createFileSystemWatcher = () => ({ onDidCreate: () => ({ dispose() {} }), onDidDelete: () => ({ dispose() {} }), dispose() {} });
    (vscodeStub.window as unknown as Record<string, unknown>).onDidChangeTextEditorSelection = () => ({ dispose() {} });
    installVscodeStub();
    stub.activeEditor = { document: { ...makeDocument(config, text, 'supervisor-conf'), getText: () => text }, selection: { active: { line: 4, character: 0 } } } as never;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerSupervisorCommands } = require('../../../client/src/commands/supervisor') as typeof import('../../../client/src/commands/supervisor');
    const memento = new Map<string, unknown>();
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      workspaceState: { get: (k: string) => memento.get(k), update: async (k: string, v: unknown) => void memento.set(k, v), keys: () => [...memento.keys()] },
    };
    registerSupervisorCommands(context as never, { appendLine: () => undefined, show: () => undefined } as never, editorServer());
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the failure of Start shows supervisorctl\'s words without the planted link', async () => {
    stub.messages.length = 0;
    stub.answer = () => undefined;
    const start = stub.commands.get('daemonConfig.supervisor.start');
    assert.ok(start);
    await start({ config, program: 'web', namespecs: ['web'] });
    const err = stub.messages.find((m) => m.level === 'error');
    assert.match(err?.text ?? '', /Start web: .*Show details.*refused connection/, JSON.stringify(stub.messages));
    assert.doesNotMatch(err?.text ?? '', LINK);
  });
});
