// tmpfiles.d and sysusers.d over LSP: a valid file gets no diagnostic at all (no family note), a bad
// type letter and a bad mode get an error each; completion after a blank line offers the type
// letters, hover explains a type letter, the outline has one symbol per line, and semantic tokens colour the columns.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../helpers/lspClient';

const TMPFILES = '# app\nd /run/app 0755 root root -\nL+ /etc/app.conf - - - - /usr/share/app/app.conf\n';
const SYSUSERS = 'u app - "App daemon" /var/lib/app\ng appgrp -\nm app appgrp\n';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}:${d.severity ?? 0}`);
const labels = (answer: CompletionList | CompletionItem[] | null) => (Array.isArray(answer) ? answer : answer?.items ?? []).map((i) => i.label);

describe('tmpfiles.d and sysusers.d over LSP', { timeout: 60_000 }, () => {
  let server: LspSession;
  before(async () => { server = await startServer(); });
  after(async () => { await server.close(); });

  it('gives valid files no diagnostic, not even the family note', async () => {
    for (const [uri, text] of [['file:///etc/tmpfiles.d/app.conf', TMPFILES], ['file:///usr/lib/sysusers.d/app.conf', SYSUSERS]]) {
      const published = server.diagnostics(uri);
      server.open(uri, text, 'plaintext');
      assert.deepEqual(codes(await published), [], uri);
    }
  });

  it('reports a bad type letter and a bad mode, each on its line', async () => {
    const uri = 'file:///etc/tmpfiles.d/bad.conf';
    const published = server.diagnostics(uri);
    server.open(uri, 'y /run/a\nd /run/b 0799 - - -\n', 'plaintext');
    const found = await published;
    assert.deepEqual(codes(found), ['0:tmpfiles/unknown-type:1', '1:tmpfiles/bad-mode:1']);
    const dup = 'file:///etc/tmpfiles.d/dup.conf';
    const dupPublished = server.diagnostics(dup);
    server.open(dup, 'd!! /var/run/a\n', 'plaintext');
    const [modifier] = await dupPublished;
    const actions = await server.request<{ title: string; edit: unknown }[]>('textDocument/codeAction', { textDocument: { uri: dup }, range: modifier.range, context: { diagnostics: [modifier] } });
    assert.deepEqual(actions.map((a) => a.title), ['Remove \'!\'']);
    const sys = 'file:///etc/sysusers.d/bad.conf';
    const sysPublished = server.diagnostics(sys);
    // An editor may open these folders' files as systemd-unit; the folder still decides.
    server.open(sys, 'u 9bad\n', 'systemd-unit');
    assert.deepEqual(codes(await sysPublished), ['0:sysusers/bad-name:1']);
  });

  it('offers the type letters after a blank line and modifiers after a letter', async () => {
    const uri = 'file:///etc/tmpfiles.d/app.conf';
    const letters = labels(await server.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 0 } }));
    for (const letter of ['d', 'f', 'L', 'w', 'z', 'x']) assert.ok(letters.includes(letter), `${letter} in ${letters.join(' ')}`);
    const modifiers = labels(await server.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 1 } }));
    assert.ok(modifiers.includes('d!') && modifiers.includes('d-'), modifiers.join(' '));
    const users = labels(await server.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 17 } }));
    assert.ok(users.includes('root'), users.join(' '));
    const sysLetters = labels(await server.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: 'file:///usr/lib/sysusers.d/app.conf' }, position: { line: 3, character: 0 } }));
    assert.deepEqual(sysLetters, ['u', 'g', 'm', 'r']);
  });

  it('explains a type letter on hover and lists one symbol per line', async () => {
    const uri = 'file:///etc/tmpfiles.d/app.conf';
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 0 } });
    const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(text, /symbolic link/);
    assert.match(text, /Force/);
    assert.match(text, /tmpfiles\.d\.html/);
    // With systemd's man pages installed, the machine's own entry for the letter follows.
    if (existsSync('/usr/share/man/man5/tmpfiles.d.5.gz')) assert.match(text, /manual on this machine: \[tmpfiles\.d\(5\)\]/);
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['d /run/app', 'L+ /etc/app.conf']);
    // Semantic tokens: five numbers per token; the first is the `d` on line 1, a keyword (index 4 of the legend).
    const tokens = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(tokens.data.slice(0, 5), [1, 0, 1, 4, 0]);
  });
});
