// The init script of each open document that is nothing else (no unit, supervisor config or other
// family), read once per version.
import type { InitScript } from './initScript';
import { initScriptOf } from './initScript';

/** What the cache needs of an open document (a TextDocument has it). */
export interface OpenText {
  version: number;
  languageId: string;
  getText(): string;
}

export class InitScriptCache {
  private readonly entries = new Map<string, { version: number; script: InitScript | undefined }>();

  /**
   * `open`: the document when it is open and small enough to read; `isOther`: whether it is a unit,
   * supervisor config or file of another family, which wins over an init script.
   */
  constructor(private readonly open: (uri: string) => OpenText | undefined,
    private readonly isOther: (uri: string, text: string, languageId: string) => boolean) {}

  get(uri: string): InitScript | undefined {
    const document = this.open(uri);
    if (!document) return undefined;
    const kept = this.entries.get(uri);
    if (kept && kept.version === document.version) return kept.script;
    const text = document.getText();
    const script = this.isOther(uri, text, document.languageId) ? undefined : initScriptOf(uri, text);
    this.entries.set(uri, { version: document.version, script });
    return script;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
