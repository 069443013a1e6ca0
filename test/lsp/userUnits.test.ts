// User units over stdio: the server finds the user manager's unit folders from HOME, reports what
// the user manager cannot do, and follows the scope the editor says the user chose for a file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentLink } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const UNIT = `[Unit]
Wants=dc-mine.service dc-agent@x.service

[Service]
User=ann
ExecStart=/bin/true

[Install]
WantedBy=multi-user.target
`;

describe('user units over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  let home: string;
  let userDir: string;
  before(async () => {
    home = mkdtempSync(join(tmpdir(), 'dc-home-'));
    userDir = join(home, '.config', 'systemd', 'user');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(join(userDir, 'dc-mine.service'), '[Service]\nExecStart=/bin/true\n');
    writeFileSync(join(userDir, 'dc-agent@.service'), '[Service]\nExecStart=/bin/echo %i\n');
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_DIRS', 'XDG_DATA_DIRS', 'XDG_RUNTIME_DIR']) delete env[name];
    server = await startServer(undefined, {}, { env });
  });
  after(async () => {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  });

  const codes = (list: Diagnostic[]) => list.map((d) => `${d.range.start.line}:${String(d.code)}`).filter((c) => /user-unit|system-only/.test(c));
  const links = async (uri: string) => (await server.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } })).map((l) => l.target);
  const labels = async (uri: string, line: number, character: number) => {
    const r = await server.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    return (Array.isArray(r) ? r : r.items).map((i) => i.label);
  };

  it('in ~/.config/systemd/user: warns, fixes WantedBy= to default.target, links and completes from the user folders', async () => {
    const uri = pathToFileURL(join(userDir, 'sync.service')).href;
    const published = server.diagnostics(uri);
    server.open(uri, UNIT);
    const diagnostics = await published;
    assert.deepEqual(codes(diagnostics), ['4:systemd/system-only-setting', '8:systemd/system-target-in-user-unit']);
    const wantedBy = diagnostics.find((d) => d.code === 'systemd/system-target-in-user-unit')!;
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: wantedBy.range, context: { diagnostics: [wantedBy] } });
    const fix = actions.find((a) => a.title === 'Change to default.target');
    assert.deepEqual(fix?.edit?.changes?.[uri], [{ range: wantedBy.range, newText: 'default.target' }]);

    assert.deepEqual(await links(uri), [pathToFileURL(join(userDir, 'dc-mine.service')).href, pathToFileURL(join(userDir, 'dc-agent@.service')).href]);
    const offered = await labels(uri, 8, 'WantedBy='.length);
    assert.ok(offered.includes('default.target') && offered.includes('dc-mine.service'), offered.join(' '));
    assert.ok(!offered.includes('multi-user.target'), 'no system target for a user unit');
  });

  it('in a project folder: a system unit, until the editor says the user chose the user manager', async () => {
    const uri = 'file:///srv/dc-project/sync.service';
    const first = server.diagnostics(uri);
    server.open(uri, UNIT);
    assert.deepEqual(codes(await first), []);
    assert.ok(!(await links(uri)).some((t) => /dc-mine|dc-agent/.test(t ?? '')), 'nothing from the user folders');
    assert.ok((await labels(uri, 8, 'WantedBy='.length)).includes('multi-user.target'));

    const again = server.diagnostics(uri);
    await server.connection.sendNotification('daemonConfig/unitScopes', { scopes: { [uri]: 'user' } });
    assert.deepEqual(codes(await again), ['4:systemd/system-only-setting', '8:systemd/system-target-in-user-unit']);
    assert.deepEqual(await links(uri), [pathToFileURL(join(userDir, 'dc-mine.service')).href, pathToFileURL(join(userDir, 'dc-agent@.service')).href]);

    const back = server.diagnostics(uri);
    await server.connection.sendNotification('daemonConfig/unitScopes', { scopes: {} });
    assert.deepEqual(codes(await back), []);
  });

  it('ignores a malformed scope notification and keeps the last good choice', async () => {
    const uri = 'file:///srv/dc-project/sync.service';
    await server.connection.sendNotification('daemonConfig/unitScopes', { scopes: { [uri]: 'user' } });
    await server.connection.sendNotification('daemonConfig/unitScopes', { scopes: { 'relative/path': 'root' } });
    await server.connection.sendNotification('daemonConfig/unitScopes', null);
    assert.deepEqual(await links(uri), [pathToFileURL(join(userDir, 'dc-mine.service')).href, pathToFileURL(join(userDir, 'dc-agent@.service')).href]);
  });
});

describe('user units in a folder moved by XDG_CONFIG_HOME', { timeout: 60_000 }, () => {
  it('are user units for the server whose environment says so', async () => {
    const config = mkdtempSync(join(tmpdir(), 'dc-xdg-'));
    const unitDir = join(config, 'systemd', 'user');
    mkdirSync(unitDir, { recursive: true });
    writeFileSync(join(unitDir, 'dc-mine.service'), '[Service]\nExecStart=/bin/true\n');
    const server = await startServer(undefined, {}, { env: { ...process.env, XDG_CONFIG_HOME: config } });
    try {
      const uri = pathToFileURL(join(unitDir, 'sync.service')).href;
      const published = server.diagnostics(uri);
      server.open(uri, UNIT);
      const codes = (await published).map((d) => `${d.range.start.line}:${String(d.code)}`).filter((c) => /user-unit|system-only/.test(c));
      assert.deepEqual(codes, ['4:systemd/system-only-setting', '8:systemd/system-target-in-user-unit']);
      const links = await server.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
      assert.equal(links[0]?.target, pathToFileURL(join(unitDir, 'dc-mine.service')).href);
    } finally {
      await server.close();
      rmSync(config, { recursive: true, force: true });
    }
  });
});
