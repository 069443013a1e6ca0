// A folder scan kept for a few seconds (or until reset, while the client watches the files), which
// can be built in steps by the background index or at once by a request that cannot wait. Both
// share one walk: a request in the middle of the background's finishes it instead of starting over.

export interface SteppedValue<T> {
  /** The value, computed now (or the background's walk finished now) when there is none fresh. */
  (): T;
  /** Forgets the value; a walk under way is abandoned. */
  reset(): void;
  /** The value if there is one, without computing it. */
  peek(): T | undefined;
  /** Computes the value one step at a time; nothing to do when it is fresh. */
  steps(): Generator<void, void>;
}

export function steppedValue<T>(compute: () => Generator<void, T>, kept: () => boolean, freshMs: number): SteppedValue<T> {
  let value: T | undefined;
  let at = 0;
  let running: Generator<void, T> | undefined;
  const expired = () => value === undefined || (!kept() && Date.now() - at >= freshMs);
  const start = () => (running ??= compute());
  const finish = (done: T) => {
    value = done;
    at = Date.now();
    running = undefined;
    return done;
  };
  const get = () => {
    if (!expired()) return value as T;
    const walk = start();
    for (let step = walk.next(); ; step = walk.next()) if (step.done) return finish(step.value);
  };
  function* steps(): Generator<void, void> {
    if (!expired()) return;
    const walk = start();
    // Ends early when a request finished the walk meanwhile, or a reset abandoned it.
    while (running === walk) {
      const step = walk.next();
      if (step.done) {
        finish(step.value);
        return;
      }
      yield;
    }
  }
  return Object.assign(get, {
    reset: () => {
      value = undefined;
      running = undefined;
    },
    peek: () => value,
    steps,
  });
}

/** A value computed at once, with the same freshness (a host folder's few readdirs). */
export function freshValue<T>(compute: () => T, kept: () => boolean, freshMs: number): SteppedValue<T> {
  // eslint-disable-next-line require-yield
  return steppedValue(function* () { return compute(); }, kept, freshMs);
}
