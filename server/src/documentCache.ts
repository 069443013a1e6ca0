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

export class DocumentCache {
  /** In order of use, the most recent last (a Map iterates in insertion order). */
  private readonly entries = new Map<string, { version: number; analyzed: AnalyzedDocument | null }>();

  constructor(private readonly limit = CACHED_DOCUMENTS) {}

  get(source: TextSource): AnalyzedDocument | undefined {
    let entry = this.entries.get(source.uri);
    if (entry?.version !== source.version) {
      entry = { version: source.version, analyzed: analyze(source.uri, source.version, source.getText(), source.languageId) ?? null };
    }
    this.entries.delete(source.uri);
    this.entries.set(source.uri, entry);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    return entry.analyzed ?? undefined;
  }

  /** The analysis of this version if it is cached (null: not a unit nor a config), without analysing. */
  peek(source: TextSource): AnalyzedDocument | null | undefined {
    const entry = this.entries.get(source.uri);
    return entry?.version === source.version ? entry.analyzed : undefined;
  }

  /** Keeps an analysis made elsewhere (in slices, see slicedAnalysis.ts). */
  put(source: Pick<TextSource, 'uri' | 'version'>, analyzed: AnalyzedDocument | undefined): void {
    this.entries.delete(source.uri);
    this.entries.set(source.uri, { version: source.version, analyzed: analyzed ?? null });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}
