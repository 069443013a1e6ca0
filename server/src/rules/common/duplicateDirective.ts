// A single-valued directive set twice in one section: only the last one counts.
import type { Diagnostic } from 'vscode-languageserver-types';
import { sectionLookups } from '../../schema/lookup';
import type { Rule } from '../types';
import { diagnostic, entryLines, WARNING } from './diagnostic';

export const duplicateDirective: Rule = {
  code: 'duplicate-directive',
  check({ doc, schema }) {
    const results: Diagnostic[] = [];
    for (const { section, directives, placed } of sectionLookups(doc, schema)) {
      // Where each key is last set; built only for sections that hold a single-valued directive.
      let last: Map<string, number> | undefined;
      section.entries.forEach((entry, i) => {
        const directive = directives[i];
        if (!directive || directive.repeatable || !placed[i]) return;
        if (!last) {
          last = new Map();
          section.entries.forEach((e, j) => last?.set(e.key.toLowerCase(), j));
        }
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
