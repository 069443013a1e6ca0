// Before "Install This Unit" writes: what is at the destination, named in a modal, and the user's
// go-ahead. A mask is never replaced without saying that doing so unmasks the unit.
import * as vscode from 'vscode';
import type { InstallMode, Occupant } from '../../systemd';
import { showError, showWarning } from '../notify';

/** True when installing may go on. */
export async function confirmReplace(occupant: Occupant, destination: string, unit: string, source: string, mode: InstallMode): Promise<boolean> {
  if (occupant.kind === 'absent' || occupant.kind === 'same') return true;
  if (occupant.kind === 'other') {
    void showError(vscode.l10n.t('{0} exists and is not a file; nothing was installed.', destination));
    return false;
  }
  if (mode === 'link') {
    // `systemctl link` replaces nothing; say why it would fail instead of letting it
    const message = occupant.kind === 'mask'
      ? vscode.l10n.t('{0} is masked ({1} links to /dev/null). Unmask it first (systemctl unmask), or install by copying, which asks before it unmasks.', unit, destination)
      : vscode.l10n.t('{0} already exists, and systemctl link does not replace it. Remove it first, or install by copying, which asks before it replaces.', destination);
    void showError(message);
    return false;
  }
  let question: string;
  let go: string;
  switch (occupant.kind) {
    case 'mask':
      question = vscode.l10n.t('{0} masks {1} (it links to /dev/null). Copying {2} there replaces the mask and so unmasks {1}. Unmask and install?', destination, unit, source);
      go = vscode.l10n.t('Unmask and Replace');
      break;
    case 'drop-in':
      question = vscode.l10n.t('{0} already exists: a drop-in, perhaps written by systemctl edit. Replace it with {1}?', destination, source);
      go = vscode.l10n.t('Replace');
      break;
    case 'link':
      question = vscode.l10n.t('{0} is a link to {1} (perhaps from systemctl link). Replace it with a copy of {2}?', destination, occupant.target, source);
      go = vscode.l10n.t('Replace');
      break;
    case 'unit':
      question = vscode.l10n.t('{0} already exists: a unit file installed earlier or by someone else. Replace it with {1}?', destination, source);
      go = vscode.l10n.t('Replace');
      break;
  }
  return (await showWarning(question, { modal: true }, go)) === go;
}
