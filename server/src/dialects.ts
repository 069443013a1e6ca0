// Everything a dialect brings: its schema, its value validators and its own diagnostic rules.
import type { Dialect } from './parse/model';
import type { Rule } from './rules/types';
import { supervisorRules } from './rules/supervisor';
import { systemdRules } from './rules/systemd';
import { supervisorSchema } from './schema/supervisor';
import { systemdSchema } from './schema/systemd';
import type { DialectSchema } from './schema/types';
import type { ValidatorTable } from './values/types';
import { supervisorValidators } from './values/supervisor';
import { systemdValidators } from './values/systemd';

export interface DialectSupport {
  schema: DialectSchema;
  validators: ValidatorTable;
  rules: readonly Rule[];
}

const SUPPORT: Record<Dialect, DialectSupport> = {
  systemd: { schema: systemdSchema, validators: systemdValidators, rules: systemdRules },
  supervisor: { schema: supervisorSchema, validators: supervisorValidators, rules: supervisorRules },
};

export function dialectSupport(dialect: Dialect): DialectSupport {
  return SUPPORT[dialect];
}
