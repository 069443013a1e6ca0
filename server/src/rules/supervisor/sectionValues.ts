// Values checked by the precise kind of their section where the schema's shared record is laxer:
// `[supervisord] directory` must be an existing folder, while a program's may be anything.
import type { Diagnostic } from 'vscode-languageserver-types';
import { positionAt } from '../../parse/positions';
import { findDirective } from '../../schema/lookup';
import { findSupervisorOption } from '../../schema/supervisor';
import { supervisorValidators } from '../../values/supervisor';
import { diagnostic, ERROR, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';
import { splitHeader } from './sections';

export const sectionValues: Rule = {
  code: 'supervisor/invalid-value',
  check({ doc, schema }) {
    const results: Diagnostic[] = [];
    for (const section of doc.sections) {
      const { type } = splitHeader(section);
      for (const entry of section.entries) {
        const precise = findSupervisorOption(type, entry.key);
        const shared = findDirective(schema, entry.key);
        if (!precise || !shared || JSON.stringify(precise.value) === JSON.stringify(shared.value)) continue;
        const validate = supervisorValidators[precise.value.kind];
        const sharedIssues = new Set((supervisorValidators[shared.value.kind]?.(entry.value, shared.value, { version: schema.latestVersion, key: entry.key }) ?? [])
          .map((i) => i.message));
        for (const issue of validate?.(entry.value, precise.value, { version: schema.latestVersion, key: entry.key }) ?? []) {
          if (sharedIssues.has(issue.message)) continue;
          const range = { start: positionAt(entry.pieces, issue.start), end: positionAt(entry.pieces, issue.end) };
          results.push(diagnostic(range, issue.message, issue.severity === 'error' ? ERROR : WARNING));
        }
      }
    }
    return results;
  },
};
