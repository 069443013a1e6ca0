// The conversions over a real stdio connection: a client that can create files gets the actions
// with their edits, applies them, and the server finds nothing wrong in what was written; a
// client that cannot gets no action that would fail, and a refused one only where it can show why.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const CAPABILITIES = { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } }, textDocument: { codeAction: { disabledSupport: true } } };
const SETTINGS = { settings: { systemd: { version: 252 }, diagnosticsDelay: 0 } };

describe('conversions over LSP', () => {
  let dir: string;
  let server: LspSession;
  const uri = (path: string) => pathToFileURL(join(dir, path)).href;
  const codeActions = (path: string, line: number, only?: string[]) => server.request<CodeAction[]>('textDocument/codeAction',
    { textDocument: { uri: uri(path) }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [], only } });
  const openAndWait = async (path: string, text: string, languageId: string): Promise<Diagnostic[]> => {
    const published = server.diagnostics(uri(path));
    server.open(uri(path), text, languageId);
    return published;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dc-convert-'));
    mkdirSync(join(dir, 'sv', 'conf.d'), { recursive: true });
    writeFileSync(join(dir, 'sv', 'supervisord.conf'), '[supervisord]\nlogfile=/tmp/x.log\n[include]\nfiles = conf.d/*.conf\n');
    server = await startServer(SETTINGS, CAPABILITIES, { rootUri: pathToFileURL(dir).href });
  });
  after(async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); });

  it('converts a program into a unit file that the server then checks clean', async () => {
    const program = '[program:web]\ncommand=/usr/bin/python3 -m http.server 8080\nenvironment=MODE="prod"\nstdout_logfile=%(here)s/web.log\n';
    writeFileSync(join(dir, 'sv', 'conf.d', 'web.conf'), program);
    await openAndWait('sv/conf.d/web.conf', program, 'supervisor-conf');
    const actions = await codeActions('sv/conf.d/web.conf', 2);
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [
      ['refactor.rewrite.convert', 'Convert to a systemd service (web.service)'],
      ['source.convert', 'Convert every supervisor program to a systemd unit (1 file)'],
    ]);
    const [create, fill] = actions[0].edit?.documentChanges ?? [];
    assert.deepEqual(create, { kind: 'create', uri: uri('sv/conf.d/web.service'), options: { ignoreIfExists: true } } satisfies CreateFile);
    const text = ((fill as TextDocumentEdit).edits[0] as { newText: string }).newText;
    assert.match(text, /\nExecStart=\/usr\/bin\/python3 -m http.server 8080\n[\s\S]*\nEnvironment=MODE=prod\n[\s\S]*\nStandardOutput=append:.*\/sv\/conf.d\/web.log\n/);
    const diagnostics = await openAndWait('sv/conf.d/web.service', text, 'systemd-unit');
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => d.message), []);
    assert.deepEqual((await codeActions('sv/conf.d/web.conf', 0, ['quickfix'])).map((a) => a.title), []);
  });

  it('converts a service into a program in the included folder, and greys out a oneshot with the reason', async () => {
    const unit = '[Unit]\nDescription=API\n[Service]\nType=notify\nExecStart=/usr/bin/api --port=9000\nRestart=on-failure\n[Install]\nWantedBy=multi-user.target\n';
    await openAndWait('api.service', unit, 'systemd-unit');
    // The hardening actions of the same line come with it: the conversion is the one asked for here.
    const action = (await codeActions('api.service', 4)).find((a) => a.title.startsWith('Convert'))!;
    assert.equal(action.title, 'Convert to a supervisor program (conf.d/api.conf)');
    const [, fill] = action.edit?.documentChanges ?? [];
    assert.equal((fill as TextDocumentEdit).textDocument.uri, uri('sv/conf.d/api.conf'));
    const text = ((fill as TextDocumentEdit).edits[0] as { newText: string }).newText;
    const diagnostics = await openAndWait('sv/conf.d/api.conf', text, 'supervisor-conf');
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1).map((d) => d.message), []);
    await openAndWait('job.service', '[Service]\nType=oneshot\nExecStart=/bin/true\n', 'systemd-unit');
    const job = (await codeActions('job.service', 1)).find((a) => a.title.startsWith('Convert'))!;
    assert.equal(job.edit, undefined);
    assert.match(job.disabled?.reason ?? '', /A Type=oneshot service cannot be converted/);
  });

  it('offers nothing that would fail to a client that cannot create files or show disabled actions', async () => {
    const plain = await startServer(SETTINGS, {}, { rootUri: pathToFileURL(dir).href });
    try {
      const program = '[program:web]\ncommand=/bin/true\n';
      const published = plain.diagnostics(uri('sv/conf.d/web.conf'));
      plain.open(uri('sv/conf.d/web.conf'), program, 'supervisor-conf');
      await published;
      const actions = await plain.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('sv/conf.d/web.conf') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      assert.deepEqual(actions, []);
    } finally {
      await plain.close();
    }
  });
});
