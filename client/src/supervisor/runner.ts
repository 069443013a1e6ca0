/**
 * Runs an Invocation with child_process.execFile and an argument array, never a shell, and
 * records what an output log needs: argv, exit code, signal, duration, stdout, stderr.
 * It never throws for a failed command: the result says what happened.
 */
import { execFile } from 'node:child_process';
import { findExecutable } from '../../../server/src/host/executable';
import { programNotFound } from '../programs';
import type { Invocation } from './argv';
import { isFailure } from './status';
import { l10n } from '../l10n';

export interface RunResult {
  readonly argv: readonly string[];
  readonly action: Invocation['action'];
  /** The exit code, or null when the process was killed by a signal or never started. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Set when the program could not be started at all (e.g. ENOENT) or timed out. */
  readonly spawnError: string | undefined;
  readonly durationMs: number;
  readonly stdout: string;
  readonly stderr: string;
  /** False when the call failed (see status.isFailure). */
  readonly ok: boolean;
}

export interface RunOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Called once with the finished result, e.g. to write an output channel. */
  log?: (result: RunResult) => void;
}

export function run(inv: Invocation, options: RunOptions = {}): Promise<RunResult> {
  const argv = [inv.command, ...inv.args];
  const started = performance.now();
  // Only absolute PATH folders: a `./supervisorctl` in the workspace must never be what runs.
  const program = findExecutable(inv.command, options.env ?? process.env);
  if (program === undefined) {
    const result: RunResult = {
      argv, action: inv.action, exitCode: null, signal: null, durationMs: 0, stdout: '', stderr: '', ok: false,
      spawnError: programNotFound(inv.command),
    };
    options.log?.(result);
    return Promise.resolve(result);
  }
  return new Promise((resolve) => {
    execFile(
      program,
      [...inv.args],
      {
        shell: false,
        encoding: 'utf8',
        timeout: options.timeoutMs ?? 30_000,
        maxBuffer: 16 * 1024 * 1024,
        env: options.env ?? process.env,
        cwd: options.cwd,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const durationMs = performance.now() - started;
        let exitCode: number | null = 0;
        let signal: NodeJS.Signals | null = null;
        let spawnError: string | undefined;
        if (error) {
          const e = error as NodeJS.ErrnoException & { code?: number | string; signal?: NodeJS.Signals | null; killed?: boolean };
          exitCode = typeof e.code === 'number' ? e.code : null;
          signal = e.signal ?? null;
          if (typeof e.code === 'string') spawnError = `${e.code}: ${e.message}`;
          else if (e.killed && signal) spawnError = l10n.t('killed by {0} after {1} ms (timeout {2} ms)', signal, Math.round(durationMs), options.timeoutMs ?? 30_000);
        }
        const result: RunResult = {
          argv,
          action: inv.action,
          exitCode,
          signal,
          spawnError,
          durationMs,
          stdout: String(stdout),
          stderr: String(stderr),
          ok: spawnError === undefined && signal === null && !isFailure(inv.action, exitCode),
        };
        options.log?.(result);
        resolve(result);
      },
    );
  });
}

/** One log entry per call: argv (JSON, so every argument boundary is visible), exit, time, stderr. */
export function formatLogEntry(r: RunResult): string {
  const exit = r.spawnError ?? (r.signal ? `signal ${r.signal}` : `exit ${r.exitCode}`);
  const lines = [`$ ${JSON.stringify(r.argv)}`, `  ${exit} in ${r.durationMs.toFixed(0)} ms${r.ok ? '' : ' (failed)'}`];
  const out = r.stdout.trimEnd();
  const err = r.stderr.trimEnd();
  if (out) lines.push(...out.split('\n').map((l) => `  | ${l}`));
  if (err) lines.push(...err.split('\n').map((l) => `  ! ${l}`));
  return lines.join('\n');
}

/** The text to show a user for a failed call: stderr, else stdout (supervisorctl reports most errors there). */
export function failureMessage(r: RunResult): string {
  return (r.spawnError ?? (r.stderr.trim() || r.stdout.trim())) || l10n.t('exit {0}', String(r.exitCode));
}
