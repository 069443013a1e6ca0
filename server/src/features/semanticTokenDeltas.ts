// `semanticTokens/full/delta`: the last answer per document, so the next one can be sent as the
// part that changed. A keystroke changes a few tokens of a file; the edit is a few numbers.
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver-types';

/** One edit that turns `before` into `after`: what lies between their common start and common end. */
export function tokenEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  if (head === before.length && head === after.length) return [];
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return [{ start: head, deleteCount: before.length - head - tail, data: after.slice(head, after.length - tail) }];
}

export class SemanticTokenResults {
  private readonly last = new Map<string, { resultId: string; data: number[] }>();
  private next = 1;

  /** Remembers a full answer for `uri` and gives it an id. */
  full(uri: string, data: number[]): SemanticTokens {
    const resultId = String(this.next++);
    this.last.set(uri, { resultId, data });
    return { resultId, data };
  }

  /** The change since `previousResultId`; the full answer when that is not the last one sent. */
  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const previous = this.last.get(uri);
    const result = this.full(uri, data);
    if (!previous || previous.resultId !== previousResultId) return result;
    return { resultId: result.resultId, edits: tokenEdits(previous.data, data) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
