// Run a supervisor validator by kind, the way the invalid-value rule does.
import type { ValueSpec } from '../../../server/src/schema/types';
import { supervisorValidators } from '../../../server/src/values/supervisor';
import type { ValueIssue } from '../../../server/src/values/types';

export function check(kind: string, value: string, extra: Partial<ValueSpec> = {}): ValueIssue[] {
  const validator = supervisorValidators[kind];
  if (!validator) throw new Error(`no validator for ${kind}`);
  return validator(value, { kind, ...extra }, { version: '4.2.5', key: 'opt' });
}

/** The severities found, for terse assertions: [] when the value is fine. */
export function severities(kind: string, value: string, extra: Partial<ValueSpec> = {}): string[] {
  return check(kind, value, extra).map((i) => i.severity);
}
