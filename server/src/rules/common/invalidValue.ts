// A value its directive's type does not accept, checked by the dialect's validator for that type.
import type { Diagnostic } from 'vscode-languageserver-types';
import { dialectSupport } from '../../dialects';
import { positionAt } from '../../parse/positions';
import { copyString, sectionLookups } from '../../schema/lookup';
import type { DirectiveSpec, ValueSpec, Version } from '../../schema/types';
import { versionWithin } from '../../schema/version';
import type { ValueIssue, ValueValidator } from '../../values/types';
import { closest } from '../../util/similar';
import type { QuickFix, Rule } from '../types';
import { diagnostic, ERROR, replace, WARNING } from './diagnostic';

export const invalidValue: Rule = {
  code: 'invalid-value',
  check({ doc, schema, settings, validators: given }) {
    const results: Diagnostic[] = [];
    const validators = given ?? dialectSupport(doc.dialect).validators;
    const version: Version = doc.dialect === 'systemd' ? settings.systemdVersion : schema.latestVersion;
    for (const { section, spec, directives, placed } of sectionLookups(doc, schema)) {
      if (!spec) continue;
      for (let i = 0; i < section.entries.length; i++) {
        const entry = section.entries[i];
        // systemd reads an empty assignment as "reset to the default", which every directive accepts.
        if (doc.dialect === 'systemd' && entry.value === '') continue;
        const directive = directives[i];
        if (!directive || !placed[i]) continue;
        const validate = validators[directive.value.kind];
        if (!validate) continue;
        for (const issue of validated(validate, directive, entry.value, version)) {
          const range = { start: positionAt(entry.pieces, issue.start), end: positionAt(entry.pieces, issue.end) };
          const word = entry.value.slice(issue.start, issue.end);
          const suggestions = issue.severity === 'error' ? closest(word, wordsAt(directive.value, version)) : [];
          const fixes: QuickFix[] = suggestions.map((name, i) => ({ title: `Change to ${name}`, preferred: i === 0, edits: [replace(range, name)] }));
          const hint = suggestions.length && !issue.message.includes('Did you mean') ? ` Did you mean ${suggestions[0]}?` : '';
          const d = diagnostic(range, issue.message + hint, issue.severity === 'error' ? ERROR : WARNING, fixes);
          if (issue.code) d.code = issue.code;
          results.push(d);
        }
      }
    }
    return results;
  },
};

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

function validated(validate: ValueValidator, directive: DirectiveSpec, value: string, version: Version): readonly ValueIssue[] {
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

/** The enum words a value may take at `version`: what "did you mean" chooses from. */
function wordsAt(spec: ValueSpec, version: Version): string[] {
  return (spec.values ?? []).filter((v) => versionWithin(version, v.since, v.until)).map((v) => v.name);
}
