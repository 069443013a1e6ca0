// A server that stays up: thousands of seeded, mostly hostile messages (junk params, unknown URIs,
// positions past the end or not numbers at all, closed documents, cancellations in flight,
// interleaved opens/changes/closes, broken frames). Every request must get a result or a JSON-RPC
// error with a numeric code, and the server must keep answering real questions correctly.
// STAYUP_SEED and STAYUP_MESSAGES reproduce or widen a run.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { prng, Run } from '../helpers/hostileMessages';
import { RawLsp } from '../helpers/rawLsp';

const SEED = Number(process.env.STAYUP_SEED ?? 0x5eed);
const MESSAGES = Number(process.env.STAYUP_MESSAGES ?? 20000);
const BATCH = 60;
const HEALTH_EVERY = 2500;

const HEALTH_UNIT = '[Service]\nType=simple\nRestrat=always\nExecStart=/bin/true\n';

/** A fresh document gets the right diagnostics, hover and completion: the server still works. */
async function assertServing(lsp: RawLsp, label: string): Promise<void> {
  assert.ok(lsp.alive, `server exited before ${label}: code ${lsp.child.exitCode}, stderr: ${lsp.stderr}`);
  lsp.notify('workspace/didChangeConfiguration', { settings: { daemonConfig: { systemd: { version: 252 }, diagnosticsDelay: 0 } } });
  const uri = `file:///health/${label.replace(/\W+/g, '-')}.service`;
  const published = lsp.diagnostics(uri, 1);
  lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'systemd-unit', version: 1, text: HEALTH_UNIT } });
  const diagnostics = (await published) as { code?: unknown; range: { start: { line: number } } }[];
  assert.ok(diagnostics.some((d) => d.code === 'systemd/unknown-directive' && d.range.start.line === 2), `${label}: ${JSON.stringify(diagnostics)}`);
  const hover = await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } });
  assert.match(JSON.stringify(hover.result), /Type/, `${label}: hover ${JSON.stringify(hover)}`);
  const completion = await lsp.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 5 } });
  const items = (Array.isArray(completion.result) ? completion.result : (completion.result as { items?: unknown[] } | null)?.items ?? []) as { label: string }[];
  const simple = items.find((i) => i.label === 'simple');
  assert.ok(simple, `${label}: completion ${JSON.stringify(completion).slice(0, 300)}`);
  const resolved = await lsp.request('completionItem/resolve', simple);
  assert.match(JSON.stringify((resolved.result as { documentation?: unknown } | null)?.documentation), /simple/, `${label}: resolve ${JSON.stringify(resolved)}`);
  lsp.notify('textDocument/didClose', { textDocument: { uri } });
}

/** Methods the server says it serves, read from its initialize result. */
function advertised(capabilities: Record<string, unknown>): string[] {
  const providers: [string, string][] = [
    ['completionProvider', 'textDocument/completion'], ['hoverProvider', 'textDocument/hover'], ['documentSymbolProvider', 'textDocument/documentSymbol'],
    ['foldingRangeProvider', 'textDocument/foldingRange'], ['codeActionProvider', 'textDocument/codeAction'], ['definitionProvider', 'textDocument/definition'],
    ['documentLinkProvider', 'textDocument/documentLink'], ['codeLensProvider', 'textDocument/codeLens'],
    ['selectionRangeProvider', 'textDocument/selectionRange'], ['inlayHintProvider', 'textDocument/inlayHint'],
    ['signatureHelpProvider', 'textDocument/signatureHelp'],
    ['documentFormattingProvider', 'textDocument/formatting'], ['documentRangeFormattingProvider', 'textDocument/rangeFormatting'],
    ['semanticTokensProvider', 'textDocument/semanticTokens/full'],
    ['referencesProvider', 'textDocument/references'], ['documentHighlightProvider', 'textDocument/documentHighlight'],
    ['renameProvider', 'textDocument/rename'], ['workspaceSymbolProvider', 'workspace/symbol'],
  ];
  const methods = providers.filter(([key]) => capabilities[key]).map(([, method]) => method);
  if ((capabilities.completionProvider as { resolveProvider?: boolean } | undefined)?.resolveProvider) methods.push('completionItem/resolve');
  if ((capabilities.codeActionProvider as { resolveProvider?: boolean } | undefined)?.resolveProvider) methods.push('codeAction/resolve');
  if ((capabilities.documentLinkProvider as { resolveProvider?: boolean } | undefined)?.resolveProvider) methods.push('documentLink/resolve');
  const semantic = capabilities.semanticTokensProvider as { full?: { delta?: boolean }; range?: boolean } | undefined;
  if (semantic?.full?.delta) methods.push('textDocument/semanticTokens/full/delta');
  if (semantic?.range) methods.push('textDocument/semanticTokens/range');
  if ((capabilities.renameProvider as { prepareProvider?: boolean } | undefined)?.prepareProvider) methods.push('textDocument/prepareRename');
  const unlisted = Object.keys(capabilities).filter((key) => key.endsWith('Provider') && !providers.some(([known]) => known === key));
  assert.deepEqual(unlisted, [], 'a new capability: teach this test its method');
  return methods;
}

/** Messages vscode-jsonrpc and the server log when something threw. */
function serverFailures(lsp: RawLsp): string[] {
  const text = [lsp.stderr, ...lsp.logs.filter((l) => l.type === 1).map((l) => l.message)];
  return text.filter((t) => /uncaught exception|failed with message|failed unexpectedly| failed: /i.test(t));
}

describe('the server stays up', { timeout: 5 * 60_000 }, () => {
  let lsp: RawLsp;
  let methods: string[];
  before(async () => {
    lsp = new RawLsp();
    const result = (await lsp.initialize({ settings: { systemd: { version: 252 }, diagnosticsDelay: 0 } })) as { capabilities: Record<string, unknown> };
    // Custom requests no capability announces: daemonConfig/effectiveUnit takes { textDocument } like the default case.
    methods = [...advertised(result.capabilities), 'daemonConfig/effectiveUnit'];
  });
  after(async () => {
    const code = await lsp.shutdown();
    assert.equal(code, 0, 'a clean exit after shutdown');
  });

  it(`answers ${MESSAGES} seeded hostile messages (seed ${SEED}) and keeps serving`, async (t) => {
    await assertServing(lsp, 'start');
    const run = new Run(lsp, prng(SEED), methods);
    for (let sent = 0; sent < MESSAGES;) {
      const answers: Promise<void>[] = [];
      for (let i = 0; i < BATCH && sent < MESSAGES; i++, sent++) {
        const answer = run.step();
        if (answer) answers.push(answer);
      }
      await Promise.race([Promise.all(answers), lsp.exited]);
      assert.ok(lsp.alive, `the server exited after ${sent} messages: code ${lsp.child.exitCode}\n${lsp.stderr}`);
      if (sent % HEALTH_EVERY < BATCH) await assertServing(lsp, `after ${sent}`);
    }
    await assertServing(lsp, 'end of run');
    const tally = [...run.tally].sort().map(([key, n]) => `${key}: ${n}`).join(', ');
    t.diagnostic(`${run.requests} requests (${run.cancels} cancelled in flight), ${run.notifications} notifications; ${tally}`);
    const failures = serverFailures(lsp);
    if (failures.length > 0) t.diagnostic(`server-side failures: ${failures.length}, e.g.\n${[...new Set(failures.map((f) => f.split('\n')[0]))].slice(0, 15).join('\n')}`);
    assert.deepEqual(run.failures.slice(0, 10), []);
    assert.deepEqual(lsp.strays, [], 'every response answers a request, once');
    assert.equal(lsp.inFlight, 0);
    assert.deepEqual(failures, []);
  });

  // Broken framing and bodies. vscode-jsonrpc drops a body that is not JSON or not JSON-RPC (it sends
  // no -32600 back), and after a header it cannot read it leaves what else it had buffered until more
  // bytes arrive: hence the empty header block to get back on a frame boundary, and the nudges (ignored
  // $/ notifications) while waiting. Nothing here is timed; the nudges only make the server read.
  const body = Buffer.from('{"jsonrpc":"2.0","id":"lost","method":"textDocument/hover"}');
  const broken: [string, (lsp: RawLsp) => void][] = [
    ['a body that is not JSON', (l) => l.writeFrame(Buffer.from('{"jsonrpc'))],
    ['JSON that is not JSON-RPC', (l) => { for (const b of ['42', '[]', '{"foo":1}', 'null']) l.writeFrame(Buffer.from(b)); }],
    ['a non-string method', (l) => l.writeFrame(Buffer.from('{"jsonrpc":"2.0","id":"m5","method":5}'))],
    ['a JSON-RPC batch', (l) => l.writeFrame(Buffer.from('[{"jsonrpc":"2.0","id":"b1","method":"textDocument/hover"}]'))],
    ['invalid UTF-8', (l) => l.writeFrame(Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"$/x","params":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]))],
    ['a non-numeric Content-Length', (l) => l.writeRaw('Content-Length: abc\r\n\r\n{}')],
    ['no Content-Length', (l) => l.writeRaw('Content-Type: text/plain\r\n\r\n{"jsonrpc":"2.0","method":"$/x"}')],
    ['a header line without a colon', (l) => l.writeRaw('garbage\r\n\r\n')],
    ['a Content-Length too short', (l) => l.writeFrame(body, 10)],
    ['a Content-Length too long, then filler', (l) => { l.writeFrame(body, body.length + 20); l.writeRaw('x'.repeat(20)); }],
  ];
  for (const [name, write] of broken) {
    it(`survives ${name} and serves the next request`, async () => {
      write(lsp);
      lsp.writeRaw('\r\n\r\n');
      const nudge = setInterval(() => lsp.notify('$/stayup/nudge'), 50);
      try {
        const answer = lsp.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.service' }, position: { line: 0, character: 0 } });
        await Promise.race([answer, lsp.exited]);
        assert.ok(lsp.alive, lsp.stderr);
        assert.deepEqual(await answer, { jsonrpc: '2.0', id: (await answer).id, result: null });
      } finally {
        clearInterval(nudge);
      }
      await assertServing(lsp, `after ${name}`);
      assert.deepEqual(serverFailures(lsp), []);
    });
  }
  it('survives a negative Content-Length', { todo: 'vscode-jsonrpc 10 keeps the negative length and never reads another message' });
});
