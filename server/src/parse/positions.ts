// Mapping offsets in an entry's joined value back to document positions.
import type { Position } from 'vscode-languageserver-types';
import type { ValuePiece } from './model';

/** The document position of `offset` in `Entry.value`, clamped to the piece that holds it. */
export function positionAt(pieces: ValuePiece[], offset: number): Position {
  let piece = pieces[0];
  for (const candidate of pieces) {
    if (candidate.offset <= offset) piece = candidate;
    else break;
  }
  const within = Math.min(Math.max(offset - piece.offset, 0), piece.text.length);
  return { line: piece.range.start.line, character: piece.range.start.character + within };
}

/** The offset in `Entry.value` of a document position, or undefined when it lies outside the value. */
export function offsetAt(pieces: ValuePiece[], position: Position): number | undefined {
  for (const piece of pieces) {
    const { start, end } = piece.range;
    if (position.line === start.line && position.character >= start.character && position.character <= end.character) {
      return piece.offset + position.character - start.character;
    }
  }
  return undefined;
}
