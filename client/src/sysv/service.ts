// `service NAME ACTION` for a SysV init script: the name checked as an init script name (no option,
// no path, nothing a shell would read; argv goes to execFile or to sudo, never through a shell).
import * as path from 'node:path';

export const SERVICE_ACTIONS = ['start', 'stop', 'restart', 'status'] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];

/** Letters, digits and `_ . + -`, not starting with `-` or `.` (Debian's rule for init script names, minus a leading dot). */
const SCRIPT_NAME = /^[A-Za-z0-9_+][A-Za-z0-9_.+-]{0,99}$/;
/** Files of /etc/init.d that are not scripts of a service. */
const NOT_SERVICES = new Set(['README', 'skeleton', 'rc', 'rcS', 'functions']);

export interface ServiceTarget {
  name: string;
  /** The open file is the installed script, /etc/init.d/NAME (else `service` acts on that one, not on this file). */
  installed: boolean;
}

/** The service an open init script stands for, or why it cannot be used with `service`. */
export function serviceTarget(fsPath: string): ServiceTarget | { reason: 'name' | 'not-a-service'; name: string } {
  const base = path.basename(fsPath);
  const name = base.replace(/\.sh$/, '').replace(/\.init$/, '');
  if (!SCRIPT_NAME.test(name)) return { reason: 'name', name };
  if (NOT_SERVICES.has(name)) return { reason: 'not-a-service', name };
  return { name, installed: path.dirname(fsPath) === '/etc/init.d' && base === name };
}

export function serviceArgv(name: string, action: ServiceAction, executable = 'service'): string[] {
  if (!SCRIPT_NAME.test(name)) throw new Error(`not an init script name: ${name}`);
  return [executable, name, action];
}

/** Whether the action changes the machine (and so asks for root through sudo or pkexec). */
export function serviceMutates(action: ServiceAction): boolean {
  return action !== 'status';
}
