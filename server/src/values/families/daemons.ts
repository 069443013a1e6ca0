// Value kinds of the daemons group's parsers (schema/families/parsers/daemons.ts), by ValueSpec.kind.
import type { ValidatorTable } from '../types';

export const daemonValidators: ValidatorTable = {};
