// Requests go ahead of background work. The workspace index runs in slices with a turn of the event
// loop between them, but a plain setImmediate between slices still let a slice run before each
// request and another before its reply: vscode-jsonrpc handles a message read in one turn on a
// later setImmediate, and writes the reply on yet another, both queued behind the index's next
// slice. A request answered during indexing took two or three slices (9 ms and more) instead of
// at most one.

import { breathe } from './slicedAnalysis';

/** How long background work stays idle after an answer (see `pause`). */
const AFTER_ANSWER_MS = 1;

const idle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RequestsFirst {
  private answered = false;

  /** Called when a handler has produced its answer (or a notification has been handled). */
  answer(): void {
    this.answered = true;
  }

  /** Wraps a handler so that its answer, now or when its promise settles, is noted. */
  noting<R>(result: R): R {
    if (result instanceof Promise) {
      return result.finally(() => this.answer()) as R;
    }
    this.answer();
    return result;
  }

  /**
   * The pause between two slices of background work. Two turns: a message read in the next poll
   * is handled on that turn's setImmediate, which then runs before the work goes on. After an
   * answer, a millisecond idle: its reply is written meanwhile, and the client's next request
   * (editors send them in bursts: completion, hover, tokens) can arrive and be answered before the
   * next slice; then one turn more for the replies given in that millisecond. Once only per
   * pause, so that a client asking without end slows the work down (one slice per idle
   * millisecond at worst) but never stops it. It never waits for a handler to finish: some wait
   * for the index themselves.
   */
  readonly pause = async (): Promise<void> => {
    await breathe();
    await breathe();
    if (!this.answered) return;
    this.answered = false;
    await idle(AFTER_ANSWER_MS);
    if (!this.answered) return;
    this.answered = false;
    await breathe();
  };
}
