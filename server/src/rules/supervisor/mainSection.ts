// A misspelt [supervisord] header ([Supervisord], [supervisor], [supervisord:main]): configparser's
// section names are exact, so supervisord finds no [supervisord] and refuses to start ("does not
// include supervisord section"). In a file the main config includes, beside a real [supervisord]
// there, the section is only ignored.
import type { Section, ParsedDocument } from '../../parse/model';
import { editDistance } from '../../util/similar';
import { diagnostic, ERROR, replace, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';
import { configSet, hasSection } from './configSet';

export const MISSPELT_SUPERVISORD = 'supervisor/misspelt-supervisord';

/** A header that was meant as [supervisord] in a file without the real one. */
export function isMisspeltSupervisord(doc: ParsedDocument, section: Section): boolean {
  if (section.name === 'supervisord' || hasSection(doc, 'supervisord')) return false;
  const base = section.name.trim().split(':', 1)[0];
  return editDistance(base, 'supervisord') <= 2;
}

export const misspeltSupervisord: Rule = {
  code: MISSPELT_SUPERVISORD,
  check(ctx) {
    if (ctx.kind.dialect !== 'supervisor') return [];
    const misspelt = ctx.doc.sections.filter((s) => isMisspeltSupervisord(ctx.doc, s));
    if (!misspelt.length) return [];
    const main = configSet(ctx).main;
    const elsewhere = main && !main.current && hasSection(main.doc, 'supervisord');
    return misspelt.slice(0, 10).map((section) => diagnostic(section.nameRange, elsewhere
      ? `[${section.name}] is not [supervisord]: supervisord ignores it (the main config ${main.path ?? ''} has the real one).`
      : `[${section.name}] is not [supervisord] (section names are exact): supervisord finds no [supervisord] section and refuses to start.`,
    elsewhere ? WARNING : ERROR, [{ title: 'Change to [supervisord]', preferred: true, edits: [replace(section.nameRange, 'supervisord')] }]));
  },
};
