// Parse once per version: analysed documents cached by URI, replaced when the version changes.
// Only the most recently used ones are kept: an analysed document weighs some 30 times its text,
// and an editor with hundreds of files open asks about a handful; the rest re-parse in well under
// a millisecond when next asked. A new version of a cached document is analysed from the old one:
// only the lines around the edit are parsed again (incremental/reparse.ts).
import { analyze, reanalyze, type AnalyzedDocument } from './analysis';
import type { FileAssociation } from './classify/associations';

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
  private readonly entries = new Map<string, { version: number; scope: ChosenScope; associations: readonly FileAssociation[]; analyzed: AnalyzedDocument | null }>();

  /**
   * `scopeOf` gives the manager the user chose for a document (undefined: its folder decides);
   * `associations` the user's daemonConfig.files.associations (new settings are a new array: every entry is redone).
   */
  constructor(private readonly limit = CACHED_DOCUMENTS, readonly scopeOf: (uri: string) => ChosenScope = () => undefined,
    readonly associations: () => readonly FileAssociation[] = () => []) {}

  get(source: TextSource): AnalyzedDocument | undefined {
    let entry = this.entries.get(source.uri);
    const scope = this.scopeOf(source.uri);
    const associations = this.associations();
    if (entry?.version !== source.version || entry.scope !== scope || entry.associations !== associations) {
      const previous = entry && entry.scope === scope && entry.associations === associations ? entry.analyzed : null;
      const text = source.getText();
      entry = { version: source.version, scope, associations,
        analyzed: (previous ? reanalyze(previous, source.version, text, source.languageId, scope, associations)
          : analyze(source.uri, source.version, text, source.languageId, scope, associations)) ?? null };
    }
    this.entries.delete(source.uri);
    this.entries.set(source.uri, entry);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    return entry.analyzed ?? undefined;
  }

  /** The analysis of this version if it is cached (null: not a unit nor a config), without analysing. */
  peek(source: TextSource): AnalyzedDocument | null | undefined {
    const entry = this.entries.get(source.uri);
    return entry?.version === source.version && entry.scope === this.scopeOf(source.uri) && entry.associations === this.associations()
      ? entry.analyzed : undefined;
  }

  /** Whether get() would build this version from an earlier analysis of the document (a few lines' work, whatever its size). */
  hasEarlier(source: TextSource): boolean {
    const entry = this.entries.get(source.uri);
    return !!entry?.analyzed && entry.version !== source.version && entry.scope === this.scopeOf(source.uri) && entry.associations === this.associations();
  }

  /** Keeps an analysis made elsewhere (in slices, see slicedAnalysis.ts). */
  put(source: Pick<TextSource, 'uri' | 'version'>, scope: ChosenScope, analyzed: AnalyzedDocument | undefined,
    associations: readonly FileAssociation[] = this.associations()): void {
    this.entries.delete(source.uri);
    this.entries.set(source.uri, { version: source.version, scope, associations, analyzed: analyzed ?? null });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}
