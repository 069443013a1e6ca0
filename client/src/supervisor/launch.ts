/**
 * Starting supervisord for a config and telling how it went. supervisord checks its config and
 * opens its socket before it daemonizes, so a bad config or a busy socket ends the process at
 * once with exit 2 and the reason on stderr; a good config either daemonizes (the process we
 * started exits 0) or, with `nodaemon=true`, keeps running in the foreground. The output is
 * captured throughout, so the caller can show supervisord's own words.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { findExecutable } from '../../../server/src/host/executable';
import type { Invocation } from './argv';
import { programNotFound } from '../programs';

export type LaunchOutcome =
  /** Ended within the settling time: exit 0 when it daemonized, else it failed. */
  | { kind: 'exited'; code: number | null; signal: NodeJS.Signals | null; output: string }
  /** Still running after the settling time: supervisord in the foreground (nodaemon). */
  | { kind: 'running'; output: string }
  | { kind: 'not-started'; message: string };

export interface Launch {
  /** The process, when it could be started. */
  readonly child: ChildProcess | undefined;
  readonly outcome: Promise<LaunchOutcome>;
}

export interface LaunchOptions {
  /** How long to wait for an early exit (supervisord daemonizes well within a second). */
  settleMs?: number;
  /** Every chunk of stdout and stderr as it comes (for a terminal or a log). */
  onOutput?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

export function launchSupervisord(inv: Invocation, options: LaunchOptions = {}): Launch {
  const env = options.env ?? process.env;
  const program = findExecutable(inv.command, env);
  if (program === undefined) return { child: undefined, outcome: Promise.resolve({ kind: 'not-started', message: programNotFound(inv.command) }) };
  let output = '';
  const child = spawn(program, [...inv.args], { env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  const take = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    // what the notification shows is the start; the terminal or log gets all of it
    if (output.length < 64 * 1024) output += text;
    options.onOutput?.(text);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const outcome = new Promise<LaunchOutcome>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'running', output }), options.settleMs ?? 6000);
    child.once('error', (e) => {
      clearTimeout(timer);
      resolve({ kind: 'not-started', message: e.message });
    });
    // 'close', not 'exit': the last of stderr has been read by then
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ kind: 'exited', code, signal, output });
    });
  });
  return { child, outcome };
}
