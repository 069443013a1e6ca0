// The chunked document of oversize texts must follow edits exactly as the library's TextDocument
// does (the client's positions only mean the same text if both agree), across chunk boundaries,
// with \r\n, \r and \n, positions past a line's end, reversed ranges and full replacements.
// The reference is a TextDocument created afresh for each change: the library's own incremental
// update can miscount lines around \r (seed 1 below ends with 26 lines where its text has 25).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LargeTextDocument, sizeAwareDocuments } from '../../server/src/largeDocument';
import { Rng } from '../fuzz/prng';

const PIECES = ['a', 'bc', 'Key=value', '\n', '\r\n', '\r', '\n\n', '\r\r\n', 'é', '[Service]', ''];

function randomText(rng: Rng, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += PIECES[rng.int(PIECES.length)];
  return text;
}

function randomPosition(rng: Rng, lines: number) {
  return { line: rng.int(lines + 2), character: rng.int(12) };
}

function randomChange(rng: Rng, lines: number): TextDocumentContentChangeEvent {
  if (rng.chance(0.03)) return { text: randomText(rng, rng.int(40)) };
  return { range: { start: randomPosition(rng, lines), end: randomPosition(rng, lines) }, text: randomText(rng, rng.int(6)) };
}

/** One change applied with the offsets of a freshly created document, which counts lines right. */
function applyFresh(document: TextDocument, change: TextDocumentContentChangeEvent, version: number): TextDocument {
  const fresh = TextDocument.create(document.uri, document.languageId, version, document.getText());
  if (!('range' in change)) return TextDocument.create(document.uri, document.languageId, version, change.text);
  const a = fresh.offsetAt(change.range.start);
  const b = fresh.offsetAt(change.range.end);
  const text = fresh.getText();
  return TextDocument.create(document.uri, document.languageId, version, text.slice(0, Math.min(a, b)) + change.text + text.slice(Math.max(a, b)));
}

function assertSame(large: LargeTextDocument, reference: TextDocument, rng: Rng, context: string) {
  assert.equal(large.getText(), reference.getText(), context);
  assert.equal(large.length, reference.getText().length, context);
  assert.equal(large.lineCount, reference.lineCount, context);
  for (let i = 0; i < 8; i++) {
    const position = randomPosition(rng, reference.lineCount);
    assert.equal(large.offsetAt(position), reference.offsetAt(position), `${context}: offsetAt ${JSON.stringify(position)}`);
    const offset = rng.int(reference.getText().length + 3) - 1;
    assert.deepEqual(large.positionAt(offset), reference.positionAt(offset), `${context}: positionAt ${offset}`);
    const line = rng.int(reference.lineCount + 2) - 1;
    assert.deepEqual(large.getLineRange(line), reference.getLineRange(line), `${context}: getLineRange ${line}`);
    assert.equal(large.getEOLCharacters(line), reference.getEOLCharacters(line), `${context}: getEOLCharacters ${line}`);
  }
}

describe('LargeTextDocument', () => {
  it('agrees with TextDocument over 300 seeded runs of 40 random edits, with 7-character chunks', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rng = new Rng(seed);
      const text = randomText(rng, rng.int(60));
      const large = new LargeTextDocument('file:///x.service', 'systemd-unit', 1, text, 7);
      let reference = TextDocument.create('file:///x.service', 'systemd-unit', 1, text);
      assertSame(large, reference, rng, `seed ${seed}, created`);
      for (let version = 2; version < 42; version++) {
        const changes = Array.from({ length: rng.range(1, 3) }, () => randomChange(rng, reference.lineCount));
        large.update(changes, version);
        for (const change of changes) reference = applyFresh(reference, change, version);
        assert.equal(large.version, version);
        assertSame(large, reference, rng, `seed ${seed}, version ${version}: ${JSON.stringify(changes)}`);
      }
    }
  });

  it('is what TextDocuments keeps above the size limit, and gives way to a TextDocument below it', () => {
    const limit = 1024 * 1024;
    const big = sizeAwareDocuments.create('file:///big.service', 'systemd-unit', 1, '#'.repeat(limit) + '\n[Service]\n');
    assert.ok(big instanceof LargeTextDocument);
    const shrunk = sizeAwareDocuments.update(big, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }], 2);
    assert.ok(!(shrunk instanceof LargeTextDocument));
    assert.equal(shrunk.getText(), '[Service]\n');
    assert.equal(shrunk.version, 2);
    const grown = sizeAwareDocuments.update(shrunk, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#'.repeat(limit) }], 3);
    assert.ok(grown instanceof LargeTextDocument);
    assert.equal(grown.length, limit + 10);
    assert.equal(grown.version, 3);
  });
});
