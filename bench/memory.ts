// Server RSS: at rest, with 1,000 files open (half units, half supervisor configs), after closing them.
import { startSession } from './client';
import { supervisorLines, unitLines } from './fixtures';

export interface MemoryFigures {
  baseline: number;
  open: number;
  closed: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function memoryRun(server: string, files: number, settleMs: number): Promise<MemoryFigures> {
  const session = startSession(server);
  await session.initialize();
  await session.settled();
  await sleep(settleMs);
  const baseline = session.rssBytes();
  const uris: string[] = [];
  const published: Promise<unknown>[] = [];
  for (let i = 0; i < files; i++) {
    const unit = i % 2 === 0;
    const uri = unit ? `file:///tmp/daemon-config-bench/many/app${i}.service` : `file:///tmp/daemon-config-bench/many/supervisor/conf.d/app${i}.conf`;
    uris.push(uri);
    published.push(session.diagnostics(uri, 1));
    const text = (unit ? unitLines(`app${i}`) : supervisorLines(`app${i}`)).join('\n') + '\n';
    session.open(uri, text, unit ? 'systemd-unit' : 'supervisor-conf');
  }
  await Promise.all(published);
  const open = session.rssBytes();
  // Closing publishes empty diagnostics for each file; wait for all of them.
  const cleared = uris.map((uri) => session.diagnostics(uri));
  for (const uri of uris) session.close(uri);
  await Promise.all(cleared);
  // An idle V8 gives freed pages back after a few seconds; sample after that, as a user would see it.
  await sleep(settleMs);
  const closed = session.rssBytes();
  await session.shutdown();
  return { baseline, open, closed };
}
