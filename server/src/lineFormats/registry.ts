// The line formats (tmpfiles.d, sysusers.d) by family: what the server and the checker call where an
// INI family gets familyDiagnostics. Each answers from the text alone, plus the host's accounts.
import type { CompletionItem, Diagnostic, DocumentSymbol, Hover, Position } from 'vscode-languageserver-types';
import type { HoverManual } from '../features/manual/manualHover';
import type { SemanticToken } from '../features/semanticTokens';
import type { FileAssociation } from '../classify/associations';
import { classifyFile } from '../classify/classify';
import type { SystemdFamily } from '../classify/families';
import type { WorkspaceView } from '../rules/types';
import type { Translator } from '../l10n/translator';
import { hostAccounts } from './accounts';
import { toDiagnostic } from './issues';
import { sysusersCompletion, sysusersHover, sysusersSymbols } from './sysusers/features';
import { validateSysusers } from './sysusers/validate';
import { sysusersTokens, tmpfilesTokens } from './tokens';
import { tmpfilesCompletion, tmpfilesHover, tmpfilesSymbols, type LineFeatureContext } from './tmpfiles/features';
import { validateTmpfiles } from './tmpfiles/validate';

export interface LineFormatHost {
  /** The target systemd release. */
  version: number;
  t: Translator;
  workspace?: WorkspaceView;
}

export interface LineFormat {
  diagnostics(text: string, host: LineFormatHost): Diagnostic[];
  completion(text: string, position: Position, host: LineFormatHost): CompletionItem[];
  hover(text: string, position: Position, host: LineFormatHost, manual?: HoverManual): Hover | null;
  symbols(text: string): DocumentSymbol[];
  tokens(text: string): SemanticToken[];
}

const context = (host: LineFormatHost): LineFeatureContext => ({ version: host.version, t: host.t, ...hostAccounts(host.workspace) });

const TMPFILES: LineFormat = {
  diagnostics: (text, host) => validateTmpfiles(text, context(host)).map(toDiagnostic),
  completion: (text, position, host) => tmpfilesCompletion(text, position, context(host)),
  hover: (text, position, host, manual) => tmpfilesHover(text, position, { version: host.version, t: host.t }, manual),
  symbols: (text) => tmpfilesSymbols(text),
  tokens: tmpfilesTokens,
};

const SYSUSERS: LineFormat = {
  diagnostics: (text, host) => validateSysusers(text, hostAccounts(host.workspace).groups).map(toDiagnostic),
  completion: (text, position, host) => sysusersCompletion(text, position, context(host)),
  hover: (text, position, host, manual) => sysusersHover(text, position, { version: host.version, t: host.t }, manual),
  symbols: (text) => sysusersSymbols(text),
  tokens: sysusersTokens,
};

/** The line format of a family; undefined for the INI families. */
export function lineFormatOf(family: SystemdFamily): LineFormat | undefined {
  return family === 'tmpfiles.d' ? TMPFILES : family === 'sysusers.d' ? SYSUSERS : undefined;
}

/** A document's line format and text, when it is a tmpfiles.d or sysusers.d file. */
export function lineFormatFor(uri: string, text: string, languageId: string, scope: 'system' | 'user' | undefined,
  associations: readonly FileAssociation[]): { format: LineFormat; text: string } | undefined {
  const found = classifyFile(uri, text, languageId, scope, associations);
  const format = found && 'evidence' in found ? lineFormatOf(found.family) : undefined;
  return format && { format, text };
}
