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

/** An open document the bench edits: it tracks the version and the edited line's length. */
export class EditedDocument {
  version = 1;
  private inserted = false;
  private readonly lineLength: number;

  constructor(private readonly session: Session, readonly fixture: Fixture) {
    this.lineLength = fixture.text.split('\n')[fixture.editLine].length;
  }

  async open(): Promise<void> {
    const first = this.session.diagnostics(this.fixture.uri, 1);
    this.session.open(this.fixture.uri, this.fixture.text, this.fixture.languageId, 1);
    await first;
  }

  /** Inserts, then removes, one character at the end of the edit line, so the file keeps its shape. */
  nextChange(): unknown {
    const line = this.fixture.editLine;
    const at = { line, character: this.lineLength };
    this.version++;
    this.inserted = !this.inserted;
    return this.inserted
      ? { range: { start: at, end: at }, text: '7' }
      : { range: { start: at, end: { line, character: this.lineLength + 1 } }, text: '' };
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
  for (let v = 2; v <= 1 + edits; v++) {
    const at = { line, character: column++ };
    session.change(fixture.uri, v, [{ range: { start: at, end: at }, text: 'abcdefghij'[v % 10] }]);
  }
  await last;
  const elapsed = msSince(start);
  session.close(fixture.uri);
  return elapsed;
}
