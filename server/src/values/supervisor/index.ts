// Value validators for supervisor's datatypes, keyed by ValueSpec.kind.
import type { ValidatorTable } from '../types';

export const supervisorValidators: ValidatorTable = {};
