// Names escaped by the real `systemd-escape` when this host has it, else the output it gives on
// systemd 252 (recorded), so tests use the exact strings systemd makes for real paths and instances.
import { execFileSync } from 'node:child_process';

export interface EscapedName {
  /** The `systemd-escape` arguments. */
  args: string[];
  /** What `systemd-escape` printed for them (systemd 252). */
  recorded: string;
}

let available: boolean | undefined;

/** True when `systemd-escape` runs here. */
export function hasSystemdEscape(): boolean {
  if (available === undefined) {
    try {
      execFileSync('systemd-escape', ['--version'], { stdio: 'ignore' });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** The real output when `systemd-escape` runs here, else the recorded one. */
export function systemdEscape(name: EscapedName): string {
  if (!hasSystemdEscape()) return name.recorded;
  return execFileSync('systemd-escape', name.args, { encoding: 'utf8' }).trim();
}

export const DOCKER_VOLUMES_MOUNT: EscapedName = {
  args: ['--path', '--suffix=mount', '/var/lib/docker-volumes'], recorded: 'var-lib-docker\\x2dvolumes.mount',
};
export const DASHED_SERVICE: EscapedName = {
  args: ['--suffix=service', 'dc-esc/docker-volumes'], recorded: 'dc\\x2desc-docker\\x2dvolumes.service',
};
export const SPACED_INSTANCE: EscapedName = {
  args: ['--template=dc-tpl@.service', 'web one'], recorded: 'dc-tpl@web\\x20one.service',
};
