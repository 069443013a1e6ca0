// Which supervisord a supervisor-conf editor talks to, and which program the cursor is in.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  findGoverningConfig, loadConfigTree, programsIn, readSupervisorIni, type Governing, type IniFile, type ProgramInfo,
} from '../../supervisor';

export interface FileContext {
  readonly document: vscode.TextDocument;
  readonly governing: Governing;
  /** The config passed to `supervisorctl -c`. */
  readonly config: string;
  /** Programs defined in this document, with group membership from the whole configuration. */
  readonly programs: readonly ProgramInfo[];
  /** Line of each program's `[program:x]` header. */
  readonly headers: ReadonlyMap<string, number>;
}

/** Section header of one line as configparser reads it (`[program:x] ; note` → `program:x`). */
export function headerOf(line: string): string | undefined {
  if (!/^\s*\[/.test(line)) return undefined;
  const [name] = readSupervisorIni(line).sections.keys();
  return name;
}

const PROGRAM_HEADER = /^(?:program|fcgi-program|eventlistener):(.*)$/;

/** The program whose section holds `line`: the nearest `[program:x]` header at or above it. */
export function programAtLine(document: vscode.TextDocument, line: number): string | undefined {
  for (let l = Math.min(line, document.lineCount - 1); l >= 0; l--) {
    const header = headerOf(document.lineAt(l).text);
    if (header === undefined) continue;
    const m = PROGRAM_HEADER.exec(header);
    return m ? (m[1] as string).trim() : undefined;
  }
  return undefined;
}

const WORKSPACE_CONFIG_GLOB = '**/{supervisord*.conf,supervisor*.conf,supervisord*.ini}';

export class ContextResolver {
  private workspaceConfigs: Promise<string[]> | undefined;

  /** Forget the cached list of workspace configs (a file was created or deleted). */
  invalidate(): void {
    this.workspaceConfigs = undefined;
  }

  private listWorkspaceConfigs(): Promise<string[]> {
    this.workspaceConfigs ??= Promise.resolve(vscode.workspace.findFiles(WORKSPACE_CONFIG_GLOB, '**/node_modules/**', 200))
      .then((uris) => uris.filter((u) => u.scheme === 'file').map((u) => u.fsPath).sort())
      .catch(() => []);
    return this.workspaceConfigs;
  }

  /** The context of a document, or a reason why the commands cannot act on it. */
  async resolve(document: vscode.TextDocument | undefined): Promise<FileContext | { reason: string }> {
    if (!document || document.languageId !== 'supervisor-conf') return { reason: vscode.l10n.t('Open a supervisor config file first.') };
    if (document.uri.scheme !== 'file') return { reason: vscode.l10n.t('supervisor commands work on files on disk.') };
    const file = document.uri.fsPath;
    const text = document.getText();
    const governing = await findGoverningConfig(file, { fileText: text, workspaceConfigs: await this.listWorkspaceConfigs() });
    if (!governing) {
      return {
        reason: vscode.l10n.t(
          'No supervisor config governs {0}: it has no [supervisorctl], [unix_http_server] or [supervisord] section, and no [include] files= of a config in the workspace, /etc/supervisor/supervisord.conf or /etc/supervisord.conf matches it.',
          path.basename(file),
        ),
      };
    }
    const own = readSupervisorIni(text);
    let others: IniFile[] = [];
    try {
      const tree = await loadConfigTree(governing.config);
      others = [...tree.files].filter(([p]) => p !== file).map(([, ini]) => ini);
    } catch {
      // the governing config is unreadable on disk: use this file alone
    }
    const programs = programsIn(own, [own, ...others], { here: path.dirname(governing.config) });
    const headers = new Map<string, number>();
    for (let l = 0; l < document.lineCount; l++) {
      const header = headerOf(document.lineAt(l).text);
      const m = header === undefined ? null : PROGRAM_HEADER.exec(header);
      if (m && !headers.has((m[1] as string).trim())) headers.set((m[1] as string).trim(), l);
    }
    return { document, governing, config: governing.config, programs, headers };
  }
}
