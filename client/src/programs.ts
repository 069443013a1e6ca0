// The program a command line starts, as an absolute path (see server/src/host/executable.ts):
// terminals and sudo/pkexec would otherwise look a bare name up themselves, relative PATH
// entries included, from the workspace folder.
import { findExecutable } from '../../server/src/host/executable';
import { l10n } from './l10n';

export class ProgramNotFoundError extends Error {}

/** The message for a program that is in no absolute PATH folder. */
export function programNotFound(command: string): string {
  return l10n.t('{0} was not found (PATH folders that are not absolute are not searched)', command);
}

/** `argv` with its program made absolute; throws ProgramNotFoundError when it cannot be found. */
export function withAbsoluteProgram(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const [command = '', ...rest] = argv;
  const program = findExecutable(command, env);
  if (program === undefined) throw new ProgramNotFoundError(programNotFound(command));
  return [program, ...rest];
}
