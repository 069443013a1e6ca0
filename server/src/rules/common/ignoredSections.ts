// systemd skips a section it does not know, or one the unit type does not read, as a whole: it says
// so once for the header and never looks at the lines inside. The unknown-section rule reports the
// header; every other rule is kept out of those lines, so they are not each reported.
import type { Diagnostic } from 'vscode-languageserver-types';
import { findSection, sectionsFor } from '../../schema/lookup';
import type { Rule, RuleContext } from '../types';

/** Line spans (header excluded) of the sections systemd skips in this file. */
export function ignoredSpans({ doc, kind, schema }: RuleContext): [number, number][] {
  if (kind.dialect !== 'systemd') return [];
  const allowed = sectionsFor(schema, kind.unitType);
  return doc.sections
    .filter((s) => !s.name.startsWith('X-'))
    .filter((s) => { const spec = findSection(schema, s.name); return !spec || !allowed.includes(spec); })
    .map((s): [number, number] => [s.headerRange.end.line + 1, s.range.end.line]);
}

/** The rule, with its findings inside skipped sections dropped. */
export function outsideIgnoredSections(rule: Rule): Rule {
  return {
    code: rule.code,
    // Which sections are skipped follows from their names and the unit type: the scope stays.
    scope: rule.scope,
    reads: rule.reads,
    namesLines: rule.namesLines,
    check(context) {
      const found = rule.check(context);
      const spans = found.length ? ignoredSpans(context) : [];
      if (!spans.length) return found;
      const inside = (d: Diagnostic) => spans.some(([from, to]) => d.range.start.line >= from && d.range.start.line <= to);
      return found.filter((d) => !inside(d));
    },
  };
}
