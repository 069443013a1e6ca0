// Shrinking a failing case to a small text that fails the same way, and saving it for replay.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCase, type CheckOptions, type Failure, type Sandbox } from './check';
import type { FuzzCase } from './generate';

export const RESULTS_DIR = resolve(__dirname, '../../test-results/fuzz');

/** What must stay the same while shrinking: the property, and for a throw the error's first line. */
export function signature(failure: Failure): string {
  const head = failure.message.split('\n')[0].replace(/"[^"]*"/g, 'S').replace(/\d+/g, 'N');
  // For a throw the whole first line (feature and error); otherwise what handed out the range.
  return `${failure.property}: ${failure.property === 'throws' ? head : head.split(':')[0]}`;
}

/**
 * Delta debugging over lines, then over characters. Bounded by a number of checks so a case that is
 * slow to check still ends; whatever it reached by then is kept.
 */
export function minimize(c: FuzzCase, failure: Failure, sandbox: Sandbox, options: CheckOptions = {}, maxChecks = 3000): FuzzCase {
  const wanted = signature(failure);
  let checks = 0;
  const fails = (text: string) => {
    checks++;
    const f = checkCase({ ...c, text }, sandbox, options);
    return f !== undefined && signature(f) === wanted;
  };
  const shrink = (parts: string[]): string[] => {
    let chunk = Math.max(1, Math.floor(parts.length / 2));
    while (chunk >= 1 && checks < maxChecks) {
      let removed = false;
      for (let start = 0; start < parts.length && checks < maxChecks;) {
        const candidate = parts.slice(0, start).concat(parts.slice(start + chunk));
        if (candidate.length < parts.length && fails(candidate.join(''))) {
          parts = candidate;
          removed = true;
        } else {
          start += chunk;
        }
      }
      if (!removed) chunk = Math.floor(chunk / 2);
    }
    return parts;
  };
  let text = c.text;
  text = shrink(text.split(/(?<=\r\n|\r(?!\n)|\n)/)).join('');
  text = shrink([...text]).join('');
  return { ...c, text, recipe: [...c.recipe, `minimised in ${checks} checks`] };
}

export interface Reproducer {
  /** How to run it again. */
  replay: string;
  runSeed: number;
  index: number;
  failure: Failure;
  case: FuzzCase;
  original: FuzzCase;
}

/** Writes `<dir>/<property>-<case seed>.json` and returns its path. */
export function saveReproducer(reproducer: Omit<Reproducer, 'replay'>, dir = RESULTS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${reproducer.failure.property}-${reproducer.case.seed}.json`);
  const replay = `npm run fuzz -- --replay ${path}`;
  writeFileSync(path, JSON.stringify({ replay, ...reproducer }, null, 2) + '\n');
  return path;
}
