// Verdicts of the value validators, shared by the rule that reports invalid values and the rules
// that read a unit as systemd does (a line whose value systemd rejects is ignored, rules/systemd/entries.ts).
import { copyString } from '../schema/lookup';
import type { DirectiveSpec, Version } from '../schema/types';
import type { ValueIssue, ValueValidator } from './types';

/**
 * Validators are pure functions of the value, the directive's record and the target version, so
 * their verdicts are kept per record and value: after an edit only the changed values are checked
 * again. Cleared when the target version changes, and when it grows past a bound.
 */
const verdicts = { version: undefined as Version | undefined, chars: 0, byDirective: new Map<DirectiveSpec, Map<string, ValueIssue[]>>() };
/** Drops every kept verdict: for measurements of what a first analysis costs (test/fuzz/complexity.ts). */
export function forgetValueVerdicts(): void {
  verdicts.byDirective.clear();
  verdicts.chars = 0;
}

/** About 8 MB of kept values at most (values are copied, so no document text is kept with them). */
const VERDICT_CHARS = 4_000_000;

export function validated(validate: ValueValidator, directive: DirectiveSpec, value: string, version: Version): readonly ValueIssue[] {
  if (verdicts.version !== version || verdicts.chars > VERDICT_CHARS) {
    verdicts.version = version;
    verdicts.chars = 0;
    verdicts.byDirective.clear();
  }
  let byValue = verdicts.byDirective.get(directive);
  if (!byValue) verdicts.byDirective.set(directive, (byValue = new Map()));
  let issues = byValue.get(value);
  if (!issues) {
    issues = validate(value, directive.value, { version, key: directive.name });
    byValue.set(copyString(value), issues);
    verdicts.chars += value.length + 16;
  }
  return issues;
}
