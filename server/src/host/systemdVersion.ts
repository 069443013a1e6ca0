// The host's systemd release, read from `systemctl --version`, as the default target version.
import { execFile } from 'node:child_process';

export function parseSystemctlVersion(output: string): number | undefined {
  const match = /^systemd (\d+)/m.exec(output);
  return match ? Number(match[1]) : undefined;
}

/** Resolves to undefined when systemctl is missing or says something unexpected; never rejects. */
export function hostSystemdVersion(): Promise<number | undefined> {
  return new Promise((resolve) => {
    try {
      execFile('systemctl', ['--version'], { timeout: 3000 }, (error, stdout) => {
        resolve(error ? undefined : parseSystemctlVersion(String(stdout)));
      });
    } catch {
      resolve(undefined);
    }
  });
}
