// Who runs a command. Root runs everything directly; user-scope commands and read-only queries need
// no privileges; a state-changing system command from a normal user goes to a terminal through
// sudo or pkexec, where the user types the password. This module never sees a password.
import type { Scope } from './identity';
import { l10n } from '../l10n';

export type PrivilegeHelper = 'sudo' | 'pkexec';

export type Invocation =
  /** Run with the runner and capture output. */
  | { kind: 'direct'; argv: string[] }
  /** Run in a terminal as a process (no shell in between): shellPath + shellArgs. */
  | { kind: 'terminal'; shellPath: string; shellArgs: string[]; reason: string };

export interface PrivilegeContext {
  isRoot: boolean;
  helper: PrivilegeHelper;
}

export function currentPrivilegeContext(helper: PrivilegeHelper = 'sudo'): PrivilegeContext {
  return { isRoot: typeof process.getuid === 'function' && process.getuid() === 0, helper };
}

/** Whether a step list needs the privilege helper. */
export function needsPrivileges(scope: Scope, mutating: boolean, ctx: PrivilegeContext): boolean {
  return !ctx.isRoot && scope === 'system' && mutating;
}

function elevate(argv: string[], helper: PrivilegeHelper): string[] {
  // sudo takes `--` to end its own options; pkexec's first non-option is the program.
  return helper === 'sudo' ? ['sudo', '--', ...argv] : ['pkexec', ...argv];
}

/**
 * Several steps in one terminal, each after the previous succeeded. The script is constant text
 * made of "$1"…"$N" and "&&"; every value travels as a positional parameter, never as code.
 */
export function chainSteps(steps: string[][]): string[] {
  if (steps.length === 1) return steps[0];
  const args: string[] = [];
  const parts: string[] = [];
  for (const step of steps) {
    if (step.length === 0) throw new Error('empty step');
    parts.push(step.map((a) => { args.push(a); return `"\${${args.length}}"`; }).join(' '));
  }
  return ['/bin/sh', '-c', parts.join(' && '), 'daemon-config', ...args];
}

export function planInvocation(steps: string[][], scope: Scope, mutating: boolean, ctx: PrivilegeContext): Invocation {
  if (steps.length === 0) throw new Error('nothing to run');
  if (!needsPrivileges(scope, mutating, ctx)) {
    if (steps.length !== 1) throw new Error('direct invocations run one step at a time');
    return { kind: 'direct', argv: steps[0] };
  }
  const argv = elevate(chainSteps(steps), ctx.helper);
  return {
    kind: 'terminal',
    shellPath: argv[0],
    shellArgs: argv.slice(1),
    reason: l10n.t('changing system units needs root: {0} asks for your password in the terminal', ctx.helper),
  };
}
