// "Show Effective Unit (merged from files)": the language server merges the unit of the active file
// with its drop-ins as systemd would (daemonConfig/effectiveUnit), from the files alone, so this
// works where systemctl cannot run (VS Code for the Web, containers). The answer opens as a
// read-only systemd-unit document beside the file; each directive carries a `# from` comment.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EFFECTIVE_UNIT_REQUEST, EFFECTIVE_UNIT_SCHEME, type EffectiveUnitParams, type EffectiveUnitResult } from '../../server/src/features/dropins/protocol';
import { showError, showInfo } from './commands/notify';
import { MERGED_UNIT_COMMAND } from './webCommands';

class MergedUnitViews implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  async show(result: EffectiveUnitResult): Promise<void> {
    const uri = vscode.Uri.from({ scheme: EFFECTIVE_UNIT_SCHEME, path: `/${result.unit}` });
    this.contents.set(uri.toString(), result.text);
    this.changed.fire(uri);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'systemd-unit') doc = await vscode.languages.setTextDocumentLanguage(doc, 'systemd-unit');
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerMergedUnitCommand(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  const views = new MergedUnitViews();
  context.subscriptions.push(views, vscode.workspace.registerTextDocumentContentProvider(EFFECTIVE_UNIT_SCHEME, views));
  context.subscriptions.push(vscode.commands.registerCommand(MERGED_UNIT_COMMAND, async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'systemd-unit') {
      return void showError(vscode.l10n.t('Open a systemd unit file or drop-in first.'));
    }
    const current = client();
    if (!current?.isRunning()) {
      return void showError(vscode.l10n.t('The daemon-config language server is not running, so the unit cannot be merged. See the daemon-config output, or reload the window.'));
    }
    let result: EffectiveUnitResult | null;
    try {
      const params: EffectiveUnitParams = { textDocument: { uri: doc.uri.toString() } };
      result = await current.sendRequest<EffectiveUnitResult | null>(EFFECTIVE_UNIT_REQUEST, params);
    } catch (error) {
      return void showError(vscode.l10n.t('The daemon-config language server could not merge the unit: {0}', error instanceof Error ? error.message : String(error)));
    }
    if (!result) return void showInfo(vscode.l10n.t('No unit found for this file: a drop-in of a folder such as foo-.service.d applies to units whose files are not in the workspace or the unit folders.'));
    await views.show(result);
  }));
}
