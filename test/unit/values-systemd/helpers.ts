// Runs a systemd validator on a string the way the invalid-value rule does, for tests.
import type { ValueSpec } from '../../../server/src/schema/types';
import { systemdValidators } from '../../../server/src/values/systemd';
import type { ValueIssue } from '../../../server/src/values/types';

export function check(kind: string, value: string, key = 'Test', version = 261, spec: Partial<ValueSpec> = {}): ValueIssue[] {
  const validate = systemdValidators[kind];
  if (!validate) throw new Error(`no validator for ${kind}`);
  return validate(value, { kind, ...spec }, { key, version });
}

export function ok(kind: string, value: string, key?: string, version?: number, spec?: Partial<ValueSpec>): boolean {
  return check(kind, value, key, version, spec).length === 0;
}
