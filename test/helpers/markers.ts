// Test fixtures mark places in text instead of naming line/column numbers:
// `$0` marks the cursor, `<<` and `>>` surround an expected range. Markers are removed from the text.
import type { Position, Range } from 'vscode-languageserver-types';

export interface Marked {
  text: string;
  cursor: Position;
  ranges: Range[];
}

export function mark(source: string): Marked {
  let text = '';
  let line = 0;
  let character = 0;
  let cursor: Position = { line: 0, character: 0 };
  const ranges: Range[] = [];
  const open: Position[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('$0', i)) { cursor = { line, character }; i++; continue; }
    if (source.startsWith('<<', i)) { open.push({ line, character }); i++; continue; }
    if (source.startsWith('>>', i)) {
      const start = open.pop();
      if (!start) throw new Error('unbalanced >> in fixture');
      ranges.push({ start, end: { line, character } });
      i++;
      continue;
    }
    const ch = source[i];
    text += ch;
    if (ch === '\n') { line++; character = 0; } else character++;
  }
  return { text, cursor, ranges };
}
