// The host's Podman release, read from `podman --version`, as the default target of Quadlet files.
import { findExecutable } from './executable';

/** `podman version 4.3.1` → `4.3.1`; undefined for anything else. */
export function parsePodmanVersionOutput(output: string): string | undefined {
  return /^podman(?:-remote)? version (\d+\.\d+\.\d+)/m.exec(output)?.[1];
}

/**
 * Resolves to undefined when podman is missing or says something unexpected; never rejects. Looked up
 * in the absolute PATH folders only (findExecutable), as systemctl is: never a `./podman` of the workspace.
 */
export async function hostPodmanVersion(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const podman = findExecutable('podman', env);
  if (podman === undefined) return undefined;
  // (A require, not import(): dist/cli.js runs the bundle through vm.Script, whose code cache drops
  // the dynamic-import hook on node 20.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on demand, see above
  const { execFile } = require('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    try {
      execFile(podman, ['--version'], { timeout: 3000, env }, (error, stdout) => {
        resolve(error ? undefined : parsePodmanVersionOutput(String(stdout)));
      });
    } catch {
      resolve(undefined);
    }
  });
}
