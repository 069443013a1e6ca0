// A line break typed in a large file, through the server over stdio: from sending the didChange to
// the publishDiagnostics of that version. The file ends with one misspelt key, so that every line
// break moves a diagnostic and the server has something new to send (it sends nothing when the
// diagnostics did not change); typed at the end of the fixture's edit line and deleted again.
import { startSession } from './client';
import { stressSupervisor, stressUnit } from './fixtures';
import { median, msSince, percentile } from './stats';

export interface LineBreakRound {
  fixture: string;
  p50: number;
  p99: number;
}

export async function lineBreaksOverLsp(server: string, edits: number): Promise<LineBreakRound[]> {
  const session = startSession(server);
  try {
    await session.initialize();
    await session.settled();
    const figures: LineBreakRound[] = [];
    for (const fixture of [stressUnit(), stressSupervisor()]) {
      const text = fixture.text + 'Restrat=no\n';
      const opened = session.diagnostics(fixture.uri, 1);
      session.open(fixture.uri, text, fixture.languageId, 1);
      await opened;
      const line = fixture.editLine;
      const end = { line, character: text.split('\n')[line].length };
      const samples: number[] = [];
      for (let version = 2; version < 2 + 10 + edits; version++) {
        const change = version % 2 === 0 ? { range: { start: end, end }, text: '\n' } : { range: { start: end, end: { line: line + 1, character: 0 } }, text: '' };
        const published = session.diagnostics(fixture.uri, version);
        const start = process.hrtime.bigint();
        session.change(fixture.uri, version, [change]);
        await published;
        // The first ten warm the server up.
        if (version >= 12) samples.push(msSince(start));
      }
      session.close(fixture.uri);
      figures.push({ fixture: fixture.name, p50: median(samples), p99: percentile(samples, 99) });
    }
    return figures;
  } finally {
    await session.shutdown();
  }
}
