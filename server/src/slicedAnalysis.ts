// Large documents are analysed in slices. A unit near the size limit took the server hundreds of
// milliseconds (seconds on a loaded machine) to parse and check, and every other request waited.
// Between two slices the event loop reads and answers other messages, so a hover on a small file
// is answered while the big one is still being analysed. Small documents are analysed at once.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSteps, type AnalyzedDocument } from './analysis';
import type { DocumentCache } from './documentCache';

/** Texts up to this many characters are analysed in one go: a few milliseconds. */
export const SLICED_ABOVE = 64 * 1024;

/**
 * A turn of the event loop: setImmediate runs after the I/O poll, so messages read meanwhile get
 * their turn. A web worker has no setImmediate; a zero timeout there lets its message events in.
 */
const immediate = (globalThis as { setImmediate?: (resume: () => void) => unknown }).setImmediate;
const nextTurn = immediate ?? ((resume: () => void) => setTimeout(resume, 0));
/** Lets the event loop read and answer other messages before the work goes on. */
export const breathe = () => new Promise<void>((resolve) => nextTurn(resolve));

/** Runs a generator to its end, one step per turn of the event loop. */
export async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await breathe();
  }
}

/** Whether a document's analysis, and the rules after it, run in slices. */
export function isLarge(document: TextDocument): boolean {
  return document.getText().length > SLICED_ABOVE;
}

export class SlicedAnalysis {
  private readonly running = new Map<string, { version: number; done: Promise<AnalyzedDocument | undefined> }>();

  constructor(private readonly cache: DocumentCache) {}

  /** The analysis itself when it is cached or the document is small; a promise of it for a large one. */
  get(document: TextDocument): AnalyzedDocument | undefined | Promise<AnalyzedDocument | undefined> {
    const cached = this.cache.peek(document);
    if (cached !== undefined) return cached ?? undefined;
    // An edit to a cached document re-parses only the lines around it: no need for slices.
    if (!isLarge(document) || this.cache.hasEarlier(document)) return this.cache.get(document);
    const job = this.running.get(document.uri);
    if (job?.version === document.version) return job.done;
    const done = this.analyze(document);
    this.running.set(document.uri, { version: document.version, done });
    return done;
  }

  /** A closed document: an analysis still under way is not kept. */
  forget(uri: string): void {
    this.running.delete(uri);
  }

  private async analyze(document: TextDocument): Promise<AnalyzedDocument | undefined> {
    const { uri, version, languageId } = document;
    const text = document.getText();
    const scope = this.cache.scopeOf(uri);
    const associations = this.cache.associations();
    try {
      // Whatever was asked before this analysis started is answered first.
      await breathe();
      const analyzed = await inSlices(analyzeSteps(uri, version, text, languageId, scope, associations));
      if (this.running.get(uri)?.version === version) this.cache.put({ uri, version }, scope, analyzed, associations);
      return analyzed;
    } finally {
      if (this.running.get(uri)?.version === version) this.running.delete(uri);
    }
  }
}
