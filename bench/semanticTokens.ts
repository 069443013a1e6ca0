// Semantic tokens over stdio on the bench's four files: the time of a full answer, of a delta
// after a one-character edit, and the bytes of each. `node --import tsx bench/semanticTokens.ts`
// prints them alone; `npm run bench -- --only=semantic` puts them in the table.
import { resolve } from 'node:path';
import { startSession } from './client';
import { stressSupervisor, stressUnit, typicalSupervisor, typicalUnit } from './fixtures';
import { EditedDocument } from './latency';
import { median, msSince, percentile } from './stats';

export interface SemanticTokenFigures {
  fixture: string;
  tokens: number;
  fullP50: number;
  fullP99: number;
  fullBytes: number;
  /** An edit, then a delta request against the answer before it. */
  deltaP50: number;
  deltaBytes: number;
}

export async function semanticTokenFigures(server: string, requests: number, edits: number): Promise<SemanticTokenFigures[]> {
  const session = startSession(server);
  const figures: SemanticTokenFigures[] = [];
  try {
    await session.initialize();
    await session.settled();
    for (const fixture of [typicalUnit(), typicalSupervisor(), stressUnit(), stressSupervisor()]) {
      const doc = new EditedDocument(session, fixture);
      await doc.open();
      const params = { textDocument: { uri: fixture.uri } };
      const full = () => session.request<{ resultId: string; data: number[] }>('textDocument/semanticTokens/full', params);
      for (let i = 0; i < 20; i++) await full(); // warm the JIT
      const fullTimes: number[] = [];
      let answer = await full();
      for (let i = 0; i < requests; i++) {
        const start = process.hrtime.bigint();
        answer = await full();
        fullTimes.push(msSince(start));
      }
      const deltaTimes: number[] = [];
      const deltaBytes: number[] = [];
      let previous = answer.resultId;
      for (let i = 0; i < edits; i++) {
        await doc.timeDiagnostics(1); // the edit, analysed
        const start = process.hrtime.bigint();
        const delta = await session.request<{ resultId: string }>('textDocument/semanticTokens/full/delta', { ...params, previousResultId: previous });
        deltaTimes.push(msSince(start));
        deltaBytes.push(Buffer.byteLength(JSON.stringify(delta)));
        previous = delta.resultId;
      }
      figures.push({
        fixture: fixture.name, tokens: answer.data.length / 5, fullP50: median(fullTimes), fullP99: percentile(fullTimes, 99),
        fullBytes: Buffer.byteLength(JSON.stringify(answer)), deltaP50: median(deltaTimes), deltaBytes: median(deltaBytes),
      });
    }
  } finally {
    await session.shutdown();
  }
  return figures;
}

if (require.main === module) {
  semanticTokenFigures(resolve(__dirname, '../dist/server.js'), 100, 20).then((figures) => {
    for (const f of figures) console.log(JSON.stringify(f));
    process.exit(0);
  }, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
