// A key the section does not take: unknown everywhere (with "did you mean"), or known in another section.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument, Section } from '../../parse/model';
import { directivesIn, findSection, recordsNamed, sectionLookups } from '../../schema/lookup';
import type { DialectSchema } from '../../schema/types';
import { closest } from '../../util/similar';
import type { QuickFix, Rule } from '../types';
import { diagnostic, ERROR, replace, WARNING } from './diagnostic';
import { moveFixes } from './moveEntry';

export const unknownDirective: Rule = {
  code: 'unknown-directive',
  scope: 'entry',
  check({ doc, schema }) {
    const results: Diagnostic[] = [];
    const severity = doc.dialect === 'systemd' ? ERROR : WARNING;
    const noun = doc.dialect === 'systemd' ? 'directive' : 'option';
    const suggestionsFor = new Map<string, string[]>();
    for (const { section, spec, type, directives } of sectionLookups(doc, schema)) {
      if (!spec) continue;
      if (schema.openSections?.includes(type)) continue;
      const here = directivesIn(schema, type);
      section.entries.forEach((entry, i) => {
        if (doc.dialect === 'systemd' && entry.key.startsWith('X-')) return;
        // Known here, or known elsewhere (the wrong-section rule reports that).
        if (directives[i]) return;
        const cacheKey = `${type}\u0000${entry.key}`;
        let suggestions = suggestionsFor.get(cacheKey);
        if (!suggestions) suggestionsFor.set(cacheKey, (suggestions = closest(entry.key, here.map((d) => d.name))));
        const fixes: QuickFix[] = suggestions.map((name, i) => ({
          title: `Change to ${name}`, preferred: i === 0, edits: [replace(entry.keyRange, name)] }));
        const hint = suggestions.length ? ` Did you mean ${suggestions[0]}?` : '';
        const consequence = doc.dialect === 'systemd' ? 'systemd ignores it' : 'supervisord ignores it silently';
        results.push(diagnostic(entry.keyRange, `Unknown ${noun} '${entry.key}' in [${section.name}]: ${consequence}.${hint}`, severity, fixes));
      });
    }
    return results;
  },
};

export const wrongSection: Rule = {
  code: 'wrong-section',
  check({ doc, schema }) {
    const results: Diagnostic[] = [];
    for (const { section, spec, directives, placed } of sectionLookups(doc, schema)) {
      if (!spec) continue;
      section.entries.forEach((entry, i) => {
        const known = directives[i];
        if (!known || placed[i]) return;
        const targets = [...new Set(recordsNamed(schema, entry.key).flatMap((d) => d.placements.map((p) => p.section)))];
        const where = targets.map((t) => `[${t}${doc.dialect === 'supervisor' && findSection(schema, t + ':x') ? ':…' : ''}]`).join(', ');
        const fixes = moveToFixes(doc, schema, section, entry, targets);
        const severity = doc.dialect === 'systemd' ? ERROR : WARNING;
        results.push(diagnostic(entry.keyRange,
          `${entry.key} does not belong in [${section.name}]; it goes in ${where}. It is ignored here.`, severity, fixes));
      });
    }
    return results;
  },
};

function moveToFixes(doc: ParsedDocument, schema: DialectSchema, from: Section, entry: Entry, targets: string[]): QuickFix[] {
  if (doc.dialect !== 'systemd') return [];
  return targets.slice(0, 3).flatMap((target) => moveFixes(doc, schema, from, entry, { section: target, key: entry.key, title: `Move ${entry.key} to [${target}]` }));
}
