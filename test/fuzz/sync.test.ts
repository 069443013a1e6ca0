// Sync correctness: random incremental edits must leave the server with the same document, and so the
// same diagnostics, symbols and folds, as opening the final text fresh. The final text is computed
// client-side by a plain-string reference (test/fuzz/edits.ts), not by the library the server uses.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis';
import { DocumentCache } from '../../server/src/documentCache';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { startServer, type LspSession } from '../helpers/lspClient';
import { applyChange } from './edits';
import { notification, startingPoint } from './editSequences';
import { caseSeed, Rng } from './prng';

const SEED = 7_2026;
const settings = { systemdVersion: 252 };

/** Appends a section with an unknown key named after `version`: its diagnostic is new in that version. */
function probeChange(text: string, languageId: string, version: number): TextDocumentContentChangeEvent {
  const end = TextDocument.create('file:///probe', languageId, 1, text).positionAt(text.length);
  // Two line breaks: the first may end a systemd continuation; the header then starts a line of its own.
  const lines = languageId === 'systemd-unit' ? `\n\n[Unit]\nSyncProbe${version}=1\n` : `\n\n[program:syncprobe]\nsyncprobe${version} = 1\n`;
  return { range: { start: end, end }, text: lines };
}

const strip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('sync in-process: an incrementally updated document analyses like a fresh one', () => {
  it('holds for 300 random edit sequences through the document cache', () => {
    for (let sequence = 0; sequence < 300; sequence++) {
      const rng = new Rng(caseSeed(SEED, sequence));
      const start = startingPoint(rng);
      const uri = `file:///sync/${sequence}/${start.name}`;
      const document = TextDocument.create(uri, start.languageId, 1, start.text);
      const cache = new DocumentCache();
      let text = start.text;
      for (let version = 2; version < 2 + 25; version++) {
        const step = notification(rng, text);
        TextDocument.update(document, step.changes, version);
        text = step.text;
        const where = `sequence ${sequence} (seed ${caseSeed(SEED, sequence)}), version ${version}`;
        assert.equal(document.getText(), text, `${where}: the document differs from the reference`);
        const cached = cache.get(document);
        const fresh = analyze(uri, version, text, start.languageId);
        assert.equal(cached === undefined, fresh === undefined, `${where}: classification differs`);
        if (!cached || !fresh) continue;
        assert.equal(cached.text, text, `${where}: the cache analysed stale text`);
        assert.deepEqual(strip(computeDiagnostics(cached, settings)), strip(computeDiagnostics(fresh, settings)), `${where}: diagnostics differ`);
      }
    }
  });
});

describe('sync in-process: a small cache shared by interleaved documents', () => {
  it('always hands out the analysis of the current text, through evictions, closes and reopens', () => {
    const rng = new Rng(caseSeed(SEED, 999_999));
    const cache = new DocumentCache(3);
    const open = Array.from({ length: 6 }, (_, n) => {
      const start = startingPoint(rng);
      const uri = `file:///sync-shared/${n}/${start.name}`;
      return { uri, start, text: start.text, document: TextDocument.create(uri, start.languageId, 1, start.text) };
    });
    for (let step = 0; step < 1500; step++) {
      const doc = rng.pick(open);
      const action = rng.weighted([[6, 'edit'], [3, 'read'], [1, 'reopen']] as const);
      if (action === 'edit') {
        const next = notification(rng, doc.text);
        TextDocument.update(doc.document, next.changes, doc.document.version + 1);
        doc.text = next.text;
      } else if (action === 'reopen') {
        // A closed and reopened document starts again at version 1 with other text.
        cache.delete(doc.uri);
        doc.text = startingPoint(rng).text;
        doc.document = TextDocument.create(doc.uri, doc.start.languageId, 1, doc.text);
      }
      const cached = cache.get(doc.document);
      const where = `step ${step}, ${doc.uri} version ${doc.document.version}`;
      assert.equal(doc.document.getText(), doc.text, `${where}: the document differs from the reference`);
      assert.equal(cached?.text ?? null, analyze(doc.uri, 1, doc.text, doc.start.languageId)?.text ?? null, `${where}: stale analysis`);
      assert.ok(cache.size <= 3, `${where}: the cache holds ${cache.size} documents`);
    }
  });
});

describe('sync over LSP: the bundled server after random didChange edits agrees with a fresh open', () => {
  let edited: LspSession;
  let fresh: LspSession;
  before(async () => {
    [edited, fresh] = await Promise.all([startServer(), startServer()]);
  });
  after(async () => {
    await Promise.all([edited.close(), fresh.close()]);
  });

  interface View {
    diagnostics: Diagnostic[];
    symbols: DocumentSymbol[] | null;
    folds: FoldingRange[] | null;
    /** Completion labels and edit ranges at a few positions: they depend on the exact line contents. */
    completions: string[][];
    hovers: unknown[];
  }
  const view = async (server: LspSession, uri: string, diagnostics: Promise<Diagnostic[]>, positions: Position[]): Promise<View> => {
    const completions: string[][] = [];
    const hovers: unknown[] = [];
    for (const position of positions) {
      const answer = await server.request<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', { textDocument: { uri }, position });
      // An answer narrowed to a typed prefix comes as a CompletionList.
      const items = Array.isArray(answer) ? answer : answer?.items;
      completions.push((items ?? []).map((i) => `${i.label} ${JSON.stringify(i.textEdit)}`));
      hovers.push(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }));
    }
    return {
      diagnostics: await diagnostics,
      symbols: await server.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } }),
      folds: await server.request<FoldingRange[] | null>('textDocument/foldingRange', { textDocument: { uri } }),
      completions,
      hovers,
    };
  };

  const SEQUENCES = 40;
  for (let sequence = 0; sequence < SEQUENCES; sequence++) {
    const seed = caseSeed(SEED + 1, sequence);
    it(`edit sequence ${sequence} (seed ${seed})`, { timeout: 120_000 }, async () => {
      const rng = new Rng(seed);
      const start = startingPoint(rng);
      const uri = `file:///sync-lsp/${sequence}/${start.name}`;
      edited.open(uri, start.text, start.languageId, 1);
      let text = start.text;
      const steps = rng.range(5, 40);
      let final: Promise<Diagnostic[]> | undefined;
      for (let version = 2; version < 2 + steps; version++) {
        const step = notification(rng, text);
        text = step.text;
        if (version === 1 + steps) {
          // The server sends nothing when an edit leaves the diagnostics as they were: the last edit adds
          // a line no earlier version had, so the diagnostics of this version come for sure.
          const probe = probeChange(text, start.languageId, version);
          step.changes.push(probe);
          text = applyChange(text, probe);
          final = edited.diagnostics(uri, version);
        }
        edited.change(uri, version, step.changes);
      }
      const reference = TextDocument.create(uri, start.languageId, 1, text);
      const positions = Array.from({ length: 12 }, () => reference.positionAt(rng.int(text.length + 1)));
      const afterEdits = await view(edited, uri, final!, positions);
      const opened = fresh.diagnostics(uri, 1);
      fresh.open(uri, text, start.languageId, 1);
      const afterOpen = await view(fresh, uri, opened, positions);
      assert.deepEqual(strip(afterEdits), strip(afterOpen), `the edited document disagrees with a fresh open of ${JSON.stringify(text.slice(0, 300))}`);
      for (const server of [edited, fresh]) void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      assert.equal(edited.process.exitCode, null);
    });
  }
});
