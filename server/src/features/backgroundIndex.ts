// The workspace index is filled in the background once the client is ready, so the first
// references or workspace-symbol request finds the files read and parsed. The work runs in slices
// of a few milliseconds with a turn of the event loop between them: a hover or completion on an
// open file waits for one slice at most, not for thousands of files.
import { breathe } from '../slicedAnalysis';
import type { WorkspaceIndex } from './workspaceIndex';

/** How long one slice may run before other messages get their turn. */
export const INDEX_SLICE_MS = 2;

/**
 * Runs `steps` to the end, yielding to the event loop whenever a slice has used its time; `pause`
 * is the yield (the server's lets requests and their replies go first, requestsFirst.ts).
 */
export async function inTimedSlices<T>(steps: Generator<void, T>, sliceMs = INDEX_SLICE_MS, now: () => number = Date.now,
  pause: () => Promise<void> = breathe): Promise<T> {
  let sliceStart = now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = now();
    }
  }
}

/** A run of the background index: `scanned` once the folders are walked, `done` once every file is read too. Neither rejects. */
export interface IndexRun {
  scanned: Promise<void>;
  done: Promise<void>;
}

/**
 * Walks the workspace's folders, then reads every file into `index`, all in slices; logs how many
 * files and how long. Requests that need the lists wait for `scanned`, references for `done`.
 */
export function indexInBackground(index: WorkspaceIndex, log: (message: string) => void, failed: (error: unknown) => void,
  pause: () => Promise<void> = breathe): IndexRun {
  const started = Date.now();
  const scanned = inTimedSlices(index.scanSteps(), INDEX_SLICE_MS, Date.now, pause).catch(failed);
  const done = scanned.then(() => inTimedSlices(index.readSteps(), INDEX_SLICE_MS, Date.now, pause))
    .then((files) => log(`workspace index: ${files} files read in ${Date.now() - started} ms`), failed);
  return { scanned, done };
}

/**
 * The server's background index: one run at a time, and one more after it when files came or went
 * meanwhile. Requests that need the folder lists or the read files wait for the run under way
 * instead of doing its work at once on the event loop, which would hold up every other request.
 */
export class IndexRunner {
  private run: IndexRun | undefined;
  private scanning = false;
  private reading = false;
  private again = false;
  private runs = 0;

  constructor(private readonly index: WorkspaceIndex, private readonly log: (message: string) => void, private readonly failed: (error: unknown) => void,
    private readonly pause: () => Promise<void> = breathe) {}

  /** Starts a run, or asks for one after the run under way (a watched change may have dropped the scans). */
  start(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.scanning = this.reading = true;
    // The first run is the one worth a line in the log; later ones follow watched changes.
    const log = this.runs++ === 0 ? this.log : () => undefined;
    const run = (this.run = indexInBackground(this.index, log, this.failed, this.pause));
    void run.scanned.then(() => { this.scanning = false; });
    void run.done.then(() => {
      this.reading = false;
      if (!this.again) return;
      this.again = false;
      this.start();
    });
  }

  /** Runs `work` once the folders are walked (at once when no walk is under way). */
  afterScan<R>(work: () => R | Promise<R>): R | Promise<R> {
    return this.scanning && this.run ? this.run.scanned.then(work) : work();
  }

  /** Runs `work` once every file is read (at once when no run is under way). */
  afterIndex<R>(work: () => R | Promise<R>): R | Promise<R> {
    return this.reading && this.run ? this.run.done.then(work) : work();
  }
}
