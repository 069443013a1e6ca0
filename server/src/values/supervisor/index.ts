// Value validators for supervisor's datatypes, keyed by ValueSpec.kind (see schema/supervisor/kinds.ts).
// supervisord substitutes `%(name)s` before converting most values, so a value holding an
// expansion is only checked for what is fixed regardless of it (see expansions.ts for the names).
import type { ValidatorTable, ValueValidator } from '../types';
import { fcgiSocket, inetAddress, url } from './addresses';
import { environment } from './environment';
import { autoRestart, boolean, byteSize, exitcodes, integer, loggingLevel, octal, signal } from './scalars';
import { anything, command, directory, events, importSpec, logfile, nonEmpty, processName, programList, user, userGroup } from './strings';

export { checkExpansions, scanFormat } from './expansions';
export { parseEnvironment } from './environment';

/** Skips the check when the value holds `%(...)`: the substituted text is only known at run time. */
function literal(validator: ValueValidator): ValueValidator {
  return (value, spec, context) => (value.includes('%(') ? [] : validator(value, spec, context));
}

export const supervisorValidators: ValidatorTable = {
  boolean: literal(boolean),
  integer: literal(integer),
  byte_size: literal(byteSize),
  octal: literal(octal),
  signal: literal(signal),
  auto_restart: literal(autoRestart),
  logging_level: literal(loggingLevel),
  exitcodes: literal(exitcodes),
  logfile: literal(logfile),
  environment: literal(environment),
  url: literal(url),
  inet_address: literal(inetAddress),
  // process_name is checked before substitution, so expansions do not hide a bad character.
  process_name: processName,
  user: literal(user),
  user_group: literal(userGroup),
  path: literal(nonEmpty),
  directory: literal(directory),
  file_path: anything,
  string: anything,
  command: literal(command),
  import_spec: literal(importSpec),
  string_list: anything,
  program_list: literal(programList),
  events: literal(events),
  fcgi_socket: literal(fcgiSocket),
  globs: anything,
};
