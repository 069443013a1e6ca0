/**
 * A real supervisord for tests: a temporary folder with its own config and unix socket,
 * supervisord run in the foreground (`-n`) as our child, stopped by its PID at the end.
 *
 * When Debian's supervisor is not installed the tests skip with the reason, except under
 * CI=true, where a missing prerequisite is a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TestContext } from 'node:test';
import { run, statusArgv, parseStatus, type RunResult, type Invocation } from '../../client/src/supervisor';

export interface Binaries {
  supervisord: string;
  supervisorctl: string;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
    const p = path.join(dir || '.', name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  return undefined;
}

export function supervisorBinaries(): Binaries | undefined {
  const supervisord = onPath('supervisord');
  const supervisorctl = onPath('supervisorctl');
  return supervisord && supervisorctl ? { supervisord, supervisorctl } : undefined;
}

/** The binaries, or: skip this test (locally) / throw (CI=true). */
export function requireSupervisor(t: TestContext): Binaries | undefined {
  const found = supervisorBinaries();
  if (found) return found;
  const reason = 'supervisord/supervisorctl not found on PATH (Debian package "supervisor"; scripts/ensure-prereqs.sh installs it as root)';
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  t.skip(reason);
  return undefined;
}

/** Poll `probe` until it returns a value other than undefined/false, or fail after the deadline. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 20;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 200);
  }
}

export interface ProgramSpec {
  command: string;
  [option: string]: string;
}

/**
 * Write a supervisor config. Values are written as they are; they must not hold a newline or a
 * `;`/`#` after whitespace (supervisor would cut the value there), which we assert rather than
 * escape, because supervisor has no escape for them. (The `ini` package's encoder is no help here:
 * it backslash-escapes `;`/`#` or wraps values in quotes, and supervisor keeps both literally.)
 */
export function renderConfig(sections: Record<string, Record<string, string>>): string {
  const out: string[] = [];
  for (const [name, values] of Object.entries(sections)) {
    if (/[\r\n]/.test(name)) throw new Error(`section name with a newline: ${JSON.stringify(name)}`);
    out.push(`[${name}]`);
    for (const [k, v] of Object.entries(values)) {
      if (/[\r\n]/.test(v) || /\s[;#]/.test(v)) throw new Error(`value supervisor would not read back: ${k}=${JSON.stringify(v)}`);
      out.push(`${k}=${v}`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function mainSections(extra: Record<string, Record<string, string>> = {}): Record<string, Record<string, string>> {
  return {
    unix_http_server: { file: '%(here)s/supervisor.sock' },
    supervisord: {
      logfile: '%(here)s/supervisord.log',
      pidfile: '%(here)s/supervisord.pid',
      childlogdir: '%(here)s/logs',
      nodaemon: 'true',
      logfile_backups: '0',
    },
    'rpcinterface:supervisor': { 'supervisor.rpcinterface_factory': 'supervisor.rpcinterface:make_main_rpcinterface' },
    supervisorctl: { serverurl: 'unix://%(here)s/supervisor.sock' },
    ...extra,
  };
}

/** A program that prints a line, then sleeps until stopped. */
export function sleeper(marker: string, extra: Record<string, string> = {}): ProgramSpec {
  if (!/^[A-Za-z0-9_.-]+$/.test(marker)) throw new Error('keep test markers plain');
  return { command: `/bin/sh -c "echo ${marker}-out; echo ${marker}-err >&2; exec sleep 3600"`, startsecs: '0', stopwaitsecs: '5', ...extra };
}

export class Supervisord {
  private exited: Promise<void>;
  private hasExited = false;

  constructor(
    readonly bin: Binaries,
    readonly dir: string,
    readonly config: string,
    readonly child: ChildProcess,
    readonly output: { text: string },
    /** Remove `dir` after stopping (the helper made it). */
    private readonly ownsDir = false,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => {
      this.hasExited = true;
      resolve();
    }));
  }

  get pid(): number {
    return this.child.pid as number;
  }

  get socket(): string {
    return path.join(this.dir, 'supervisor.sock');
  }

  /** Run one supervisorctl invocation against this instance (cwd: the temp folder). */
  run(inv: Invocation): Promise<RunResult> {
    return run({ ...inv, command: this.bin.supervisorctl }, { cwd: this.dir, timeoutMs: 30_000 });
  }

  async status(): Promise<Map<string, { state: string; pid: number | undefined }>> {
    const r = await this.run(statusArgv(this.config));
    if (r.exitCode !== 0 && r.exitCode !== 3) throw new Error(`status failed: ${r.exitCode} ${r.stdout}${r.stderr}`);
    return new Map(parseStatus(r.stdout).processes.map((p) => [p.name, { state: p.state, pid: p.pid }]));
  }

  /** Wait until the named process reaches a state; returns its pid (when running). */
  waitState(name: string, state: string, timeoutMs = 20_000): Promise<number | undefined | null> {
    return waitFor(`${name} ${state}`, async () => {
      // while supervisord restarts (reload) status calls fail for a moment: keep polling
      const s = (await this.status().catch(() => undefined))?.get(name);
      return s?.state === state ? s.pid ?? null : undefined;
    }, timeoutMs);
  }

  writeConfig(sections: Record<string, Record<string, string>>): void {
    fs.writeFileSync(this.config, renderConfig(sections));
  }

  /** SIGTERM by PID (supervisord stops its programs), SIGKILL if it does not exit in time. */
  async stop(): Promise<void> {
    await this.stopProcess();
    if (this.ownsDir) fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async stopProcess(): Promise<void> {
    if (this.hasExited) return;
    let pids: number[] = [];
    try {
      pids = [...(await this.status()).values()].flatMap((s) => (s.pid ? [s.pid] : []));
    } catch {
      // not answering: fall through to the signal
    }
    process.kill(this.pid, 'SIGTERM');
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000).unref());
    if ((await Promise.race([this.exited.then(() => 'exited' as const), timer])) === 'timeout') {
      process.kill(this.pid, 'SIGKILL');
      await this.exited;
      for (const p of pids) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }
}

export interface StartOptions {
  /** The folder to use (created); default a new temp folder. Keep it short: unix sockets allow ~107 bytes. */
  dir?: string;
  /** File name of the main config inside dir. */
  configName?: string;
  sections: Record<string, Record<string, string>>;
  /** Extra files to write (relative to dir) before starting. */
  files?: Record<string, string>;
}

export function tempDir(prefix = 'dcsv-'): string {
  // /tmp rather than os.tmpdir(): the socket path must stay short
  return fs.mkdtempSync(path.join(fs.existsSync('/tmp') ? '/tmp' : os.tmpdir(), prefix));
}

export async function startSupervisord(bin: Binaries, options: StartOptions): Promise<Supervisord> {
  const dir = options.dir ?? tempDir();
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  for (const [rel, text] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  const config = path.join(dir, options.configName ?? 'supervisord.conf');
  fs.writeFileSync(config, renderConfig(options.sections));
  const child = spawn(bin.supervisord, ['-c', config, '-n'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { text: '' };
  child.stdout?.on('data', (d: Buffer) => (output.text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output.text += d.toString()));
  const sd = new Supervisord(bin, dir, config, child, output, options.dir === undefined);
  let exitedEarly = false;
  child.once('exit', () => (exitedEarly = true));
  await waitFor(`supervisord on ${config} to answer`, async () => {
    if (exitedEarly) throw new Error(`supervisord exited early:\n${output.text}`);
    if (!fs.existsSync(sd.socket)) return undefined;
    const r = await sd.run(statusArgv(config));
    return r.exitCode === 0 || r.exitCode === 3 ? true : undefined;
  });
  return sd;
}
