// A workspace at scale (issue 18, point 3): 10,000 unit files and 2,000 supervisor configs in a
// short folder under the system's tmp. Measures, over stdio of the built server: the time from
// `initialized` to the end of the background index (the server logs it), hover and completion on
// an open file while it runs (p99), references once indexed, and the server's RSS then.
// Not a test: it asserts nothing. Run: npm run build && node --import tsx bench/workspaceScale.ts
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { serverNodeFlags, startSession } from './client';
import { median, msSince, percentile } from './stats';

export interface ScaleFigures {
  units: number;
  configs: number;
  /** Files the server's index read (it logs the count). */
  indexedFiles: number;
  /** From sending `initialized` to the index's log line. */
  indexMs: number;
  /**
   * Hover and completion on an open unit while indexing: how many, their p50 and p99. The first
   * hover and completion of the server are left out and reported as `coldMs`: they pay for reading
   * the manual page and compiling the code, with or without an index under way.
   */
  duringRequests: number;
  duringP50Ms: number;
  duringP99Ms: number;
  coldMs: [hover: number, completion: number];
  /** Requests while indexing over 5 ms, and how many of them had one of the server's garbage collections inside. */
  slowRequests: number;
  slowWithCollection: number;
  /** The server's garbage collections while indexing: how many, their sum and the longest. */
  collections: { count: number; totalMs: number; longestMs: number };
  /** The same requests once the index is done, as many: the baseline of the same run. */
  indexedP50Ms: number;
  indexedP99Ms: number;
  referencesP50Ms: number;
  referencesP99Ms: number;
  referenceCount: number;
  /** References to db.service, named by a third of the units: the answer's size dominates. */
  manyReferencesP50Ms: number;
  manyReferenceCount: number;
  rssBytes: number;
}

const pad = (i: number) => String(i).padStart(5, '0');

function generate(root: string, units: number, configs: number): void {
  mkdirSync(join(root, 'units'));
  mkdirSync(join(root, 'supervisor'));
  writeFileSync(join(root, 'units/db.service'), '[Unit]\nDescription=the database\n\n[Service]\nExecStart=/usr/bin/db\n');
  for (let i = 0; i < units; i++) {
    // A hundred units per folder, as a large repository of units would be laid out.
    const folder = join(root, 'units', `group${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(folder);
    const after = i % 3 === 0 ? 'network-online.target db.service' : `app-${pad(Math.max(i - 1, 0))}.service`;
    writeFileSync(join(folder, `app-${pad(i)}.service`), `[Unit]\nDescription=generated ${i}\nAfter=${after}\nWants=${after}\n\n[Service]\nExecStart=/usr/bin/app ${i}\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`);
  }
  for (let i = 0; i < configs; i++) {
    writeFileSync(join(root, 'supervisor', `prog-${pad(i)}.conf`), `[program:prog${i}]\ncommand=/usr/bin/prog ${i}\nautostart=true\nautorestart=unexpected\n\n[group:g${i % 50}]\nprograms=prog${i}\n`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function workspaceScaleRun(server: string, units = 10000, configs = 2000): Promise<ScaleFigures> {
  // Short, private and outside the clone: the server walks it.
  const root = mkdtempSync(join(tmpdir(), 'dcs-'));
  try {
    generate(root, units, configs);
    // The server reports its collections to a file (gcObserver.mjs) to be matched with slow requests.
    const gcLog = join(root, 'gc.log');
    process.env.DC_BENCH_GC_LOG = gcLog;
    const session = startSession(server, undefined, [...serverNodeFlags(server), '--import', join(__dirname, 'gcObserver.mjs')]);
    delete process.env.DC_BENCH_GC_LOG;
    let indexed: ((files: number) => void) | undefined;
    const done = new Promise<number>((resolve) => { indexed = resolve; });
    session.connection.onNotification('window/logMessage', (params: { message: string }) => {
      const match = /^workspace index: (\d+) files/.exec(params.message);
      if (match) indexed?.(Number(match[1]));
    });
    const open = pathToFileURL(join(root, 'units/db.service')).href;
    await session.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, undefined, pathToFileURL(root).href);
    const started = process.hrtime.bigint();
    session.open(open, '[Unit]\nDescription=the database\nAfter=network.target\n\n[Service]\nExecStart=/usr/bin/db\nRestart=\n', 'systemd-unit');
    let finished = false;
    let indexMs = 0;
    let indexedFiles = 0;
    void done.then((files) => { finished = true; indexMs = msSince(started); indexedFiles = files; });
    // What a user does meanwhile: hover a key and ask for values, one request after the other.
    const spans: [start: number, end: number][] = [];
    const ask = async (i: number): Promise<number> => {
      const at = process.hrtime.bigint();
      const start = performance.timeOrigin + performance.now();
      if (i % 2 === 0) await session.request('textDocument/hover', { textDocument: { uri: open }, position: { line: 2, character: 2 } });
      else await session.request('textDocument/completion', { textDocument: { uri: open }, position: { line: 6, character: 8 } });
      spans.push([start, performance.timeOrigin + performance.now()]);
      return msSince(at);
    };
    const coldMs: [number, number] = [await ask(0), await ask(1)];
    const during: number[] = [];
    const indexStart = performance.timeOrigin + performance.now();
    for (let i = 0; !finished; i++) {
      const took = await ask(i);
      if (!finished) during.push(took);
    }
    const indexEnd = performance.timeOrigin + performance.now();
    const duringSpans = spans.slice(2, 2 + during.length);
    const once: number[] = [];
    for (let i = 0; i < Math.max(during.length, 50); i++) once.push(await ask(i));
    // References to a unit two others name (the usual case), and to db.service, which a third of all units name.
    const one = pathToFileURL(join(root, 'units/group50/app-05000.service')).href;
    session.open(one, '[Unit]\nDescription=generated 5000\n', 'systemd-unit');
    const timeReferences = async (uri: string) => {
      const samples: number[] = [];
      let count = 0;
      for (let i = 0; i < 50; i++) {
        const at = process.hrtime.bigint();
        count = (await session.request<unknown[]>('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 2 }, context: { includeDeclaration: true } })).length;
        samples.push(msSince(at));
      }
      return { samples, count };
    };
    const refs = await timeReferences(one);
    const many = await timeReferences(open);
    // As the user sees it a moment later, once V8 has settled after the burst.
    await sleep(2000);
    const rssBytes = session.rssBytes();
    await session.shutdown();
    const pauses = existsSync(gcLog) ? readFileSync(gcLog, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(' ').map(Number)) : [];
    const whileIndexing = pauses.filter(([start]) => start >= indexStart && start <= indexEnd).map(([, ms]) => ms);
    const slow = duringSpans.filter(([start, end]) => end - start > 5);
    const slowWithCollection = slow.filter(([start, end]) => pauses.some(([at, ms]) => at < end && at + ms > start)).length;
    return { units, configs, indexedFiles, indexMs, duringRequests: during.length, duringP50Ms: median(during), duringP99Ms: percentile(during, 99),
      coldMs, indexedP50Ms: median(once), indexedP99Ms: percentile(once, 99), slowRequests: slow.length, slowWithCollection,
      collections: { count: whileIndexing.length, totalMs: whileIndexing.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...whileIndexing) },
      referencesP50Ms: median(refs.samples), referencesP99Ms: percentile(refs.samples, 99), referenceCount: refs.count,
      manyReferencesP50Ms: median(many.samples), manyReferenceCount: many.count, rssBytes };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void workspaceScaleRun(join(__dirname, '../dist/server.js'), Number(process.env.BENCH_UNITS ?? 10000), Number(process.env.BENCH_CONFIGS ?? 2000))
    .then((f) => console.log(JSON.stringify(f, null, 2)));
}
