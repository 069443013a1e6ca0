// The long fuzz run: `npm run fuzz [-- --cases N --seed S]`. Prints progress and cases/s; each new
// kind of failure is shrunk and saved under test-results/fuzz/ for `--replay FILE`. Cases run in a
// worker thread (test/fuzz/worker.ts) so that this thread can stop on Ctrl-C or SIGTERM at once,
// remove its temporary folder, and end a case that hangs. `--help` lists the options.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { fillSandbox, type CheckOptions, type Failure } from './check';
import { describeGrowth } from './complexity';
import { loadCorpus, type FuzzCase } from './generate';
import { pickSeries } from './growth';
import { caseSeed } from './prng';
import { RESULTS_DIR, saveReproducer, signature, type Reproducer } from './reproduce';
import type { Reply, Request, WorkerData } from './worker';

const HELP = `Usage: npm run fuzz -- [options]

Checks random cases (mutated real configs and generated ones) against every feature of the
language server: nothing throws, every range lies inside the document, parsers lose no text, and
each case stays within a CPU budget. Each new kind of failure is shrunk and saved under
test-results/fuzz/ with the command that replays it.

Options:
  --cases N           how many cases to run (default 100000)
  --seed S            run seed (default: random); case i of a run is the same for the same seed
  --start I           first case index (default 0), to resume a run
  --budget MS         CPU milliseconds one case may take; slower is a failure (default 10000)
  --hang-after MS     wall milliseconds before a case counts as hung and is stopped
                      (default: the larger of 60000 and 10 x budget)
  --max-failures N    stop after N failing cases (default 10)
  --sample            query a sample of positions, not every one, on small documents
  --hostile-fs        also put a FIFO, links to /dev/zero and directory loops in the sandbox,
                      and let include patterns name them and /dev, /proc and whole trees
  --out DIR           where failures are saved (default test-results/fuzz)
  --complexity N      instead of cases: double N growing inputs (picked by --seed; the issue's
                      regressions too) up to 1 MB and fail any analysis step whose time
                      grows faster than linearly
  --case-seed S       check the one case with this case seed, and stop
  --replay FILE       check a saved reproducer again, and stop
  -h, --help          show this help

Ctrl-C or SIGTERM stops the run, prints the count so far and removes the temporary folder
(exit status 130 or 143). Exit status: 0 no failures, 1 failures, 2 bad options.
`;

const OPTIONS = {
  cases: { type: 'string', default: '100000' },
  seed: { type: 'string' },
  start: { type: 'string', default: '0' },
  budget: { type: 'string', default: '10000' },
  'hang-after': { type: 'string' },
  'case-seed': { type: 'string' },
  replay: { type: 'string' },
  'max-failures': { type: 'string', default: '10' },
  sample: { type: 'boolean', default: false },
  'hostile-fs': { type: 'boolean', default: false },
  out: { type: 'string' },
  complexity: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function usageError(message: string): never {
  console.error(`fuzz: ${message}\n\n${HELP}`);
  process.exit(2);
}

let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
try {
  ({ values } = parseArgs({ options: OPTIONS, allowPositionals: false }));
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

function wholeNumber(name: keyof typeof OPTIONS): number | undefined {
  const text = values[name];
  if (text === undefined || typeof text === 'boolean') return undefined;
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) usageError(`--${name} takes a whole number, not '${text}'`);
  return Number(text);
}

const budget = wholeNumber('budget') ?? 10_000;
const hangAfter = wholeNumber('hang-after') ?? Math.max(60_000, 10 * budget);
const checkOptions: CheckOptions = { exhaustive: !values.sample, budgetMs: budget };
const hostile = values['hostile-fs'];

// The sandbox the cases' includes and unit links look into: made here, so that it is removed
// whatever happens to the worker.
const root = mkdtempSync(join(tmpdir(), 'dc-fuzz-'));
/**
 * Ends the process. A worker blocked in a read (a FIFO, /dev/...) cannot be ended and keeps even
 * process.exit waiting for it, so after a hang a detached watchdog kills this process if it is still
 * there in 2 s (it checks the command line first, so it never hits a reused pid).
 */
function exitNow(status: number): never {
  if (abandoned > 0) {
    spawn('/bin/sh', ['-c', 'sleep 2; grep -q fuzz/run.ts "/proc/$1/cmdline" 2>/dev/null && kill -KILL "$1"', 'watchdog', String(process.pid)],
      { detached: true, stdio: 'ignore' }).unref();
  }
  process.exit(status);
}
/** Workers given up on (hung); one may be blocked in a read for good. */
let abandoned = 0;

let removed = false;
function removeSandbox(): void {
  if (removed) return;
  removed = true;
  rmSync(root, { recursive: true, force: true });
}
process.on('exit', removeSandbox);
fillSandbox(root, hostile);

/** One worker thread and the request it is busy with; a hung request ends the thread and starts another. */
class CaseRunner {
  private worker!: Worker;
  private pending: ((reply: Reply) => void) | undefined;

  constructor() {
    this.start();
  }

  private start(): void {
    const data: WorkerData = { root, options: checkOptions, hostile };
    // A worker thread does not inherit tsx's loader, so it registers it before loading the TypeScript.
    const script = `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'worker.ts'))});`;
    const worker = new Worker(script, { eval: true, workerData: data });
    this.worker = worker;
    // A worker given up on (hung) may still answer late: only the current one is heard.
    worker.on('message', (reply: Reply) => {
      if (worker === this.worker) this.settle(reply);
    });
    worker.on('error', (error) => {
      if (worker !== this.worker) return;
      this.start();
      this.settle({ failure: { property: 'throws', message: `the worker died: ${error.stack ?? error.message}` } });
    });
  }

  private settle(reply: Reply): void {
    const resolve = this.pending;
    this.pending = undefined;
    resolve?.(reply);
  }

  request(request: Request): Promise<Reply> {
    // Measuring a series to 1 MB takes far longer than a case.
    const limit = request.kind === 'growth' ? 20 * hangAfter : hangAfter;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        abandoned++;
        void this.worker.terminate();
        this.start();
        const c = 'case' in request ? request.case : undefined;
        this.settle({ case: c, failure: { property: 'hang', message: `no answer after ${limit / 1000} s (wall time); the case was stopped` } });
      }, limit);
      this.pending = (reply) => {
        clearTimeout(timer);
        resolve(reply);
      };
      this.worker.postMessage(request);
    });
  }
}

const runner = new CaseRunner();
let done = 0;
let failures = 0;
let began = Date.now();
let stopping = false;
/** The slowest passing case so far, to set --budget by. */
let slowest = { ms: 0, seed: 0 };

function rate(): string {
  const seconds = (Date.now() - began) / 1000;
  return `${done} cases in ${seconds.toFixed(1)} s (${(done / Math.max(seconds, 0.001)).toFixed(0)} cases/s; ` +
    `slowest ${slowest.ms.toFixed(0)} ms of CPU, case seed ${slowest.seed})`;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    const status = signal === 'SIGINT' ? 130 : 143;
    if (stopping) process.exit(status); // a second signal: no more waiting
    stopping = true;
    console.log(`\nfuzz: ${signal}, stopping: ${rate()}, ${failures} failures; removing ${root}`);
    // Not waiting for the worker: a thread blocked in a read cannot be ended, but exiting ends it.
    removeSandbox();
    exitNow(status);
  });
}

function report(c: FuzzCase, failure: Failure): void {
  console.log(`  case seed ${c.seed} (${c.dialect}, ${c.name}, ${c.text.length} chars; ${c.recipe.join(' ')})`);
  console.log(`  ${failure.property}: ${failure.message.split('\n').slice(0, 6).join('\n    ')}`);
}

/** Shrinks and saves a failure; slow ones (over the budget) get fewer tries, a hang none. */
async function keep(runSeed: number, index: number, c: FuzzCase, failure: Failure): Promise<void> {
  let small = c;
  let smallFailure = failure;
  if (failure.property !== 'hang') {
    const maxChecks = failure.property === 'budget' ? 40 : 3000;
    const reply = await runner.request({ kind: 'minimize', case: c, failure, maxChecks });
    if (reply.case && reply.failure) {
      small = reply.case;
      smallFailure = reply.failure;
    }
  }
  const path = saveReproducer({ runSeed, index, failure: smallFailure, case: small, original: c }, values.out ?? RESULTS_DIR);
  console.log(`  minimised to ${small.text.length} chars: ${JSON.stringify(small.text.slice(0, 200))}`);
  console.log(`  saved ${path}`);
}

async function single(c: FuzzCase | undefined, seed: number | undefined): Promise<void> {
  const reply = await runner.request(c ? { kind: 'replay', case: c } : { kind: 'check', seed: seed ?? 0 });
  const label = c ? `case seed ${c.seed}` : `case seed ${seed}`;
  if (!reply.failure) {
    console.log(`${label}: passes`);
    return;
  }
  console.log(`${label}: FAILS`);
  if (reply.case ?? c) report((reply.case ?? c) as FuzzCase, reply.failure);
  else console.log(`  ${reply.failure.property}: ${reply.failure.message}`);
  process.exitCode = 1;
}

async function many(): Promise<void> {
  const seed = wholeNumber('seed') ?? Math.floor(Math.random() * 2 ** 31);
  const total = wholeNumber('cases') ?? 100_000;
  const start = wholeNumber('start') ?? 0;
  const maxFailures = wholeNumber('max-failures') ?? 10;
  console.log(`fuzz: ${total} cases from seed ${seed} (corpus of ${loadCorpus().length} real files), budget ${budget} ms of CPU a case, sandbox ${root}`);
  began = Date.now();
  let lastReport = began;
  const seen = new Set<string>();
  for (let i = start; i < start + total && !stopping; i++) {
    const reply = await runner.request({ kind: 'check', seed: caseSeed(seed, i) });
    if (stopping) return;
    done++;
    if (!reply.failure && (reply.cpuMs ?? 0) > slowest.ms) slowest = { ms: reply.cpuMs ?? 0, seed: caseSeed(seed, i) };
    if (reply.failure) {
      failures++;
      const kind = signature(reply.failure);
      if (!seen.has(kind)) {
        seen.add(kind);
        console.log(`FAILURE at case ${i} of seed ${seed}:`);
        if (reply.case) {
          report(reply.case, reply.failure);
          await keep(seed, i, reply.case, reply.failure);
        } else {
          console.log(`  case seed ${caseSeed(seed, i)}: ${reply.failure.property}: ${reply.failure.message}`);
          console.log(`  again: npm run fuzz -- --case-seed ${caseSeed(seed, i)}`);
        }
      }
      if (failures >= maxFailures) {
        console.log(`stopping after ${failures} failures`);
        break;
      }
    }
    const now = Date.now();
    if (now - lastReport >= 10_000) {
      lastReport = now;
      console.log(`  ${done} cases, ${(done / ((now - began) / 1000)).toFixed(0)} cases/s, ${failures} failures`);
    }
  }
  console.log(`fuzz: ${rate()}, seed ${seed}, ${failures} failures`);
  if (failures > 0) process.exitCode = 1;
}

/** `--complexity N`: each series doubled to 1 MB in the worker; a super-linear step is a failure. */
async function growth(count: number): Promise<void> {
  const seed = wholeNumber('seed') ?? Math.floor(Math.random() * 2 ** 31);
  const total = pickSeries(seed, count).length;
  console.log(`fuzz: complexity of ${total} growing inputs from seed ${seed} (the issue's regressions first), up to 1 MB each`);
  began = Date.now();
  for (let index = 0; index < total && !stopping; index++) {
    const reply = await runner.request({ kind: 'growth', seed, count, index });
    if (stopping) return;
    done++;
    const result = reply.growth;
    if (!result) {
      failures++;
      console.log(`FAILURE: series ${index}: ${reply.failure?.property}: ${reply.failure?.message}`);
      continue;
    }
    if (result.superLinear.length === 0) {
      console.log(`  linear  ${result.series} (to ${result.reached} chars; slowest ${result.slowest.step}, ${result.slowest.ms.toFixed(0)} ms)`);
      continue;
    }
    failures++;
    console.log(`SUPER-LINEAR ${result.series}`);
    for (const g of result.superLinear) console.log(`  ${g.step}: ${describeGrowth(g)}`);
    const dir = values.out ?? RESULTS_DIR;
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `complexity-${seed}-${index}.json`);
    writeFileSync(path, JSON.stringify({ seed, count, index, ...result }, null, 2) + '\n');
    console.log(`  saved ${path}`);
  }
  const seconds = (Date.now() - began) / 1000;
  console.log(`fuzz: ${done} growing inputs in ${seconds.toFixed(1)} s, seed ${seed}, ${failures} super-linear`);
  if (failures > 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  if (values.complexity !== undefined) {
    await growth(wholeNumber('complexity') ?? 0);
  } else if (values.replay) {
    const saved = JSON.parse(readFileSync(values.replay, 'utf8')) as Reproducer;
    console.log(`replaying ${values.replay} (run seed ${saved.runSeed}, case ${saved.index})`);
    await single(saved.case, undefined);
  } else if (values['case-seed'] !== undefined) {
    await single(undefined, wholeNumber('case-seed'));
  } else {
    await many();
  }
  // Exit rather than wait for the worker: one stopped while blocked in a read never ends by itself.
  removeSandbox();
  exitNow(Number(process.exitCode ?? 0));
}

void main();
