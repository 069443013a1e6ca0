// Work that can pause: a generator yields between steps, and whoever drives it decides whether
// to run straight through (finish) or to let other work in between (server/src/slicedAnalysis.ts).

/** Lines a parser reads between two pauses: about a millisecond of work. */
export const STEP_LINES = 2048;

/** Runs the steps to the end at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
