// A single-valued directive set twice in one section: only the last one counts.
import type { Diagnostic } from 'vscode-languageserver-types';
import { findDirective, sectionType } from '../../schema/lookup';
import type { Rule } from '../types';
import { diagnostic, entryLines, WARNING } from './diagnostic';

export const duplicateDirective: Rule = {
  code: 'duplicate-directive',
  check({ doc, schema }) {
    const results: Diagnostic[] = [];
    for (const section of doc.sections) {
      const type = sectionType(doc.dialect, section.name);
      const last = new Map<string, number>();
      section.entries.forEach((entry, i) => last.set(entry.key.toLowerCase(), i));
      section.entries.forEach((entry, i) => {
        const directive = findDirective(schema, entry.key, type);
        if (!directive || directive.repeatable || !directive.placements.some((p) => p.section === type)) return;
        const lastIndex = last.get(entry.key.toLowerCase()) ?? i;
        if (lastIndex === i) return;
        const later = section.entries[lastIndex];
        results.push(diagnostic(entry.keyRange,
          `${entry.key} is set again on line ${later.keyRange.start.line + 1}; only that last value counts.`, WARNING,
          [{ title: `Remove this ${entry.key}`, edits: [{ range: entryLines(doc, entry).range, newText: '' }] }]));
      });
    }
    return results;
  },
};
