// What the server asks of the line formats, per open document: each answer is undefined when the
// document is not a tmpfiles.d or sysusers.d file, so the server falls through to its INI features.
import type { CompletionItem, Diagnostic, DocumentSymbol, Hover, Position, Range } from 'vscode-languageserver-types';
import type { ManualLibrary } from '../features/manual/library';
import { withManual } from '../features/manual/manualHover';
import { encodeTokens } from '../features/semanticTokens';
import type { FileAssociation } from '../classify/associations';
import type { FamilyMatch } from '../classify/families';
import { MAX_COMPLETION_ITEMS, capped } from '../limits';
import { lineFormatFor, lineFormatOf, type LineFormat, type LineFormatHost } from './registry';

export interface LineDocument {
  uri: string;
  languageId: string;
  getText(): string;
}

export interface LineServiceSettings extends LineFormatHost {
  associations: readonly FileAssociation[];
  scopeOf(uri: string): 'system' | 'user' | undefined;
  /** The host's man pages, for the manual's entry under a type letter's hover. */
  manual?: ManualLibrary;
}

/** What a document was classified as, and from what: asked again only when one of these changed. */
interface Classified {
  text: string;
  languageId: string;
  scope: 'system' | 'user' | undefined;
  associations: readonly FileAssociation[];
  found: { format: LineFormat; text: string } | undefined;
}

export class LineFormatService {
  /** Every request asks first whether its document is a line format: the answer is kept per open document. */
  private readonly classified = new WeakMap<LineDocument, Classified>();

  /** `document`: the open document (undefined when closed or too large to analyse); `settings`: read on each call. */
  constructor(private readonly document: (uri: string) => LineDocument | undefined, private readonly settings: () => LineServiceSettings) {}

  private find(uri: string): { format: LineFormat; text: string; host: LineServiceSettings } | undefined {
    const d = this.document(uri);
    if (!d) return undefined;
    const host = this.settings();
    const text = d.getText();
    const scope = host.scopeOf(uri);
    let known = this.classified.get(d);
    if (!known || known.text !== text || known.languageId !== d.languageId || known.scope !== scope || known.associations !== host.associations) {
      known = { text, languageId: d.languageId, scope, associations: host.associations, found: lineFormatFor(uri, text, d.languageId, scope, host.associations) };
      this.classified.set(d, known);
    }
    return known.found && { ...known.found, host };
  }

  /** The diagnostics of a file already classified into a family; undefined for an INI family. */
  diagnostics(found: FamilyMatch, text: string): Diagnostic[] | undefined {
    return lineFormatOf(found.family)?.diagnostics(text, this.settings());
  }

  completion(uri: string, position: Position): CompletionItem[] | undefined {
    const f = this.find(uri);
    return f && capped(f.format.completion(f.text, position, f.host), MAX_COMPLETION_ITEMS);
  }

  /** null: a line document with nothing to say here. */
  hover(uri: string, position: Position): Hover | null | Promise<Hover | null> | undefined {
    const f = this.find(uri);
    if (!f) return undefined;
    const library = f.host.manual;
    return library ? withManual(library, (m) => f.format.hover(f.text, position, f.host, m)) : f.format.hover(f.text, position, f.host);
  }

  symbols(uri: string): DocumentSymbol[] | undefined {
    const f = this.find(uri);
    return f && f.format.symbols(f.text);
  }

  /** The document's semantic tokens (within `range`, when given), encoded and handed to `answer`. */
  tokens<R>(uri: string, answer: (data: number[]) => R, range?: Range): R | undefined {
    const f = this.find(uri);
    if (!f) return undefined;
    const all = f.format.tokens(f.text);
    return answer(encodeTokens(range ? all.filter((x) => x.line >= range.start.line && x.line <= range.end.line) : all));
  }
}
