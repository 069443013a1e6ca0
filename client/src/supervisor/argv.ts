/**
 * Argument vectors for supervisorctl and supervisord. Every name goes through names.ts first, the
 * config path is made absolute (so it can never look like an option), and a `--` ends
 * supervisorctl's own options before the action word: supervisorctl parses its options with
 * Python's getopt, which stops at `--`, then hands the remaining words to the action.
 *
 * Non-interactive by construction: supervisorctl only becomes interactive (and `reload` only asks
 * "Really restart?") when it is given no action, or `-i`; we always give an action and never `-i`.
 */
import * as path from 'node:path';
import { checkName, checkTarget, InvalidNameError, namespec, urlSafeForTail, type Target } from './names';
import { l10n } from '../l10n';

export interface Invocation {
  /** The executable (a path or a name looked up on PATH, never through a shell). */
  readonly command: string;
  readonly args: readonly string[];
  /** The supervisorctl action, or `supervisord`. */
  readonly action: CtlAction | 'supervisord';
  /** True for calls that never end by themselves (`tail -f`): run them in a terminal. */
  readonly longRunning: boolean;
}

export type CtlAction = 'status' | 'start' | 'stop' | 'restart' | 'reread' | 'update' | 'reload' | 'tail' | 'avail' | 'pid';

export interface Executables {
  supervisorctl?: string;
  supervisord?: string;
}

export class InvalidConfigPathError extends Error {}

function configArg(config: string): string {
  if (config === '' || config.includes('\0')) throw new InvalidConfigPathError(l10n.t('invalid config path {0}', JSON.stringify(config)));
  return path.resolve(config);
}

function ctl(exe: Executables, config: string, action: CtlAction, rest: readonly string[], longRunning = false): Invocation {
  return {
    command: exe.supervisorctl ?? 'supervisorctl',
    args: ['-c', configArg(config), '--', action, ...rest],
    action,
    longRunning,
  };
}

function specs(targets: readonly Target[]): string[] {
  return targets.map((t) => namespec(checkTarget(t)));
}

/** `status` for everything, or for some targets. */
export function statusArgv(config: string, targets: readonly Target[] = [], exe: Executables = {}): Invocation {
  return ctl(exe, config, 'status', specs(targets));
}

function needTargets(action: string, targets: readonly Target[]): void {
  if (targets.length === 0) throw new InvalidNameError('', l10n.t('{0} needs a program, a group or all', action));
}

export function startArgv(config: string, targets: readonly Target[], exe: Executables = {}): Invocation {
  needTargets('start', targets);
  return ctl(exe, config, 'start', specs(targets));
}

export function stopArgv(config: string, targets: readonly Target[], exe: Executables = {}): Invocation {
  needTargets('stop', targets);
  return ctl(exe, config, 'stop', specs(targets));
}

export function restartArgv(config: string, targets: readonly Target[], exe: Executables = {}): Invocation {
  needTargets('restart', targets);
  return ctl(exe, config, 'restart', specs(targets));
}

/** Re-read the config files and report what changed, without acting on it. */
export function rereadArgv(config: string, exe: Executables = {}): Invocation {
  return ctl(exe, config, 'reread', []);
}

/** Apply config changes: start added groups, restart changed ones, stop removed ones. */
export function updateArgv(config: string, groups: readonly string[] = [], exe: Executables = {}): Invocation {
  const names = groups.map((g) => {
    if (g === 'all') return g;
    const check = checkName(g);
    if (!check.ok) throw new InvalidNameError(g, check.reason);
    return check.name;
  });
  return ctl(exe, config, 'update', names);
}

/** Restart supervisord itself (re-reading everything). Does not prompt: see the file comment. */
export function reloadArgv(config: string, exe: Executables = {}): Invocation {
  return ctl(exe, config, 'reload', []);
}

export function availArgv(config: string, exe: Executables = {}): Invocation {
  return ctl(exe, config, 'avail', []);
}

export interface TailOptions {
  channel?: 'stdout' | 'stderr';
  /** Follow the log (for a terminal). */
  follow?: boolean;
  /** How many bytes from the end when not following; supervisorctl's default is 1600. */
  bytes?: number;
}

/**
 * `tail` of one process's log. The modifier (`-f` or `-BYTES`) is always given, so a process
 * name beginning with `-` is never mistaken for one.
 */
export function tailArgv(config: string, target: Target, options: TailOptions = {}, exe: Executables = {}): Invocation {
  if (target.kind !== 'process') throw new InvalidNameError(target.kind === 'group' ? target.group : 'all', l10n.t('tail needs one process'));
  const spec = namespec(checkTarget(target));
  const channel = options.channel ?? 'stdout';
  if (channel !== 'stdout' && channel !== 'stderr') throw new InvalidNameError(String(channel), l10n.t('channel must be stdout or stderr'));
  let modifier: string;
  if (options.follow) {
    if (!urlSafeForTail(spec)) throw new InvalidNameError(spec, l10n.t('tail -f cannot address a name with ? # % or \\'));
    modifier = '-f';
  } else {
    const bytes = options.bytes ?? 1600;
    if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new RangeError('bytes must be a positive integer');
    modifier = `-${bytes}`;
  }
  return ctl(exe, config, 'tail', [modifier, spec, channel], options.follow === true);
}

/**
 * Start supervisord with this config. `nodaemon` keeps it in the foreground (for a terminal or a
 * test that owns the child); otherwise supervisord daemonizes as its config says.
 */
export function supervisordArgv(config: string, options: { nodaemon?: boolean } = {}, exe: Executables = {}): Invocation {
  const args = ['-c', configArg(config)];
  if (options.nodaemon) args.push('-n');
  return { command: exe.supervisord ?? 'supervisord', args, action: 'supervisord', longRunning: options.nodaemon === true };
}
