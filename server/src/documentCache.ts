// Parse once per version: analysed documents cached by URI, replaced when the version changes.
import { analyze, type AnalyzedDocument } from './analysis';

export interface TextSource {
  uri: string;
  version: number;
  languageId: string;
  getText(): string;
}

export class DocumentCache {
  private readonly entries = new Map<string, AnalyzedDocument | null>();
  private readonly versions = new Map<string, number>();

  get(source: TextSource): AnalyzedDocument | undefined {
    if (this.versions.get(source.uri) !== source.version) {
      this.entries.set(source.uri, analyze(source.uri, source.version, source.getText(), source.languageId) ?? null);
      this.versions.set(source.uri, source.version);
    }
    return this.entries.get(source.uri) ?? undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.versions.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}
