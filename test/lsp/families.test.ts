// Files of systemd's other families over LSP: a valid Quadlet .container with [Install] gets no error,
// only the note, and completion and hover say nothing for it; a journald.conf with a stray [Unit] gets a
// warning for that section only; an association pushed in the settings changes what a file is taken for.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const CONTAINER = '[Unit]\nDescription=web\n\n[Container]\nImage=docker.io/library/nginx:latest\nPublishPort=8080:80\n\n[Install]\nWantedBy=default.target\n';
const JOURNALD = '[Unit]\nDescription=stray\n\n[Journal]\nStorage=persistent\nSystemMaxUse=1G\n';

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)}:${d.severity ?? 0}`);
}

describe('systemd file families over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('gives a valid .container with [Install] no error, only the family note', async () => {
    const uri = 'file:///etc/containers/systemd/web.container';
    const published = server.diagnostics(uri);
    server.open(uri, CONTAINER, 'systemd-unit');
    const diagnostics = await published;
    assert.deepEqual(codes(diagnostics), ['syntax/family-not-checked:3']);
    assert.match(String(diagnostics[0].message), /Podman Quadlet/);
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 2 } });
    assert.equal(hover, null);
    const completion = await server.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 0 } });
    const items = Array.isArray(completion) ? completion : completion?.items ?? [];
    assert.deepEqual(items, []);
  });

  it('gives a journald.conf with a stray [Unit] no error, a warning on that header, and reports its syntax', async () => {
    const uri = 'file:///etc/systemd/journald.conf';
    const published = server.diagnostics(uri);
    server.open(uri, JOURNALD + 'Storage\n', 'systemd-unit');
    assert.deepEqual(codes(await published), ['systemd/unknown-section:2', 'syntax/missing-equals:2']);
    const guessedUri = 'file:///srv/conf/journal-settings.conf';
    const guessed = server.diagnostics(guessedUri);
    server.open(guessedUri, JOURNALD, 'plaintext');
    const note = await guessed;
    assert.deepEqual(codes(note), ['systemd/family-assumed:3', 'systemd/unknown-section:2']);
    assert.match(String(note[0].message), /by its content.*daemonConfig\.files\.associations/);
  });

  it('follows daemonConfig.files.associations', async () => {
    const uri = 'file:///srv/quadlet/app.network';
    const first = server.diagnostics(uri, 1);
    server.open(uri, '[Network]\nDNS=1.1.1.1\n', 'plaintext', 1);
    assert.match(String((await first)[0].message), /systemd-networkd/);
    const again = server.diagnostics(uri, 1);
    server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { daemonConfig: { systemd: { version: 252 }, diagnosticsDelay: 0, files: { associations: { '**/quadlet/*.network': 'quadlet' } } } } });
    const chosen = await again;
    assert.deepEqual(codes(chosen), ['syntax/family-not-checked:3']);
    assert.match(String(chosen[0].message), /Podman Quadlet file, as daemonConfig\.files\.associations says/);
    // Associated with units, the same file is checked as one: [Network] is no unit section.
    const asUnit = server.diagnostics(uri, 1);
    server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { daemonConfig: { systemd: { version: 252 }, diagnosticsDelay: 0, files: { associations: { '*.network': 'systemd' } } } } });
    assert.ok((await asUnit).some((d) => d.code === 'systemd/unknown-section'));
  });
});
