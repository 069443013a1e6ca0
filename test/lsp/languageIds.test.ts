// The editor's language mode picks the family over LSP: the same text at the same path, opened with two
// language ids, is checked as two different families.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

// networkd's [Match] with a misspelt key: networkd reports the key; Quadlet refuses the whole [Match] section.
const TEXT = '[Match]\nName=eth0\n\n[Network]\nDHCP=yes\nAdress=10.0.0.2/24\n';

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('language ids of the families over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('checks one text as networkd\'s or Quadlet\'s by the language id it is opened with', async () => {
    const uri = 'file:///srv/lan/10-lan.network';
    const asNetworkd = server.diagnostics(uri);
    server.open(uri, TEXT, 'systemd-networkd');
    const networkd = await asNetworkd;
    assert.ok(networkd.some((d) => /Adress/.test(String(d.message))), codes(networkd).join(', '));
    assert.ok(!codes(networkd).some((c) => c.startsWith('quadlet/')), codes(networkd).join(', '));

    // Change Language Mode: VS Code closes the document and opens it again with the new id.
    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const asQuadlet = server.diagnostics(uri, 2);
    server.open(uri, TEXT, 'quadlet', 2);
    const quadlet = await asQuadlet;
    assert.ok(codes(quadlet).some((c) => c.startsWith('quadlet/')), codes(quadlet).join(', '));
    assert.notDeepEqual(codes(quadlet), codes(networkd));
  });
});
