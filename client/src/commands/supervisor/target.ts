// Which supervisord a supervisor-conf editor talks to, and which program the cursor is in: the
// language server answers (daemonConfig/fileInfo), so the commands act on the configuration the
// diagnostics describe and never read configs themselves.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SupervisorFileInfo, SupervisorProgram } from '../../../../server/src/features/fileInfoProtocol';
import type { FileInfoSource } from '../../serverFileInfo';

export interface FileContext {
  readonly document: vscode.TextDocument;
  /** The config passed to `supervisorctl -c`. */
  readonly config: string;
  /** Programs defined in this document, with group membership from the whole configuration. */
  readonly programs: readonly SupervisorProgram[];
  /** Line of each program's `[program:x]` header. */
  readonly headers: ReadonlyMap<string, number>;
  /** The program whose section holds the cursor, when a cursor was given. */
  readonly programAtCursor: string | undefined;
}

type Facts = SupervisorFileInfo['supervisor'];

export class ContextResolver {
  constructor(private readonly source: FileInfoSource) {}

  /** What the server knows about a supervisor file; rejects with a message for the user. */
  async facts(uri: string, position?: vscode.Position): Promise<Facts | undefined> {
    const info = await this.source.fileInfo(uri, position ? { line: position.line, character: position.character } : undefined);
    return info?.dialect === 'supervisor' ? info.supervisor : undefined;
  }

  /** The context of a document (and the program at `cursor`), or a reason why the commands cannot act on it. */
  async resolve(document: vscode.TextDocument | undefined, cursor?: vscode.Position): Promise<FileContext | { reason: string }> {
    if (!document || document.languageId !== 'supervisor-conf') return { reason: vscode.l10n.t('Open a supervisor config file first.') };
    if (document.uri.scheme !== 'file') return { reason: vscode.l10n.t('supervisor commands work on files on disk.') };
    let facts: Facts | undefined;
    try {
      facts = await this.facts(document.uri.toString(), cursor);
    } catch (error) {
      return { reason: error instanceof Error ? error.message : String(error) };
    }
    const name = path.basename(document.uri.fsPath);
    if (!facts) return { reason: vscode.l10n.t('The language server does not read {0} as a supervisor config.', name) };
    if (!facts.config) {
      return {
        reason: vscode.l10n.t(
          'No supervisor config governs {0}: it has no [supervisord], [supervisorctl], [unix_http_server] or [include] section, and no [include] files= of a config in its folder, the three folders above it, /etc/supervisor/supervisord.conf or /etc/supervisord.conf matches it.',
          name,
        ),
      };
    }
    const headers = new Map(facts.programs.map((p) => [p.name, p.headerLine]));
    return { document, config: facts.config.path, programs: facts.programs, headers, programAtCursor: facts.programAtCursor };
  }
}
