// A single-valued directive set twice in one section: only the last one counts.
import type { Diagnostic } from 'vscode-languageserver-types';
import { sectionLookups } from '../../schema/lookup';
import type { Rule } from '../types';
import { diagnostic, entryLines, WARNING } from './diagnostic';

export const duplicateDirective: Rule = {
  code: 'duplicate-directive',
  scope: 'section',
  namesLines: true,
  check({ doc, schema }) {
    const results: Diagnostic[] = [];
    for (const { section, directives, placed } of sectionLookups(doc, schema)) {
      // Where each key is last set: a scan back from the end in short sections (most of them, and
      // no map to build), a map built once in long ones.
      const entries = section.entries;
      let last: Map<string, number> | undefined;
      const lastSet = (key: string, i: number): number => {
        if (entries.length <= 32) {
          for (let j = entries.length - 1; j > i; j--) if (entries[j].key.toLowerCase() === key) return j;
          return i;
        }
        if (!last) {
          last = new Map();
          entries.forEach((e, j) => last?.set(e.key.toLowerCase(), j));
        }
        return last.get(key) ?? i;
      };
      entries.forEach((entry, i) => {
        const directive = directives[i];
        if (!directive || directive.repeatable || !placed[i]) return;
        const lastIndex = lastSet(entry.key.toLowerCase(), i);
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
