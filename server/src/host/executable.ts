// Where a program named without a folder is found: only in the absolute folders of PATH. An empty
// PATH entry, `.` or any other relative entry means "the current folder", which for the server and
// the extension host can be an untrusted workspace holding its own `systemctl`; those entries are
// skipped. The client (commands) and the server (`systemctl --version`) both resolve through here.
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

/** The absolute folders of a PATH value, in order; empty and relative entries left out. */
export function absolutePathFolders(pathValue: string | undefined): string[] {
  return (pathValue ?? '').split(path.delimiter).filter((dir) => dir !== '' && path.isAbsolute(dir));
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The absolute path to run for `command`: an absolute path as it is (when it is an executable
 * file), a bare name from the first absolute PATH folder that has it. Undefined when there is
 * none, and for relative paths such as `./systemctl` or `bin/systemctl`, which name a file in
 * whatever the current folder happens to be.
 */
export function findExecutable(command: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (command === '' || command.includes('\0')) return undefined;
  if (command.includes('/')) return path.isAbsolute(command) && isExecutableFile(command) ? command : undefined;
  for (const dir of absolutePathFolders(env.PATH)) {
    const candidate = path.join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}
