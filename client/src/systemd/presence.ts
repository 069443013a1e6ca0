// Whether systemd runs at all here. In containers, WSL without systemd and many CI machines PID 1
// is something else, and every systemctl call fails with the same message; the commands say so
// once, plainly, instead of offering Show Status or Show Logs, which would fail the same way.
import * as fs from 'node:fs';
import { l10n } from '../l10n';

/** What systemctl prints when PID 1 is not systemd (and no bus stands in for it). */
const NOT_BOOTED = /has not been booted with systemd as init system/;
const NO_BUS = /Failed to connect to bus/;

/** The name of PID 1 (`systemd`, `init`, `tini`, ...), undefined when it cannot be read. */
export function initProcessName(read: () => string = () => fs.readFileSync('/proc/1/comm', 'utf8')): string | undefined {
  try {
    return read().trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether a failed systemctl call failed because systemd is not the init system. */
export function failedForLackOfSystemd(record: { code: number | null; stderr: string }, pid1: string | undefined): boolean {
  if (record.code === 0) return false;
  if (NOT_BOOTED.test(record.stderr)) return true;
  // no system or user bus: only systemd's absence if PID 1 is known to be something else
  return NO_BUS.test(record.stderr) && pid1 !== undefined && pid1 !== 'systemd';
}

/** The plain sentence for it. */
export function systemdAbsentMessage(pid1: string | undefined): string {
  return pid1 === undefined ? l10n.t('systemd is not running here') : l10n.t('systemd is not running here: PID 1 is {0}', pid1);
}
