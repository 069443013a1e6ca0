// The language server's side of SysV init scripts, kept out of server.ts: which open documents are
// init scripts, and their diagnostics, hover, completion and conversion.
import type { CodeAction, CompletionItem, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import type { Translator } from '../l10n/translator';
import { LargeTextDocument } from '../largeDocument';
import { capped, MAX_COMPLETION_ITEMS } from '../limits';
import { InitScriptCache, sysvCompletion, sysvDiagnostics, sysvHover, type InitScript } from '../sysv';
import type { OpenText } from '../sysv/scriptCache';
import { canCreateFiles, sysvActions } from './sysvActions';

export interface SysvHooks {
  /** The document when it is open (an oversize one is never read). */
  open: (uri: string) => OpenText | undefined;
  /** A unit, supervisor config or file of another family: that wins over an init script. */
  isOther: (uri: string, text: string, languageId: string) => boolean;
  /** A file exists (open or on disk), so a conversion must not create it. */
  exists: (path: string) => boolean;
}

export class SysvServer {
  private readonly scripts: InitScriptCache;
  private createFiles = false;

  constructor(private readonly hooks: SysvHooks) {
    this.scripts = new InitScriptCache((uri) => {
      const document = hooks.open(uri);
      return document instanceof LargeTextDocument ? undefined : document;
    }, hooks.isOther);
  }

  /** From `initialize`: whether the client can create files (the conversion needs it). */
  initialize(capabilities: unknown): void {
    this.createFiles = canCreateFiles(capabilities);
  }

  script(uri: string): InitScript | undefined {
    return this.scripts.get(uri);
  }

  diagnostics(uri: string): Diagnostic[] {
    const script = this.scripts.get(uri);
    return script ? sysvDiagnostics(script) : [];
  }

  /** undefined when the document is no init script (the other features answer then). */
  hover(uri: string, position: Position, t: Translator): Hover | null | undefined {
    const script = this.scripts.get(uri);
    return script ? sysvHover(script, position, t) : undefined;
  }

  completion(uri: string, position: Position, t: Translator): CompletionItem[] | undefined {
    const script = this.scripts.get(uri);
    return script ? capped(sysvCompletion(script, position, t), MAX_COMPLETION_ITEMS) : undefined;
  }

  actions(uri: string, only: unknown, t: Translator): CodeAction[] {
    const script = this.scripts.get(uri);
    return script ? sysvActions(script, uri, { createFiles: this.createFiles, only, t, exists: this.hooks.exists }) : [];
  }

  forget(uri: string): void {
    this.scripts.forget(uri);
  }
}
