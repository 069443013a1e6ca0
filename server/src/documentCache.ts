// Parse once per version: analysed documents cached by URI, replaced when the version changes.
// Only the most recently used ones are kept: an analysed document weighs some 30 times its text,
// and an editor with hundreds of files open asks about a handful; the rest re-parse in well under
// a millisecond when next asked.
import { analyze, type AnalyzedDocument } from './analysis';

export interface TextSource {
  uri: string;
  version: number;
  languageId: string;
  getText(): string;
}

export const CACHED_DOCUMENTS = 64;

export type ChosenScope = 'system' | 'user' | undefined;

export class DocumentCache {
  /** In order of use, the most recent last (a Map iterates in insertion order). */
  private readonly entries = new Map<string, { version: number; scope: ChosenScope; analyzed: AnalyzedDocument | null }>();

  /** `scopeOf` gives the manager the user chose for a document (undefined: its folder decides). */
  constructor(private readonly limit = CACHED_DOCUMENTS, readonly scopeOf: (uri: string) => ChosenScope = () => undefined) {}

  get(source: TextSource): AnalyzedDocument | undefined {
    let entry = this.entries.get(source.uri);
    const scope = this.scopeOf(source.uri);
    if (entry?.version !== source.version || entry.scope !== scope) {
      entry = { version: source.version, scope, analyzed: analyze(source.uri, source.version, source.getText(), source.languageId, scope) ?? null };
    }
    this.entries.delete(source.uri);
    this.entries.set(source.uri, entry);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    return entry.analyzed ?? undefined;
  }

  /** The analysis of this version if it is cached (null: not a unit nor a config), without analysing. */
  peek(source: TextSource): AnalyzedDocument | null | undefined {
    const entry = this.entries.get(source.uri);
    return entry?.version === source.version && entry.scope === this.scopeOf(source.uri) ? entry.analyzed : undefined;
  }

  /** Keeps an analysis made elsewhere (in slices, see slicedAnalysis.ts). */
  put(source: Pick<TextSource, 'uri' | 'version'>, scope: ChosenScope, analyzed: AnalyzedDocument | undefined): void {
    this.entries.delete(source.uri);
    this.entries.set(source.uri, { version: source.version, scope, analyzed: analyzed ?? null });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}
