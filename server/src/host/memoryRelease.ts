// Gives memory back to the system once files are closed. V8 keeps the pages that 1,000 analysed
// files needed after they close (its own memory reducer acts 8 s or more later, and only partly).
// Two full collections, once the closes have stopped for a moment, free the pages: the first
// marks and sweeps, the second finds the swept pages empty and unmaps them (one alone left 14 MB
// of the 24 MB, two left 9 MB). `gc` is fetched at run time, so no flag is needed on node's
// command line, and only this module sees it. Node 20's gc takes no options we could use: an
// options object without `type: 'minor'` is read as a minor collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = () => void;

/** How long after the last close the collections wait, so that a burst of closes costs one pair. */
export const RELEASE_DELAY_MS = 1000;

/** V8's gc function, fetched without exposing it to the server's own context; undefined if this node refuses. */
export function memoryCollector(): Collect | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as unknown;
    return typeof collect === 'function' ? (collect as Collect) : undefined;
  } catch {
    return undefined;
  } finally {
    // Contexts made later get no gc of their own.
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * The host's `documentClosed`: each call (re)starts a short timer; when it fires, two full
 * collections run. The timer never keeps the process alive.
 */
export function memoryReleaser(collect = memoryCollector(), delayMs = RELEASE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (!collect) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      collect();
      collect();
    }, delayMs);
    timer.unref?.();
  };
}
