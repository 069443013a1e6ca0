// The workspace index is filled in the background once the client is ready, so the first
// references or workspace-symbol request finds the files read and parsed. The work runs in slices
// of a few milliseconds with a turn of the event loop between them: a hover or completion on an
// open file waits for one slice at most, not for thousands of files.
import { breathe } from '../slicedAnalysis';
import type { WorkspaceIndex } from './workspaceIndex';

/** How long one slice may run before other messages get their turn. */
export const INDEX_SLICE_MS = 3;

/** Runs `steps` to the end, yielding to the event loop whenever a slice has used its time. */
export async function inTimedSlices<T>(steps: Generator<void, T>, sliceMs = INDEX_SLICE_MS, now: () => number = Date.now): Promise<T> {
  let sliceStart = now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await breathe();
      sliceStart = now();
    }
  }
}

/** Reads the whole workspace into `index` in slices; logs how many files and how long. Never rejects. */
export async function indexInBackground(index: WorkspaceIndex, log: (message: string) => void, failed: (error: unknown) => void): Promise<void> {
  const started = Date.now();
  try {
    const files = await inTimedSlices(index.warmSteps());
    log(`workspace index: ${files} files read in ${Date.now() - started} ms`);
  } catch (error) {
    failed(error);
  }
}
