// A value its directive's type does not accept, checked by the dialect's validator for that type.
import type { Diagnostic } from 'vscode-languageserver-types';
import { dialectSupport } from '../../dialects';
import { positionAt } from '../../parse/positions';
import { sectionLookups } from '../../schema/lookup';
import type { ValueSpec, Version } from '../../schema/types';
import { versionWithin } from '../../schema/version';
import { validated } from '../../values/verdicts';
import { closest } from '../../util/similar';
import type { QuickFix, Rule } from '../types';
import { diagnostic, ERROR, replace, WARNING } from './diagnostic';

export { forgetValueVerdicts } from '../../values/verdicts';

export const invalidValue: Rule = {
  code: 'invalid-value',
  scope: 'entry',
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

/** The enum words a value may take at `version`: what "did you mean" chooses from. */
function wordsAt(spec: ValueSpec, version: Version): string[] {
  return (spec.values ?? []).filter((v) => versionWithin(version, v.since, v.until)).map((v) => v.name);
}
