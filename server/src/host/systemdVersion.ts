// The host's systemd release, read from `systemctl --version`, as the default target version.

export function parseSystemctlVersion(output: string): number | undefined {
  const match = /^systemd (\d+)/m.exec(output);
  return match ? Number(match[1]) : undefined;
}

/** Resolves to undefined when systemctl is missing or says something unexpected; never rejects. */
export async function hostSystemdVersion(): Promise<number | undefined> {
  // Loaded on demand: node:child_process pulls in net and friends, some 20 ms of the checker's
  // start-up, and `--systemd-version` makes it unnecessary.
  const { execFile } = await import('node:child_process');
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
