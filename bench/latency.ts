// Request and diagnostics latency against one running server, one sample per awaited round trip.
import type { Session } from './client';
import type { Fixture } from './fixtures';
import { msSince } from './stats';

export async function timeRequest(session: Session, method: string, params: unknown, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await session.request(method, params);
    samples.push(msSince(start));
  }
  return samples;
}

export const hoverParams = (uri: string, position: Fixture['hoverAt']) => ({ textDocument: { uri }, position });

/**
 * An open document the bench edits: it tracks the version. The server sends no diagnostics when an
 * edit leaves them as they were, so each edit changes them: an `x` typed before the edit line's key
 * (an unknown key) and deleted again, alternately.
 */
export class EditedDocument {
  version = 1;
  private inserted = false;

  constructor(private readonly session: Session, readonly fixture: Fixture) {}

  async open(): Promise<void> {
    const first = this.session.diagnostics(this.fixture.uri, 1);
    this.session.open(this.fixture.uri, this.fixture.text, this.fixture.languageId, 1);
    await first;
  }

  nextChange(): unknown {
    const at = { line: this.fixture.editLine, character: 0 };
    this.version++;
    this.inserted = !this.inserted;
    return this.inserted ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line: at.line, character: 1 } }, text: '' };
  }

  /** Time from sending one edit to the diagnostics for that version. */
  async timeDiagnostics(count: number): Promise<number[]> {
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const change = this.nextChange();
      const published = this.session.diagnostics(this.fixture.uri, this.version);
      const start = process.hrtime.bigint();
      this.session.change(this.fixture.uri, this.version, [change]);
      await published;
      samples.push(msSince(start));
    }
    return samples;
  }
}

/** Sends `edits` single-character insertions back to back, then waits for the last version's diagnostics. */
export async function timeTyping(session: Session, fixture: Fixture, edits: number): Promise<number> {
  const doc = new EditedDocument(session, fixture);
  await doc.open();
  const lines = fixture.text.split('\n');
  const line = fixture.editLine;
  let column = lines[line].length;
  const start = process.hrtime.bigint();
  const last = session.diagnostics(fixture.uri, 1 + edits);
  for (let v = 2; v <= edits; v++) {
    const at = { line, character: column++ };
    session.change(fixture.uri, v, [{ range: { start: at, end: at }, text: 'abcdefghij'[v % 10] }]);
  }
  // The last keystroke makes the key unknown: its diagnostics differ from the first ones, so they are sent.
  const start0 = { line, character: 0 };
  session.change(fixture.uri, 1 + edits, [{ range: { start: start0, end: start0 }, text: 'x' }]);
  await last;
  const elapsed = msSince(start);
  session.close(fixture.uri);
  return elapsed;
}
