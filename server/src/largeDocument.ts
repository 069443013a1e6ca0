// The text of an oversize document, kept in chunks so that an edit costs a chunk, not the file.
// The library's TextDocument rebuilds one string per edit and flattens it to read a character:
// on a 50 MB unit each keystroke cost about a second. Nothing analyses an oversize text, so all
// the server needs from it is to follow the edits, know its length, and give the text back whole
// once edits bring it under the limit.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { MAX_ANALYZED_CHARS } from './limits';

const CHUNK = 64 * 1024;
const CR = 13;
const LF = 10;

/** Line breaks (`\r\n`, `\r`, `\n`) in a chunk; no `\r\n` is ever split between two chunks. */
function countBreaks(text: string): number {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) breaks++;
  }
  return breaks;
}

/** Where the line after the `nth` (1-based) break of `text` starts. */
function afterBreak(text: string, nth: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      if (--nth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Pieces of at most CHUNK characters, never splitting a `\r\n`. */
function split(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let end = start + size;
    if (text.charCodeAt(end - 1) === CR && text.charCodeAt(end) === LF) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

export class LargeTextDocument implements TextDocument {
  private chunks: string[] = [];
  private breaks: number[] = [];
  private size = 0;

  /** `chunkSize` is for tests, to cross chunk boundaries with short texts. */
  constructor(readonly uri: string, readonly languageId: string, public version: number, text: string, private readonly chunkSize = CHUNK) {
    this.replaceChunks(0, 0, split(text, chunkSize));
  }

  get length(): number {
    return this.size;
  }

  get lineCount(): number {
    return this.breaks.reduce((sum, n) => sum + n, 1);
  }

  getText(range?: Range): string {
    const text = this.chunks.join('');
    return range ? text.slice(this.offsetAt(range.start), this.offsetAt(range.end)) : text;
  }

  /** The same offset TextDocument gives: the character clamped to its line, never inside a line break. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    const lineStart = this.lineStart(position.line);
    if (lineStart === undefined) return this.size;
    if (position.character <= 0) return lineStart;
    const next = this.lineStart(position.line + 1) ?? this.size;
    return this.beforeEol(Math.min(lineStart + position.character, next), lineStart);
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const last = this.lineCount - 1;
    if (line > last) {
      const start = this.lineStart(last) ?? 0;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.size - start } };
    }
    const start = this.lineStart(line) ?? 0;
    const end = this.beforeEol(this.lineStart(line + 1) ?? this.size, start);
    return { start: { line, character: 0 }, end: { line, character: end - start } };
  }

  getEOLCharacters(line: number): string {
    const start = line < 0 ? undefined : this.lineStart(line);
    if (start === undefined) return '';
    const next = this.lineStart(line + 1) ?? this.size;
    let eol = '';
    for (let offset = this.beforeEol(next, start); offset < next; offset++) eol += String.fromCharCode(this.charCodeAt(offset));
    return eol;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.size));
    let line = 0;
    let base = 0;
    let c = 0;
    for (; c < this.chunks.length - 1 && base + this.chunks[c].length <= offset; c++) {
      line += this.breaks[c];
      base += this.chunks[c].length;
    }
    const chunk = this.chunks[c];
    let lineStart = -1;
    for (let i = 0; i < offset - base; i++) {
      const code = chunk.charCodeAt(i);
      if (code === LF || (code === CR && chunk.charCodeAt(i + 1) !== LF)) {
        line++;
        lineStart = base + i + 1;
      }
    }
    // No break in this chunk before `offset`: the line started in this chunk's first character or earlier.
    if (lineStart < 0) lineStart = this.lineStart(line) ?? 0;
    return { line, character: this.beforeEol(offset, lineStart) - lineStart };
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      const range = (change as { range?: Range }).range;
      if (!range) {
        this.chunks = [];
        this.breaks = [];
        this.size = 0;
        this.replaceChunks(0, 0, split(change.text, this.chunkSize));
        continue;
      }
      const { start, end } = wellFormed(range);
      this.replace(this.offsetAt(start), this.offsetAt(end), change.text);
    }
    this.version = version;
  }

  /** Offset of the first character of `line`, or undefined past the last line. */
  private lineStart(line: number): number | undefined {
    if (line === 0) return 0;
    let base = 0;
    for (let c = 0; c < this.chunks.length; c++) {
      if (line <= this.breaks[c]) return base + afterBreak(this.chunks[c], line);
      line -= this.breaks[c];
      base += this.chunks[c].length;
    }
    return undefined;
  }

  /** `offset`, moved back out of a line break, but not before `lineStart`. */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && isEol(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private charCodeAt(offset: number): number {
    let base = 0;
    for (const chunk of this.chunks) {
      if (offset < base + chunk.length) return chunk.charCodeAt(offset - base);
      base += chunk.length;
    }
    return NaN;
  }

  private replace(from: number, to: number, text: string): void {
    // The chunks that hold `from` and `to` (an offset at a boundary belongs to the chunk before it).
    let first = 0;
    let firstBase = 0;
    while (first < this.chunks.length - 1 && firstBase + this.chunks[first].length < from) firstBase += this.chunks[first++].length;
    let last = first;
    let lastBase = firstBase;
    while (last < this.chunks.length - 1 && lastBase + this.chunks[last].length < to) lastBase += this.chunks[last++].length;
    let joined = this.chunks[first].slice(0, from - firstBase) + text + this.chunks[last].slice(to - lastBase);
    // A `\r` ending the new text may pair with a `\n` starting the next chunk: they must not be apart.
    let count = last - first + 1;
    if (joined.charCodeAt(joined.length - 1) === CR && this.chunks[last + 1]?.charCodeAt(0) === LF) {
      joined += this.chunks[last + 1];
      count++;
    }
    this.replaceChunks(first, count, split(joined, this.chunkSize).filter((piece) => piece.length > 0));
  }

  private replaceChunks(at: number, count: number, pieces: string[]): void {
    for (let i = at; i < at + count; i++) this.size -= this.chunks[i].length;
    for (const piece of pieces) this.size += piece.length;
    this.chunks.splice(at, count, ...pieces);
    this.breaks.splice(at, count, ...pieces.map(countBreaks));
    if (this.chunks.length === 0) {
      this.chunks.push('');
      this.breaks.push(0);
    }
  }
}

function isEol(code: number): boolean {
  return code === CR || code === LF;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/**
 * TextDocuments' configuration: the library's TextDocument for texts the server analyses, a
 * LargeTextDocument above the limit; a document moves between the two as edits change its size.
 */
export const sizeAwareDocuments = {
  create(uri: string, languageId: string, version: number, text: string): TextDocument {
    return text.length > MAX_ANALYZED_CHARS ? new LargeTextDocument(uri, languageId, version, text) : TextDocument.create(uri, languageId, version, text);
  },
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    if (document instanceof LargeTextDocument) {
      document.update(changes, version);
      return document.length > MAX_ANALYZED_CHARS ? document : TextDocument.create(document.uri, document.languageId, version, document.getText());
    }
    const updated = TextDocument.update(document, changes, version);
    const text = updated.getText();
    return text.length > MAX_ANALYZED_CHARS ? new LargeTextDocument(updated.uri, updated.languageId, version, text) : updated;
  },
};
