// Random incremental edits as an LSP client sends them, and a plain-string reference for applying
// them (independent of vscode-languageserver-textdocument, which the server itself uses).
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { Rng } from './prng';

/** Start offsets and lengths (without line break) of each line, with \r\n, \r and \n all ending one. */
function lineTable(text: string): { start: number; length: number }[] {
  const table: { start: number; length: number }[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    table.push({ start, length: m.index - start });
    start = m.index + m[0].length;
  }
  table.push({ start, length: text.length - start });
  return table;
}

export function offsetOf(text: string, position: Position): number {
  const table = lineTable(text);
  if (position.line >= table.length) return text.length;
  const line = table[position.line];
  return line.start + Math.min(position.character, line.length);
}

/** Applies one content change the way the LSP specification defines it. */
export function applyChange(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change)) return change.text;
  const start = offsetOf(text, change.range.start);
  const end = offsetOf(text, change.range.end);
  return text.slice(0, start) + change.text + text.slice(Math.max(start, end));
}

const INSERTS = ['\n', '\r\n', '\r', '\n\n', 'x', ' ', '\t', '=', '[', ']', '\\', '\\\n', ' \\\r\n', '#', ';', '%', '%(', ')s', '%n',
  '\u{1F600}', 'é', '\uD83D', '\uDE00', '[Service]\n', '[Unit]\r\n', '[program:x]\n', 'Restart=always\n', 'ExecStart=/bin/true \\\n',
  'Requires=foo.service\n', 'command=/bin/x %(program_name)s\n', '  continued\n', 'Restrat=no\n', 'autostart=maybe\n'];

function randomPosition(rng: Rng, text: string): Position {
  const table = lineTable(text);
  const line = rng.int(table.length);
  // Any UTF-16 column on the line, also between the halves of a surrogate pair.
  return { line, character: rng.int(table[line].length + 1) };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** One change against `text`: an insertion, a deletion (possibly across lines) or a replacement. */
export function randomChange(rng: Rng, text: string): TextDocumentContentChangeEvent {
  if (rng.chance(0.02)) return { text: text.replace(/\n/g, '\r\n') };
  if (rng.chance(0.35)) return lineChange(rng, text);
  const a = randomPosition(rng, text);
  const kind = rng.weighted([[4, 'insert'], [3, 'delete'], [2, 'replace']] as const);
  let b = a;
  if (kind !== 'insert') {
    b = rng.chance(0.7) ? { line: a.line, character: a.character + rng.int(6) } : randomPosition(rng, text);
    const length = lineTable(text)[b.line]?.length ?? 0;
    b = { line: b.line, character: Math.min(b.character, length) };
  }
  const [start, end] = before(a, b) ? [a, b] : [b, a];
  const insert = kind === 'delete' ? '' : rng.chance(0.8) ? rng.pick(INSERTS) : rng.pick(INSERTS) + rng.pick(INSERTS);
  return { range: { start, end }, text: insert };
}

/**
 * An edit of whole lines, as typed or pasted: Enter at the end, start or middle of a line, a line
 * (often an empty one) deleted with its line break, two lines joined, a few lines pasted elsewhere.
 * These move every line below them, which the incremental analysis must follow.
 */
function lineChange(rng: Rng, text: string): TextDocumentContentChangeEvent {
  const table = lineTable(text);
  const line = rng.int(table.length);
  const end = (n: number): Position => ({ line: n, character: table[n].length });
  const start = (n: number): Position => ({ line: n, character: 0 });
  const at = (p: Position, insert: string) => ({ range: { start: p, end: p }, text: insert });
  const eol = rng.chance(0.1) ? '\r\n' : '\n';
  switch (rng.weighted([[4, 'enter-end'], [2, 'enter-start'], [1, 'enter-middle'], [3, 'delete-blank'], [2, 'delete-lines'], [1, 'join'], [2, 'paste']] as const)) {
    case 'enter-end': return at(end(line), rng.chance(0.8) ? eol : eol + eol);
    case 'enter-start': return at(start(line), eol);
    case 'enter-middle': return at({ line, character: rng.int(table[line].length + 1) }, eol);
    case 'delete-blank': {
      const blank = table.findIndex((l, n) => n >= line && l.length === 0 && n + 1 < table.length);
      const n = blank >= 0 ? blank : line;
      return { range: { start: start(n), end: start(Math.min(n + 1, table.length - 1)) }, text: '' };
    }
    case 'delete-lines': {
      const last = Math.min(table.length - 1, line + rng.int(3) + 1);
      return { range: { start: start(line), end: start(last) }, text: '' };
    }
    case 'join': return line + 1 < table.length ? { range: { start: end(line), end: start(line + 1) }, text: '' } : at(end(line), eol);
    case 'paste': {
      const first = rng.int(table.length);
      const last = Math.min(table.length - 1, first + rng.int(3) + 1);
      const copied = text.slice(table[first].start, table[last].start);
      return at(start(line), copied || eol);
    }
  }
}
