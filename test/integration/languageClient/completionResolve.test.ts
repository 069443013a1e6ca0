// "DisposableStore is missing..." in the extension host log comes from completionItem/resolve:
// VS Code releases a completion list when a newer one replaces it and cancels the pending resolve
// of its item; whatever truthy item the provider still returns is then converted for the released
// list, which throws. Here the real vscode-languageclient completion feature (with a stand-in
// `vscode` module and a server that answers a cancelled request with RequestCancelled, as ours
// does) must answer a cancelled resolve with nothing, through our middleware.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver-protocol';

interface Item { label: string; documentation?: string }
interface Provider { resolveCompletionItem(item: Item, token: CancellationToken): Promise<Item | null | undefined> }

describe('completion item resolve through the language client', () => {
  let dir: string;
  let resolveCompletionItem: typeof import('../../../client/src/completionResolve').resolveCompletionItem;
  type Feature = new (client: object) => { registerLanguageProvider(options: object, id: string): [unknown, Provider] };
  let CompletionItemFeature: Feature;
  let handleFailedRequest: (...args: unknown[]) => unknown;

  before(async () => {
    // A `vscode` module with what the client's modules need while loading: any name is a class.
    dir = mkdtempSync(join(tmpdir(), 'dc-'));
    const fake = join(dir, 'vscode.cjs');
    writeFileSync(fake, [
      'const classes = {};',
      'class CancellationError extends Error {}',
      'const base = { CancellationError, languages: { registerCompletionItemProvider: () => ({ dispose() {} }) } };',
      "module.exports = new Proxy(base, { get(t, p) { if (p in t) return t[p]; if (typeof p !== 'string') return undefined; return classes[p] ??= class { constructor(...a) { this.args = a; } }; } });",
    ].join('\n'));
    const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
    const original = M._resolveFilename;
    M._resolveFilename = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? fake : original.call(this, request, ...rest);
    };
    /* eslint-disable @typescript-eslint/no-require-imports */
    CompletionItemFeature = require('vscode-languageclient/$test/common/completion').CompletionItemFeature as Feature;
    handleFailedRequest = require('vscode-languageclient/$test/common/client').BaseLanguageClient.prototype.handleFailedRequest;
    resolveCompletionItem = require('../../../client/src/completionResolve').resolveCompletionItem;
    /* eslint-enable @typescript-eslint/no-require-imports */
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  function provider(middleware: object, fail = false): Provider {
    const client = {
      middleware,
      code2ProtocolConverter: { asCompletionItem: (item: Item) => ({ label: item.label }) },
      protocol2CodeConverter: { asCompletionItem: (result: Item) => ({ ...result }), asDocumentSelector: (s: unknown) => s },
      // the server: documentation after a moment, or RequestCancelled once the client cancels
      sendRequest: (_type: unknown, params: Item, token: CancellationToken) => new Promise((resolve, reject) => {
        const timer = setTimeout(() => (fail ? reject(new ResponseError(ErrorCodes.PendingResponseRejected, 'the connection went away')) : resolve({ ...params, documentation: `about ${params.label}` })), 20);
        token.onCancellationRequested(() => {
          clearTimeout(timer);
          reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'completionItem/resolve cancelled'));
        });
      }),
      handleFailedRequest,
      error: () => undefined,
    };
    const feature = new CompletionItemFeature(client);
    return feature.registerLanguageProvider({ documentSelector: [{ language: 'systemd-unit' }], resolveProvider: true }, 'test')[1];
  }

  it('a cancelled resolve answers nothing, so VS Code converts nothing for a released list', async () => {
    const source = new CancellationTokenSource();
    const pending = provider({ resolveCompletionItem }).resolveCompletionItem({ label: 'ExecStart' }, source.token);
    source.cancel();
    assert.equal(await pending, undefined);
  });

  it('(what happens without it: the unresolved item comes back)', async () => {
    const source = new CancellationTokenSource();
    const pending = provider({}).resolveCompletionItem({ label: 'ExecStart' }, source.token);
    source.cancel();
    assert.deepEqual(await pending, { label: 'ExecStart' });
  });

  it('a resolve whose connection went away (server restart) answers nothing too', async () => {
    const source = new CancellationTokenSource();
    assert.equal(await provider({ resolveCompletionItem }, true).resolveCompletionItem({ label: 'ExecStart' }, source.token), undefined);
    assert.deepEqual(await provider({}, true).resolveCompletionItem({ label: 'ExecStart' }, source.token), { label: 'ExecStart' });
  });

  it('a resolve that completes still brings the documentation', async () => {
    const source = new CancellationTokenSource();
    assert.deepEqual(await provider({ resolveCompletionItem }).resolveCompletionItem({ label: 'Type' }, source.token), { label: 'Type', documentation: 'about Type' });
  });
});
