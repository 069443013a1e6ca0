// `initialize` advertises every capability of issue 13 that the server implements, in the shape
// editors read: a client that does not see a provider never sends its request (Neovim, Eglot and
// ALE all check), so a provider dropped from the list hides a whole feature. Each feature's own
// behaviour is tested in its file (formatting, semanticTokens, references, rename, ...).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RawLsp } from '../helpers/rawLsp';

describe('initialize advertises the complete server', () => {
  let lsp: RawLsp;
  let capabilities: Record<string, unknown>;
  before(async () => {
    lsp = new RawLsp();
    capabilities = ((await lsp.initialize(undefined)) as { capabilities: Record<string, unknown> }).capabilities;
  });
  after(async () => {
    assert.equal(await lsp.shutdown(), 0);
  });

  it('formatting, references, highlights, workspace symbols, selection ranges and inlay hints', () => {
    for (const key of ['documentFormattingProvider', 'documentRangeFormattingProvider', 'referencesProvider', 'documentHighlightProvider',
      'workspaceSymbolProvider', 'selectionRangeProvider', 'inlayHintProvider']) {
      assert.equal(capabilities[key], true, `${key}: ${JSON.stringify(capabilities[key])}`);
    }
  });

  it('signature help, brought up by = and a blank, again by ; between commands', () => {
    assert.deepEqual(capabilities.signatureHelpProvider, { triggerCharacters: ['=', ' '], retriggerCharacters: [';'] });
  });

  it('rename with prepareRename, so that editors can ask before prompting', () => {
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
  });

  it('semantic tokens, full with deltas and by range, with a legend', () => {
    const provider = capabilities.semanticTokensProvider as { legend?: { tokenTypes: string[]; tokenModifiers: string[] }; full?: unknown; range?: unknown };
    assert.deepEqual(provider.full, { delta: true });
    assert.equal(provider.range, true);
    assert.ok(provider.legend?.tokenTypes.includes('property') && provider.legend.tokenModifiers.includes('deprecated'), JSON.stringify(provider.legend));
  });
});
