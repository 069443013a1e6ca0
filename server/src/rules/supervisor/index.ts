// Diagnostic rules specific to supervisor configs, each with a stable code. Cross-file checks read
// the whole configuration through configSet (the main config and the files it includes).
import type { Rule } from '../types';
import { missingRpcinterface, serverurlMismatch } from './ctl';
import { expandedValues } from './expandedValues';
import { unknownExpansion } from './expansions';
import { includeNoMatch } from './include';
import { notOnThisMachine } from './machine';
import { misspeltSupervisord } from './mainSection';
import { conflictingOptions, invalidName, numprocsProcessName } from './processes';
import { duplicateProgram, unknownGroupProgram } from './programs';
import { incompleteAuth, missingCommand, missingRequired, missingSupervisord } from './required';
import { socketFileTooLong } from './socketFile';
import { invalidUserName } from './userName';

export { configSet, findIncludingConfig } from './configSet';

export const supervisorRules: Rule[] = [
  missingCommand, missingRequired, incompleteAuth, missingSupervisord, misspeltSupervisord,
  numprocsProcessName, invalidName, conflictingOptions,
  unknownExpansion, expandedValues,
  unknownGroupProgram, duplicateProgram, includeNoMatch,
  serverurlMismatch, missingRpcinterface, notOnThisMachine, invalidUserName, socketFileTooLong,
];
