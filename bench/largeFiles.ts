// Huge files: what opening one unit of 1, 5 or 50 MB costs the server, in time and in RSS per
// byte of text, and whether a small file next to it still answers. Each size gets a fresh server,
// so the RSS before is the server at rest and the growth is the big file's alone.
import { startSession } from './client';
import { typicalUnit, unitLines } from './fixtures';
import { msSince } from './stats';

export interface LargeFileFigures {
  bytes: number;
  /** didOpen to the publishDiagnostics of that version. */
  openMs: number;
  /** Outline, folding and links of the big file, asked one after the other as an editor does on open. */
  listsMs: number;
  /** A one-character edit in the middle of the big file, then a hover on the small file: until it answers. */
  editThenHoverMs: number;
  rssBefore: number;
  /** After the big file's answers, once the server has had `settleMs` to give memory back. */
  rssAfter: number;
  /** VmHWM: the most the process held at any moment. */
  rssPeak: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The typical unit over and over, as a generated or concatenated file would be: at least `bytes`
 * bytes, or with `atMost` the most whole copies that stay within them.
 */
export function largeUnitText(bytes: number, atMost = false): string {
  const block = unitLines('big').join('\n') + '\n\n';
  return block.repeat((atMost ? Math.floor : Math.ceil)(bytes / block.length));
}

export async function largeFileRun(server: string, bytes: number, atMost: boolean, settleMs: number): Promise<LargeFileFigures> {
  const session = startSession(server);
  await session.initialize();
  await session.settled();
  const small = typicalUnit();
  const smallOpened = session.diagnostics(small.uri, 1);
  session.open(small.uri, small.text, small.languageId);
  await smallOpened;
  await sleep(settleMs);
  const rssBefore = session.rssBytes();

  const uri = 'file:///tmp/daemon-config-bench/large/big.service';
  const text = largeUnitText(bytes, atMost);
  const lines = text.split('\n').length;
  const published = session.diagnostics(uri, 1);
  let start = process.hrtime.bigint();
  session.open(uri, text, 'systemd-unit');
  await published;
  const openMs = msSince(start);

  start = process.hrtime.bigint();
  for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentLink']) {
    await session.request(method, { textDocument: { uri } });
  }
  const listsMs = msSince(start);

  // The edit goes first on the wire, so the hover's answer also times applying it to the big text.
  const middle = Math.floor(lines / 2);
  start = process.hrtime.bigint();
  session.change(uri, 2, [{ range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: '#' }]);
  await session.request('textDocument/hover', { textDocument: { uri: small.uri }, position: small.hoverAt });
  const editThenHoverMs = msSince(start);
  // The analysis of the edit finishes before this answer (the server sends no diagnostics when they did not change).
  await session.request('textDocument/documentSymbol', { textDocument: { uri } });

  await sleep(settleMs);
  const rssAfter = session.rssBytes();
  const rssPeak = session.peakRssBytes();
  await session.shutdown();
  return { bytes: text.length, openMs, listsMs, editThenHoverMs, rssBefore, rssAfter, rssPeak };
}
