// The init script of each open document that is nothing else (no unit, supervisor config or other
// family), read once per version.
import type { InitScript } from './initScript';
import { initScriptOf } from './initScript';

export class InitScriptCache {
  private readonly entries = new Map<string, { version: number; script: InitScript | undefined }>();

  /** `isOther`: whether the document is a unit, supervisor config or another family, which wins. */
  get(uri: string, version: number, text: () => string, isOther: () => boolean): InitScript | undefined {
    const kept = this.entries.get(uri);
    if (kept && kept.version === version) return kept.script;
    const content = text();
    const script = isOther() ? undefined : initScriptOf(uri, content);
    this.entries.set(uri, { version, script });
    return script;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
