// Value kinds of the devices group's parsers (schema/families/parsers/devices.ts), by ValueSpec.kind.
import type { ValidatorTable } from '../types';

export const deviceValidators: ValidatorTable = {};
