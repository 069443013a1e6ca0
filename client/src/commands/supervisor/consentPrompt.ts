// The question asked before supervisorctl first runs for a config that points it at another host
// or loads supervisorctl plugins (client/src/supervisor/consent.ts keeps the answers).
import * as vscode from 'vscode';
import type { AskLiveQuery } from '../../supervisor';
import { showWarning } from '../notify';

export const askLiveQuery: AskLiveQuery = async (config, risk) => {
  const reasons: string[] = [];
  if (risk.remoteServer !== undefined) reasons.push(vscode.l10n.t('it connects to the server {0}', risk.remoteServer));
  if (risk.plugins.length > 0) reasons.push(vscode.l10n.t('it imports the Python modules of the supervisorctl plugins {0}', risk.plugins.join(', ')));
  const allow = vscode.l10n.t('Run supervisorctl');
  const never = vscode.l10n.t('Not for This Config');
  const choice = await showWarning(
    vscode.l10n.t('Live state and commands run supervisorctl -c {0}, and with this config {1}. Run supervisorctl for it?', config, reasons.join('; ')),
    { modal: true },
    allow,
    never,
  );
  return choice === allow ? true : choice === never ? false : undefined;
};
