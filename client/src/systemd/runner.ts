// Runs argument vectors with child_process.execFile: no shell ever sees a name or a path.
import { execFile } from 'node:child_process';
import { findExecutable } from '../../../server/src/host/executable';
import { programNotFound } from '../programs';

export interface RunRecord {
  /** What was asked for, e.g. ['systemctl', 'restart', '--', 'nginx.service']. */
  argv: string[];
  /** What was spawned: the prefix (if any) followed by argv. */
  spawned: string[];
  /** Exit code; null when the process was killed or could not start. */
  code: number | null;
  signal: string | null;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** Set when the process could not be started or timed out. */
  error?: string;
}

export interface Runner {
  run(argv: string[], options?: { timeoutMs?: number }): Promise<RunRecord>;
}

export interface ExecFileRunnerOptions {
  /** Prepended to every argv, e.g. ['nsenter', '-t', PID, '-a'] in tests. */
  prefix?: string[];
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Called with each finished record (for an output log). */
  onRecord?: (record: RunRecord) => void;
}

export function createExecFileRunner(options: ExecFileRunnerOptions = {}): Runner {
  const prefix = options.prefix ?? [];
  return {
    run(argv, runOptions) {
      if (argv.length === 0) return Promise.reject(new Error('empty argv'));
      const spawned = [...prefix, ...argv];
      const started = performance.now();
      const env = options.env ?? process.env;
      // Only absolute PATH folders: a `./systemctl` in the workspace must never be what runs.
      const program = findExecutable(spawned[0], env);
      if (program === undefined) {
        const record: RunRecord = {
          argv: [...argv], spawned, code: null, signal: null, durationMs: 0, stdout: '', stderr: '', error: programNotFound(spawned[0]),
        };
        options.onRecord?.(record);
        return Promise.resolve(record);
      }
      return new Promise<RunRecord>((resolve) => {
        execFile(
          program,
          spawned.slice(1),
          {
            shell: false,
            timeout: runOptions?.timeoutMs ?? options.timeoutMs ?? 60_000,
            maxBuffer: 32 * 1024 * 1024,
            env: { ...env, SYSTEMD_PAGER: '', PAGER: 'cat', SYSTEMD_COLORS: '0' },
            windowsHide: true,
          },
          (error, stdout, stderr) => {
            const durationMs = Math.round(performance.now() - started);
            const record: RunRecord = {
              argv: [...argv],
              spawned,
              code: 0,
              signal: null,
              durationMs,
              stdout: String(stdout),
              stderr: String(stderr),
            };
            if (error != null) {
              const e = error as NodeJS.ErrnoException & { code?: number | string; signal?: string | null; killed?: boolean };
              record.code = typeof e.code === 'number' ? e.code : null;
              record.signal = e.signal ?? null;
              if (typeof e.code === 'string') record.error = `${spawned[0]}: ${e.code === 'ENOENT' ? 'not found' : e.code}`;
              else if (e.killed) record.error = `timed out or killed (${e.signal ?? 'signal'})`;
            }
            options.onRecord?.(record);
            resolve(record);
          },
        );
      });
    },
  };
}

/** One line per record for an output channel: argv, exit, time; stderr indented below. */
export function formatRecord(record: RunRecord, display: (argv: readonly string[]) => string): string {
  const status = record.error ?? (record.code !== null ? `exit ${record.code}` : `signal ${record.signal}`);
  const lines = [`$ ${display(record.argv)}  → ${status} in ${record.durationMs} ms`];
  const err = record.stderr.trimEnd();
  if (err) lines.push(...err.split('\n').map((l) => `  ${l}`));
  return lines.join('\n');
}
