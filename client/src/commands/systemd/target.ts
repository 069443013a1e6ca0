// Which unit and scope a command acts on: from the active editor's file, with the instance of a
// template asked for (and remembered per file) and the scope overridable per file.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { escapeInstance, instantiate, isValidInstance, unitIdentityFromPath, type Scope, type UnitIdentity } from '../../systemd';
import { showError, showWarning } from '../notify';
import { quadletIdentity } from '../../families';

export interface Target {
  identity: UnitIdentity;
  /** The unit to act on: the identity's unit, or the chosen instance of a template. */
  unit: string;
  scope: Scope;
  document: vscode.TextDocument;
}

const INSTANCE_KEY = 'daemonConfig.systemd.instance:';
const SCOPE_KEY = 'daemonConfig.systemd.scope:';

export class TargetResolver {
  constructor(private readonly state: vscode.Memento) {}

  scopeOverride(file: string): Scope | undefined {
    return this.state.get<Scope>(SCOPE_KEY + file);
  }

  async setScopeOverride(file: string, scope: Scope | undefined): Promise<void> {
    await this.state.update(SCOPE_KEY + file, scope);
  }

  /** Every manager chosen for a file, by file URI: the language server checks those files for it. */
  scopeOverrides(): Record<string, Scope> {
    const scopes: Record<string, Scope> = {};
    for (const key of this.state.keys()) {
      if (!key.startsWith(SCOPE_KEY)) continue;
      const scope = this.state.get<Scope>(key);
      if (scope === 'system' || scope === 'user') scopes[vscode.Uri.file(key.slice(SCOPE_KEY.length)).toString()] = scope;
    }
    return scopes;
  }

  rememberedInstance(file: string): string | undefined {
    return this.state.get<string>(INSTANCE_KEY + file);
  }

  /** The identity of a document, or a reason it has none. */
  identify(document: vscode.TextDocument): { identity: UnitIdentity } | { reason: string } {
    if (document.uri.scheme !== 'file') return { reason: vscode.l10n.t('Save the file first: systemd commands act on unit files on disk.') };
    const file = document.uri.fsPath;
    const options = { scope: this.scopeOverride(file), home: os.homedir(), xdgConfigHome: process.env.XDG_CONFIG_HOME };
    // a Quadlet file acts through the service the generator makes from it
    const r = quadletIdentity(file, document.getText(), { ...options, languageId: document.languageId }) ?? unitIdentityFromPath(file, options);
    return r.ok ? { identity: r.identity } : { reason: r.reason };
  }

  /** The unit to show state for without asking anything (templates need a remembered instance). */
  quietTarget(document: vscode.TextDocument): Target | undefined {
    const id = this.identify(document);
    if (!('identity' in id)) return undefined;
    const identity = id.identity;
    if (!identity.template) return { identity, unit: identity.unitName, scope: identity.scope, document };
    const instance = this.rememberedInstance(identity.file);
    if (instance === undefined) return undefined;
    try {
      return { identity, unit: instantiate(identity.unitName, instance), scope: identity.scope, document };
    } catch {
      return undefined;
    }
  }

  /** The active editor's target; asks for a template's instance. Undefined when cancelled or refused. */
  async resolve(document: vscode.TextDocument | undefined, options: { askInstance?: boolean } = {}): Promise<Target | undefined> {
    if (document === undefined) {
      void showWarning(vscode.l10n.t('Open a systemd unit file first.'));
      return undefined;
    }
    const id = this.identify(document);
    if (!('identity' in id)) {
      void showError(id.reason);
      return undefined;
    }
    const identity = id.identity;
    if (!identity.template) return { identity, unit: identity.unitName, scope: identity.scope, document };
    const remembered = this.rememberedInstance(identity.file);
    if (options.askInstance === false && remembered !== undefined) {
      return { identity, unit: instantiate(identity.unitName, remembered), scope: identity.scope, document };
    }
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('{0} is a template', identity.unitName),
      prompt: vscode.l10n.t('Instance name (text that is not a valid instance is escaped like systemd-escape does)'),
      value: remembered ?? '',
      validateInput: (v) => (v.length === 0 ? vscode.l10n.t('An instance name is needed') : undefined),
    });
    if (typed === undefined) return undefined;
    const instance = isValidInstance(typed) ? typed : escapeInstance(typed);
    let unit: string;
    try {
      unit = instantiate(identity.unitName, instance);
    } catch (e) {
      void showError(String((e as Error).message));
      return undefined;
    }
    await this.state.update(INSTANCE_KEY + identity.file, instance);
    return { identity, unit, scope: identity.scope, document };
  }
}
