// A value its directive's type does not accept, checked by the dialect's validator for that type.
import type { Diagnostic } from 'vscode-languageserver-types';
import { dialectSupport } from '../../dialects';
import { positionAt } from '../../parse/positions';
import { findDirective, findSection, sectionType } from '../../schema/lookup';
import type { Version } from '../../schema/types';
import type { Rule } from '../types';
import { diagnostic, ERROR, WARNING } from './diagnostic';

export const invalidValue: Rule = {
  code: 'invalid-value',
  check({ doc, schema, settings }) {
    const results: Diagnostic[] = [];
    const validators = dialectSupport(doc.dialect).validators;
    const version: Version = doc.dialect === 'systemd' ? settings.systemdVersion : schema.latestVersion;
    for (const section of doc.sections) {
      if (!findSection(schema, section.name)) continue;
      const type = sectionType(doc.dialect, section.name);
      for (const entry of section.entries) {
        // systemd reads an empty assignment as "reset to the default", which every directive accepts.
        if (doc.dialect === 'systemd' && entry.value === '') continue;
        const directive = findDirective(schema, entry.key, type);
        if (!directive || !directive.placements.some((p) => p.section === type)) continue;
        const validate = validators[directive.value.kind];
        if (!validate) continue;
        for (const issue of validate(entry.value, directive.value, { version, key: directive.name })) {
          const range = { start: positionAt(entry.pieces, issue.start), end: positionAt(entry.pieces, issue.end) };
          const d = diagnostic(range, issue.message, issue.severity === 'error' ? ERROR : WARNING);
          if (issue.code) d.code = issue.code;
          results.push(d);
        }
      }
    }
    return results;
  },
};
