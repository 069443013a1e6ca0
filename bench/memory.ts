// Server RSS: at rest, with 1,000 files open (half units, half supervisor configs), after closing them.
import { processTree, startSession } from './client';
import { supervisorLines, unitLines } from './fixtures';

export interface MemoryFigures {
  baseline: number;
  open: number;
  /** With the files open: RSS of the serving process alone, and what a launcher node adds (its private pages). */
  serverOpen: number;
  launcherPrivate: number;
  closed: number;
  /** How many node processes serve (2 when dist/server.js relaunched itself with the V8 flags). */
  processes: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `nodeFlags`: node's flags (default: those of the script's shebang, or BENCH_NODE_FLAGS). */
export async function memoryRun(server: string, files: number, settleMs: number, nodeFlags?: string[]): Promise<MemoryFigures> {
  const session = startSession(server, undefined, nodeFlags);
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
  const serverOpen = session.serverRssBytes();
  const launcherPrivate = session.launcherPrivateBytes();
  const processes = processTree(session.child.pid!).length;
  // Closing publishes empty diagnostics for each file; wait for all of them.
  const cleared = uris.map((uri) => session.diagnostics(uri));
  for (const uri of uris) session.close(uri);
  await Promise.all(cleared);
  // An idle V8 gives freed pages back after a few seconds; sample after that, as a user would see it.
  await sleep(settleMs);
  const closed = session.rssBytes();
  await session.shutdown();
  return { baseline, open, serverOpen, launcherPrivate, closed, processes };
}
