/**
 * Reading supervisorctl's output.
 *
 * `status` prints one line per process: the namespec padded to at least 33 columns, the state name
 * padded to 10, then a description, which for RUNNING is `pid N, uptime H:MM:SS` (Python's
 * timedelta, so `1 day, 2:03:04` after a day), for STOPPED/EXITED a stop time or `Not started`, for
 * FATAL/BACKOFF the spawn error. Names that match nothing print `NAME: ERROR (no such process)`
 * (or `(no such group)`).
 */

export const PROCESS_STATES = ['STOPPED', 'STARTING', 'RUNNING', 'BACKOFF', 'STOPPING', 'EXITED', 'FATAL', 'UNKNOWN'] as const;
export type ProcessState = (typeof PROCESS_STATES)[number];

export interface ProcessStatus {
  /** The namespec as supervisorctl prints it: `name` or `group:name`. */
  readonly name: string;
  readonly group: string;
  readonly process: string;
  readonly state: ProcessState;
  readonly pid: number | undefined;
  /** Uptime as printed (`0:03:10`, `2 days, 0:00:05`). */
  readonly uptime: string | undefined;
  readonly uptimeSeconds: number | undefined;
  /** The whole description text after the state. */
  readonly description: string;
}

export interface StatusReport {
  readonly processes: ProcessStatus[];
  /** `NAME: ERROR (...)` lines and anything else that is not a status line. */
  readonly errors: string[];
}

const STATUS_LINE = new RegExp(`^(\\S+)\\s+(${PROCESS_STATES.join('|')})(?:\\s+(.*?))?\\s*$`);
const RUNNING_DESC = /^pid (\d+), uptime ((?:(\d+) days?, )?(\d+):(\d\d):(\d\d))$/;

export function parseUptime(text: string): number | undefined {
  const m = /^(?:(-?\d+) days?, )?(\d+):(\d\d):(\d\d)$/.exec(text);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

export function parseStatusLine(line: string): ProcessStatus | undefined {
  const m = STATUS_LINE.exec(line);
  if (!m) return undefined;
  const name = m[1] as string;
  const state = m[2] as ProcessState;
  const description = m[3] ?? '';
  const colon = name.indexOf(':');
  const group = colon < 0 ? name : name.slice(0, colon);
  const proc = colon < 0 ? name : name.slice(colon + 1);
  const running = state === 'RUNNING' ? RUNNING_DESC.exec(description) : null;
  return {
    name,
    group,
    process: proc,
    state,
    pid: running ? Number(running[1]) : undefined,
    uptime: running ? running[2] : undefined,
    uptimeSeconds: running ? parseUptime(running[2] as string) : undefined,
    description,
  };
}

export function parseStatus(stdout: string): StatusReport {
  const processes: ProcessStatus[] = [];
  const errors: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const status = parseStatusLine(line);
    if (status) processes.push(status);
    else errors.push(line);
  }
  return { processes, errors };
}

/** The short text a status bar or CodeLens shows: `RUNNING pid 4121, uptime 0:03:10`. */
export function describeStatus(s: ProcessStatus): string {
  return s.description ? `${s.state} ${s.description}` : s.state;
}

/**
 * Whether a supervisorctl exit status means the call itself failed. supervisorctl 4.x exits
 * 0 on success; for `status` it exits 3 when a listed process is stopped (not a failure of the
 * call) and 4 when it cannot reach supervisord or a name is unknown; for the other actions
 * 1 (generic), 2 (bad arguments, including usage errors), 7 (the process is not running /
 * failed to spawn) are failures. `start` of a started process and `stop` of a stopped one are
 * not counted as failures by supervisorctl.
 */
export function isFailure(action: string, exitCode: number | null): boolean {
  if (exitCode === 0) return false;
  if (action === 'status' && exitCode === 3) return false;
  return true;
}

/**
 * The socket path when supervisorctl found no unix socket where the config says supervisord
 * listens (it prints `unix:///path no such file`): supervisord is not running for that config.
 */
export function missingSocket(r: { readonly stdout: string; readonly stderr: string }): string | undefined {
  const m = /^unix:\/\/(\/.*?) no such file\s*$/m.exec(`${r.stdout}\n${r.stderr}`);
  return m ? m[1] : undefined;
}
