// What the server keeps per open document between two checks: the rule findings of the last check
// (so that after an edit the rules redo only what it changed) and the diagnostics last sent (so that
// an unchanged list is not sent again, and code actions find a diagnostic's data when the editor drops it).
import type { Diagnostic } from 'vscode-languageserver-types';
import { CACHED_DOCUMENTS } from '../documentCache';
import type { FindingsMemo } from '../features/diagnostics';

export class DocumentDiagnostics {
  private readonly memos = new Map<string, FindingsMemo>();
  private readonly sent = new Map<string, Diagnostic[]>();

  /**
   * The findings memo of a document. Only the most recently checked ones keep theirs, as many as the
   * document cache keeps parses: an editor with a thousand files open edits a few of them.
   */
  memo(uri: string): FindingsMemo {
    const memo = this.memos.get(uri) ?? {};
    this.memos.delete(uri);
    this.memos.set(uri, memo);
    if (this.memos.size > CACHED_DOCUMENTS) this.memos.delete(this.memos.keys().next().value as string);
    return memo;
  }

  /** The diagnostics last sent for the document, as sent. */
  published(uri: string): Diagnostic[] | undefined {
    return this.sent.get(uri);
  }

  /**
   * Records `diagnostics` as sent and says whether they must be: not when the editor already shows
   * exactly these (typing inside a value, the re-check of a unit when one of its drop-ins changes).
   */
  changed(uri: string, diagnostics: Diagnostic[]): boolean {
    const before = this.sent.get(uri);
    // Compared as sent; the JSON is not kept (a thousand open files would keep it all).
    if (before && before.length === diagnostics.length && JSON.stringify(before) === JSON.stringify(diagnostics)) return false;
    this.sent.set(uri, diagnostics);
    return true;
  }

  /** The document closed, or was sent something else (the oversize notice): start afresh. */
  forget(uri: string): void {
    this.memos.delete(uri);
    this.sent.delete(uri);
  }
}
