// Value kinds of the network group's parsers (schema/families/parsers/network.ts), by ValueSpec.kind.
import type { ValidatorTable } from '../types';

export const networkValidators: ValidatorTable = {};
