// Remembers whether systemd runs here (from the answers of systemctl calls), says so once per
// session, and lets the commands, status bar and CodeLens show it instead of failing actions.
import * as vscode from 'vscode';
import { failedForLackOfSystemd, initProcessName, systemdAbsentMessage } from '../../systemd';
import { showWarning } from '../notify';

export class SystemdPresence {
  private absent: string | undefined;
  private announced = false;

  /** The plain sentence when systemd is known not to run here, else undefined. */
  get absentMessage(): string | undefined {
    return this.absent;
  }

  /** Learns from one systemctl call; returns the sentence when it failed because systemd is absent. */
  check(record: { code: number | null; stderr: string }): string | undefined {
    const pid1 = initProcessName();
    if (failedForLackOfSystemd(record, pid1)) {
      this.absent = systemdAbsentMessage(pid1);
      if (!this.announced) {
        this.announced = true;
        void showWarning(vscode.l10n.t('{0}. The systemd commands need it; editing and checking unit files work as usual.', this.absent));
      }
      return this.absent;
    }
    if (record.code === 0) this.absent = undefined;
    return undefined;
  }
}
