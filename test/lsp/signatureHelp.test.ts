import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MarkupContent, SignatureHelp } from 'vscode-languageserver-types';
import { mark } from '../helpers/markers';
import { startServer, type LspSession } from '../helpers/lspClient';

describe('textDocument/signatureHelp over stdio', () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => server.close());
  let opened = 0;
  const helpAt = async (name: string, source: string, languageId?: string) => {
    const { text, cursor } = mark(source);
    const uri = `file:///w/${opened++}/${name}`;
    server.open(uri, text, languageId);
    return server.request<SignatureHelp | null>('textDocument/signatureHelp', { textDocument: { uri }, position: cursor, context: { triggerKind: 2, triggerCharacter: ' ', isRetrigger: false } });
  };

  it('explains the prefixes right after ExecStart= and counts argv further on', async () => {
    const first = await helpAt('a.service', '[Service]\nExecStart=$0\n');
    const [signature] = first?.signatures ?? [];
    assert.equal(signature?.label, '[PREFIXES]PROGRAM [ARGUMENT…]');
    assert.equal(first?.activeParameter, 0);
    assert.match((signature?.parameters?.[0].documentation as MarkupContent).value, /\| `@` \|/);
    const later = await helpAt('a.service', '[Service]\nExecStart=/usr/bin/a -v $0\n');
    assert.equal(later?.activeParameter, 2);
    assert.match((later?.signatures[0].documentation as MarkupContent).value, /`argv\[2\]` of `\/usr\/bin\/a`/);
  });

  it('helps with supervisor command= and stays quiet elsewhere', async () => {
    const help = await helpAt('a.conf', '[program:a]\ncommand=/usr/bin/a $0\n', 'supervisor-conf');
    assert.equal(help?.signatures[0].label, 'PROGRAM [ARGUMENT…]');
    assert.equal(help?.activeParameter, 1);
    assert.equal(await helpAt('b.service', '[Service]\nType=$0\n'), null);
  });
});
