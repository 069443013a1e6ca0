// Huge files stay cheap: above the size limit the server parses nothing and says so in one
// information diagnostic; below it, every list it answers with is capped. Ordering, not timing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const LIMIT = 1024 * 1024;
const UNIT_BLOCK = '[Unit]\nDescription=generated\nAfter=network.target\n\n[Service]\nType=simple\nExecStart=/bin/true\n\n';
/** A unit of exactly `length` characters: whole blocks, then a comment to fill up. */
function unitOf(length: number): string {
  const text = UNIT_BLOCK.repeat(Math.floor((length - 100) / UNIT_BLOCK.length));
  return text + '#' + 'x'.repeat(length - text.length - 2) + '\n';
}
const SMALL = '[Service]\nType=simple\nExecStart=/bin/true\n';
const doc = (uri: string) => ({ textDocument: { uri } });
const at = (uri: string, line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
const completionItems = (result: CompletionItem[] | CompletionList | null) => (Array.isArray(result) ? result : result?.items ?? []);

describe('a file above the size limit', () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('gets exactly one information diagnostic naming its size and the limit, and empty answers', async () => {
    const uri = 'file:///big/huge.service';
    const published = server.diagnostics(uri);
    server.open(uri, unitOf(LIMIT + 1));
    const diagnostics = await published;
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.slice(0, 3)));
    const [only] = diagnostics;
    assert.equal(only.severity, 3);
    assert.equal(only.code, 'syntax/file-too-large');
    assert.match(only.codeDescription?.href ?? '', /rules\.md#syntax-file-too-large$/);
    assert.deepEqual(only.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(String(only.message), /1\.1 MB, over the 1 MB/);

    assert.deepEqual(await server.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(uri)), []);
    assert.deepEqual(await server.request<FoldingRange[]>('textDocument/foldingRange', doc(uri)), []);
    assert.deepEqual(await server.request<DocumentLink[]>('textDocument/documentLink', doc(uri)), []);
    assert.equal(await server.request<Hover | null>('textDocument/hover', at(uri, 5, 1)), null);
    assert.deepEqual(completionItems(await server.request('textDocument/completion', at(uri, 5, 5))), []);
    assert.equal(await server.request('textDocument/definition', at(uri, 2, 8)), null);
  });

  it('is the same for a supervisor config', async () => {
    const uri = 'file:///big/supervisord.conf';
    const published = server.diagnostics(uri);
    const program = '[program:web]\ncommand=/usr/bin/web\nautostart=maybe\n\n';
    server.open(uri, program.repeat(Math.ceil((LIMIT + 1) / program.length)), 'supervisor-conf');
    assert.deepEqual((await published).map((d) => [d.code, d.severity]), [['syntax/file-too-large', 3]]);
    assert.deepEqual(await server.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(uri)), []);
    assert.equal(await server.request<Hover | null>('textDocument/hover', at(uri, 1, 1)), null);
  });

  it('is analysed again once an edit brings it under the limit, and not once one takes it over', async () => {
    const uri = 'file:///big/shrinks.service';
    const text = unitOf(LIMIT + 10);
    const first = server.diagnostics(uri, 1);
    server.open(uri, text);
    assert.equal((await first)[0]?.code, 'syntax/file-too-large');
    // Replace everything after the first block by `Type=simpel`: small, with one real error.
    const lines = text.split('\n').length;
    const shrunk = server.diagnostics(uri, 2);
    server.change(uri, 2, [{ range: { start: { line: 5, character: 0 }, end: { line: lines, character: 0 } }, text: 'Type=simpel\n' }]);
    const after = await shrunk;
    assert.ok(after.some((d) => d.severity === 1 && d.range.start.line === 5), JSON.stringify(after));
    assert.ok(!after.some((d) => d.code === 'syntax/file-too-large'));
    const grown = server.diagnostics(uri, 3);
    server.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: unitOf(LIMIT) }]);
    assert.deepEqual((await grown).map((d) => d.code), ['syntax/file-too-large']);
  });

  it('leaves other documents answering: hover on a small file while the big one is open and edited', async () => {
    const big = 'file:///big/other-huge.service';
    const small = 'file:///big/small.service';
    const smallPublished = server.diagnostics(small);
    server.open(small, SMALL);
    await smallPublished;
    const bigPublished = server.diagnostics(big, 2);
    server.open(big, unitOf(3 * LIMIT));
    server.change(big, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Type=simpel\n' }]);
    const hover = await server.request<Hover | null>('textDocument/hover', at(small, 1, 1));
    assert.match(JSON.stringify(hover?.contents), /Type/);
    assert.deepEqual((await bigPublished).map((d) => d.code), ['syntax/file-too-large']);
  });
});

describe('a large file below the size limit', () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('is analysed in steps: a hover on another file, asked after the big file\'s outline, is answered first', async () => {
    const small = 'file:///large/small.service';
    const smallPublished = server.diagnostics(small);
    server.open(small, SMALL);
    await smallPublished;
    const big = 'file:///large/big.service';
    server.open(big, unitOf(LIMIT));
    const order: string[] = [];
    const symbols = server.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(big)).then((s) => { order.push('outline of the big file'); return s; });
    const hover = server.request<Hover | null>('textDocument/hover', at(small, 1, 1)).then((h) => { order.push('hover on the small file'); return h; });
    assert.match(JSON.stringify((await hover)?.contents), /Type/);
    assert.ok((await symbols).length > 0, 'the big file is analysed');
    assert.deepEqual(order, ['hover on the small file', 'outline of the big file']);
  });
});

describe('list answers below the size limit', () => {
  let server: LspSession;
  let folder: string;
  const units = 1200;
  const sections = 6000;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'dc-'));
    for (let i = 0; i < units; i++) writeFileSync(join(folder, `dep${i}.service`), '[Service]\nExecStart=/bin/true\n');
    server = await startServer(undefined, {}, { rootUri: pathToFileURL(folder).href });
  });
  after(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  // Each block: a two-line section with a link, and a two-line comment run: 2 symbols, 2 folds, 1 link.
  const block = '[Unit]\nWants=dep1.service\n# one\n# two\n';
  let uri: string;
  before(async () => {
    uri = pathToFileURL(join(folder, 'many.service')).href;
    const text = block.repeat(sections) + '[Unit]\nWants=\n';
    assert.ok(text.length < LIMIT);
    const published = server.diagnostics(uri);
    server.open(uri, text);
    await published;
  });

  it('caps the outline, sections and directives counted together', async () => {
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(uri));
    assert.equal(symbols.reduce((n, s) => n + 1 + (s.children?.length ?? 0), 0), 5000);
  });

  it('caps folding ranges', async () => {
    assert.equal((await server.request<FoldingRange[]>('textDocument/foldingRange', doc(uri))).length, 5000);
  });

  it('caps document links', async () => {
    assert.equal((await server.request<DocumentLink[]>('textDocument/documentLink', doc(uri))).length, 5000);
  });

  it('caps completion items and marks the list incomplete', async () => {
    const completion = await server.request<CompletionItem[] | CompletionList>('textDocument/completion', at(uri, sections * 4 + 1, 6));
    assert.equal(completionItems(completion).length, 1000);
    assert.equal(Array.isArray(completion) ? false : completion.isIncomplete, true, 'a capped list must be marked incomplete');
  });

  it('caps code actions', async () => {
    const fix = { title: 'Fix it', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '#' }] };
    const diagnostics: Diagnostic[] = Array.from({ length: 6000 }, (_, line) => ({
      range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: 'x', data: { fixes: [fix] },
    }));
    const actions = await server.request<CodeAction[]>('textDocument/codeAction',
      { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics } });
    assert.equal(actions.length, 5000);
  });
});
