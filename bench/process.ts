// Timing whole processes: cold start of the server, `node -e 0`, the checker, systemd-analyze.
import { execFile, spawn } from 'node:child_process';
import { startSession, BENCH_SETTINGS } from './client';
import { typicalUnit } from './fixtures';
import { msSince } from './stats';

/** Spawn to first publishDiagnostics: initialize, initialized, then didOpen of a typical unit. */
export async function coldStart(server: string): Promise<number> {
  const start = process.hrtime.bigint();
  const session = startSession(server, BENCH_SETTINGS);
  await session.initialize();
  const fixture = typicalUnit();
  session.open(fixture.uri, fixture.text, fixture.languageId);
  const first = await session.firstDiagnostics;
  const elapsed = Number(first - start) / 1e6;
  await session.shutdown();
  return elapsed;
}

/** Spawn to exit of a command; its output is discarded, its exit code ignored (verify fails on missing binaries). */
export function wallTime(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    child.once('error', reject);
    child.once('exit', () => resolve(msSince(start)));
  });
}

export const nodeNoop = () => wallTime(process.execPath, ['-e', '0']);

export function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}
