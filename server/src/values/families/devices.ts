// Value kinds of the devices group's parsers (schema/families/parsers/devices.ts), by ValueSpec.kind.
import type { ValidatorTable } from '../types';
import { deviceKindValidators } from './devices/validators';

export const deviceValidators: ValidatorTable = deviceKindValidators;
