// A real systemd booted as PID 1 in private namespaces, for tests (see systemd-sandbox/sandbox.sh).
// Each sandbox gets its own state directory under /tmp and its own cgroup, so runs never share
// anything; stop() ends only the processes that start() created.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'systemd-sandbox', 'sandbox.sh');

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface SystemdSandbox {
  /** Host PID of the sandbox's systemd (PID 1 inside). */
  pid: number;
  /** State directory on the host (removed by stop()). */
  dir: string;
  /** Host path of the folder that systemd sees as /etc/systemd/system. */
  etcUnits: string;
  bootMs: number;
  /** Prefix that runs a command inside the sandbox: `nsenter -t PID -a`. */
  prefix: string[];
  exec(argv: string[], options?: { timeoutMs?: number }): Promise<ExecResult>;
  stop(): Promise<void>;
}

function run(argv: string[], timeoutMs: number): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(argv[0], argv.slice(1), { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error == null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Why a sandbox cannot run here, or undefined when it can. */
export function sandboxUnavailableReason(): string | undefined {
  if (process.platform !== 'linux') return 'systemd sandbox needs Linux';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'systemd sandbox needs root (namespaces, cgroups, mounts)';
  for (const bin of ['/lib/systemd/systemd', '/usr/bin/unshare', '/usr/bin/nsenter', '/usr/bin/script', '/usr/bin/setpriv', '/usr/bin/systemctl']) {
    if (!existsSync(bin)) return `systemd sandbox needs ${bin} (packages systemd, util-linux, bsdutils)`;
  }
  const mountinfo = readFileSync('/proc/self/mountinfo', 'utf8');
  if (!/ - cgroup2 /.test(mountinfo)) return 'systemd sandbox needs a cgroup2 hierarchy mounted';
  try {
    execFileSync('/usr/bin/unshare', ['--fork', '--pid', '--mount', '--uts', '--ipc', '--net', '--mount-proc', '/bin/true'], { stdio: 'ignore', timeout: 10_000 });
  } catch (e) {
    return `systemd sandbox needs pid/mount/net namespaces, and unshare failed here (${(e as Error).message.split('\n')[0]})`;
  }
  return undefined;
}

/**
 * For node:test: the skip reason when the sandbox cannot run, or undefined when it can.
 * Under CI=true an unavailable sandbox is an error instead of a skip.
 */
export function sandboxSkipReason(): string | undefined {
  const reason = sandboxUnavailableReason();
  if (reason !== undefined && process.env.CI === 'true') {
    throw new Error(`CI=true but ${reason}`);
  }
  return reason;
}

export async function startSandbox(options: { timeoutSeconds?: number } = {}): Promise<SystemdSandbox> {
  const dir = mkdtempSync('/tmp/dc-systemd-sandbox.');
  const env = { ...process.env, DC_SANDBOX_TIMEOUT: String(options.timeoutSeconds ?? 300), DC_SANDBOX_OWNER: String(process.pid) };
  const started = await new Promise<ExecResult>((resolve) => {
    execFile(SCRIPT, ['start', dir], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error == null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
  const m = /pid=(\d+) state=\S+ boot_ms=(\d+)/.exec(started.stdout);
  if (started.code !== 0 || m == null) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`systemd sandbox did not start (exit ${started.code}):\n${started.stdout}\n${started.stderr}`);
  }
  const pid = Number(m[1]);
  const prefix = ['nsenter', '-t', String(pid), '-a'];
  let stopped = false;
  return {
    pid,
    dir,
    etcUnits: join(dir, 'etc-units'),
    bootMs: Number(m[2]),
    prefix,
    exec: (argv, o) => run([SCRIPT, 'exec', dir, ...argv], o?.timeoutMs ?? 30_000),
    async stop() {
      if (stopped) return;
      stopped = true;
      const r = await run([SCRIPT, 'stop', dir], 60_000);
      if (r.code !== 0) throw new Error(`systemd sandbox stop failed: ${r.stderr}`);
      if (process.env.DC_SANDBOX_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
    },
  };
}
