// Value validators for systemd units, by value kind (ValueSpec.kind).
import type { ValidatorTable } from '../types';

export const systemdValidators: ValidatorTable = {};
