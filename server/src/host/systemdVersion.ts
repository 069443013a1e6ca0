// The host's systemd release, read from `systemctl --version`, as the default target version.
import { findExecutable } from './executable';

export function parseSystemctlVersion(output: string): number | undefined {
  const match = /^systemd (\d+)/m.exec(output);
  return match ? Number(match[1]) : undefined;
}

/**
 * Resolves to undefined when systemctl is missing or says something unexpected; never rejects.
 * `systemctl` is looked up in the absolute PATH folders only (findExecutable): with `.` or an
 * empty entry in PATH, a `./systemctl` in the workspace the server was started in must not run.
 */
export async function hostSystemdVersion(env: NodeJS.ProcessEnv = process.env): Promise<number | undefined> {
  const systemctl = findExecutable('systemctl', env);
  if (systemctl === undefined) return undefined;
  // Loaded on demand: node:child_process pulls in net and friends, some 20 ms of the checker's
  // start-up, and `--systemd-version` makes it unnecessary.
  // (A require, not import(): dist/cli.js runs the bundle through vm.Script, whose code cache drops
  // the dynamic-import hook on node 20.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on demand, see above
  const { execFile } = require('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    try {
      execFile(systemctl, ['--version'], { timeout: 3000, env }, (error, stdout) => {
        resolve(error ? undefined : parseSystemctlVersion(String(stdout)));
      });
    } catch {
      resolve(undefined);
    }
  });
}
