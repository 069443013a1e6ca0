// Quick fixes over a real stdio connection: what an editor gets for a code-action request and the
// text it ends up with after applying the edit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

describe('quick fixes over LSP', () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  /** Opens `text`, asks for the actions of the diagnostics with `code`, and applies each one to a copy. */
  async function fixesFor(uri: string, text: string, code: string): Promise<{ diagnostic: Diagnostic; results: Map<string, string> }> {
    const published = server.diagnostics(uri);
    server.open(uri, text);
    const diagnostics = (await published).filter((d) => d.code === code);
    assert.equal(diagnostics.length, 1, `one ${code}`);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction',
      { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
    const results = new Map<string, string>();
    for (const action of actions) {
      const doc = TextDocument.create(uri, 'systemd-unit', 1, text);
      results.set(action.title, TextDocument.applyEdits(doc, action.edit?.changes?.[uri] ?? []));
    }
    return { diagnostic: diagnostics[0], results };
  }

  it('puts the missing ExecStart= error on [Service] and offers the fixes that make the unit load', async () => {
    const text = '[Unit]\nDescription=stop hook\n\n[Service]\nExecStop=/usr/bin/cleanup\n';
    const { diagnostic, results } = await fixesFor('file:///w/hook.service', text, 'systemd/missing-execstart');
    assert.deepEqual(diagnostic.range, { start: { line: 3, character: 1 }, end: { line: 3, character: 8 } });
    assert.deepEqual([...results.keys()], ['Set RemainAfterExit=yes', 'Add ExecStart=']);
    assert.equal(results.get('Set RemainAfterExit=yes'), text.replace('cleanup\n', 'cleanup\nRemainAfterExit=yes\n'));
    assert.equal(results.get('Add ExecStart='), text.replace('cleanup\n', 'cleanup\nExecStart=/path/to/program\n'));
  });

  it('moves FailureAction= to [Unit] by replacing the value there, not by adding a second line', async () => {
    const text = '[Unit]\nFailureAction=reboot\n\n[Service]\nExecStart=/bin/true\nFailureAction=poweroff\n';
    const { results } = await fixesFor('file:///w/fail.service', text, 'systemd/deprecated-directive');
    assert.deepEqual([...results.keys()], ['Move to [Unit], replacing FailureAction=reboot', 'Remove this line: [Unit] already sets FailureAction=reboot']);
    assert.equal(results.get('Move to [Unit], replacing FailureAction=reboot'), '[Unit]\nFailureAction=poweroff\n\n[Service]\nExecStart=/bin/true\n');
    assert.equal(results.get('Remove this line: [Unit] already sets FailureAction=reboot'), '[Unit]\nFailureAction=reboot\n\n[Service]\nExecStart=/bin/true\n');
  });

  it('finds the fixes of a diagnostic sent back without its data, as ALE sends it (code, range and message only)', async () => {
    const uri = 'file:///w/ale.service';
    const text = '[Unit]\nDescription=stop hook\n\n[Service]\nExecStop=/usr/bin/cleanup\n';
    const published = server.diagnostics(uri);
    server.open(uri, text);
    const [diagnostic] = (await published).filter((d) => d.code === 'systemd/missing-execstart');
    const message = String(diagnostic.message);
    const asAle = (sentMessage: string) => ({ code: diagnostic.code, message: sentMessage, range: diagnostic.range });
    const titles = async (diagnostics: unknown[]) => (await server.request<CodeAction[]>('textDocument/codeAction',
      { textDocument: { uri }, range: diagnostic.range, context: { diagnostics } })).map((a) => a.title);
    assert.deepEqual(await titles([asAle(message)]), ['Set RemainAfterExit=yes', 'Add ExecStart=']);
    // ALE puts a multi-line message on one line; a message the server never sent matches nothing.
    assert.deepEqual(await titles([asAle(message.replace(/ /g, '\n'))]), ['Set RemainAfterExit=yes', 'Add ExecStart=']);
    assert.deepEqual(await titles([asAle('something else')]), []);
    assert.deepEqual(await titles([{ ...asAle(message), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }]), []);
  });
});
