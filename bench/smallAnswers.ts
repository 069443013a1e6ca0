// Small answers against the round-trip floor: completion on a blank line in [Service] (every
// directive), value completion after `Restart=` and hover on a directive, each timed against the
// same request to the no-op floor server (floorServer.cjs), interleaved so that load on this shared
// machine lands on both. The client announces what VS Code's language client does for completion:
// LSP 3.17 item defaults, and detail and documentation filled in on completionItem/resolve.
import { startSession, type Session } from './client';
import { median } from './stats';

export interface SmallAnswer {
  name: string;
  /** Median round trip to the server and to the floor, and their ratio. */
  serverMs: number;
  floorMs: number;
  ratio: number;
  bytes: number;
}

export const DEFAULTS_CAPABILITIES = {
  textDocument: { completion: {
    completionItem: { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
    completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
  } },
};

const URI = 'file:///tmp/daemon-config-bench/answers.service';
const TEXT = '[Unit]\nDescription=answers\n\n[Service]\n\nRestart=\nExecStart=/bin/true\n';

const QUESTIONS = [
  { name: 'completion on a blank line in [Service]', method: 'textDocument/completion', position: { line: 4, character: 0 } },
  { name: 'value completion after Restart=', method: 'textDocument/completion', position: { line: 5, character: 8 } },
  { name: 'hover on ExecStart', method: 'textDocument/hover', position: { line: 6, character: 3 } },
];

async function roundTrip(session: Session, method: string, params: unknown): Promise<{ ms: number; bytes: number }> {
  const start = process.hrtime.bigint();
  const answer = await session.request(method, params);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, bytes: Buffer.byteLength(JSON.stringify(answer ?? null)) };
}

export async function smallAnswers(server: string, floor: string, rounds: number, requests: number): Promise<SmallAnswer[]> {
  const real = startSession(server);
  const noop = startSession(floor);
  try {
    await Promise.all([real.initialize(DEFAULTS_CAPABILITIES), noop.initialize(DEFAULTS_CAPABILITIES)]);
    await Promise.all([real.settled(), noop.settled()]);
    real.open(URI, TEXT, 'systemd-unit');
    const results: SmallAnswer[] = [];
    for (const q of QUESTIONS) {
      const params = { textDocument: { uri: URI }, position: q.position };
      const serverRounds: number[] = [];
      const floorRounds: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 30; i++) await Promise.all([roundTrip(real, q.method, params), roundTrip(noop, q.method, params)]);
      for (let round = 0; round < rounds; round++) {
        const mine: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < requests; i++) {
          const answer = await roundTrip(real, q.method, params);
          mine.push(answer.ms);
          bytes = answer.bytes;
          theirs.push((await roundTrip(noop, q.method, params)).ms);
        }
        serverRounds.push(median(mine));
        floorRounds.push(median(theirs));
      }
      const serverMs = median(serverRounds);
      const floorMs = median(floorRounds);
      results.push({ name: q.name, serverMs, floorMs, ratio: serverMs / floorMs, bytes });
    }
    return results;
  } finally {
    await Promise.all([real.shutdown(), noop.shutdown()]);
  }
}
