// networkd, nspawn and journald.conf over a real stdio connection: valid files get no error; a bad value and
// a misspelt key get one each, with the quick fix; completion and hover come from the family's schema.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const VALID: [string, string][] = [
  ['file:///etc/systemd/journald.conf', '[Journal]\nStorage=persistent\nSystemMaxUse=500M\n'],
  ['file:///etc/systemd/network/10-eth.network', '[Match]\nName=eth0\n\n[Network]\nDHCP=yes\nDNS=1.1.1.1\n\n[Address]\nAddress=10.0.0.2/24\n\n[Route]\nGateway=10.0.0.1\n'],
  ['file:///etc/systemd/network/25-br0.netdev', '[NetDev]\nName=br0\nKind=bridge\n'],
  ['file:///etc/systemd/network/10-wan.link', '[Match]\nOriginalName=eth*\n\n[Link]\nName=wan0\n'],
  ['file:///etc/systemd/nspawn/web.nspawn', '[Exec]\nBoot=yes\n\n[Network]\nVirtualEthernet=yes\n'],
];

const items = (result: CompletionList | CompletionItem[] | null) => (Array.isArray(result) ? result : result?.items ?? []).map((i) => i.label);

describe('systemd families with a schema over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  async function open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = server.diagnostics(uri);
    server.open(uri, text, 'systemd-unit');
    return published;
  }

  async function fixOf(uri: string, text: string, d: Diagnostic): Promise<string> {
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const preferred = actions.find((a) => a.isPreferred) ?? actions[0];
    assert.ok(preferred, 'a quick fix');
    return TextDocument.applyEdits(TextDocument.create(uri, 'systemd-unit', 1, text), preferred.edit?.changes?.[uri] ?? []);
  }

  it('gives a valid file of each family no diagnostic', async () => {
    for (const [uri, text] of VALID) assert.deepEqual(await open(uri, text), [], uri);
  });

  it('reports Storage=volatil in journald.conf once, with the fix', async () => {
    const uri = 'file:///etc/systemd/journald.conf.d/10-bad.conf';
    const text = '[Journal]\nStorage=volatil\n';
    const found = await open(uri, text);
    assert.deepEqual(found.map((d) => [d.code, d.severity, d.range.start.line]), [['systemd/invalid-value', 1, 1]]);
    assert.equal(await fixOf(uri, text, found[0]), '[Journal]\nStorage=volatile\n');
  });

  it('reports a misspelt key in a .network file once, with the fix', async () => {
    const uri = 'file:///etc/systemd/network/20-typo.network';
    const text = '[Match]\nName=eth1\n\n[Network]\nGatway=10.0.0.1\n';
    const found = await open(uri, text);
    assert.deepEqual(found.map((d) => [d.code, d.severity, d.range.start.line]), [['systemd/unknown-directive', 1, 4]]);
    assert.equal(await fixOf(uri, text, found[0]), text.replace('Gatway', 'Gateway'));
  });

  it('completes sections, keys and values from the family schema, and hovers with its summary and type', async () => {
    const uri = 'file:///etc/systemd/journald.conf.d/20-comp.conf';
    await open(uri, '[Journal]\nStorage=\n\n[');
    const keys = items(await server.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } }));
    assert.ok(keys.includes('SystemMaxUse') && !keys.includes('ExecStart'), keys.join());
    const sections = items(await server.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 1 } }));
    assert.ok(sections.some((l) => /Journal/.test(l)), sections.join());
    assert.ok(!sections.some((l) => /Service/.test(l)), sections.join());
    const values = items(await server.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 8 } }));
    assert.deepEqual([...values].sort(), ['auto', 'none', 'persistent', 'volatile']);
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(text, /Where journal data is kept/);
    assert.match(text, /journald\.conf/);
  });

  it('shows the entry of the host\'s own page in a family hover, and an outline of the file', async () => {
    const uri = 'file:///etc/systemd/network/30-manual.network';
    await open(uri, '[Match]\nName=eth2\n\n[Network]\nDHCP=yes\n');
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]), [['[Match]', ['Name']], ['[Network]', ['DHCP']]]);
    const installed = ['/usr/share/man/man5/systemd.network.5.gz', '/usr/share/man/man5/systemd.network.5'].some((p) => existsSync(p));
    const hoverAt = () => server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 1 } });
    // The first hover may answer before the page is read; the next one has it.
    await hoverAt();
    const text = (((await hoverAt())?.contents) as MarkupContent | undefined)?.value ?? '';
    assert.match(text, /systemd\.network\.html#DHCP=/);
    if (installed) assert.match(text, /manual on this machine: \[systemd\.network\(5\)\]/);
    // Only that page: never the entry of a unit directive of the same name.
    assert.doesNotMatch(text, /systemd\.(exec|unit|service)\(5\)/);
  });
});
