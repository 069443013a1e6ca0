// A file of a systemd family that has no schema yet (Quadlet, networkd, a daemon's config, ...): its
// syntax, read as systemd reads any of its INI files, and one note on line 1 saying what it was taken
// for, so that the user knows why nothing else is reported and how to choose another family.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { FAMILY_LABELS, isIniFamily, type FamilyMatch } from '../classify/families';
import { parse } from '../parse';
import { SOURCE } from './diagnostics';
import { linkRuleDocs } from './ruleDocs';

export const FAMILY_NOT_CHECKED = 'syntax/family-not-checked';

const MESSAGES: Readonly<Record<FamilyMatch['evidence'], string>> = {
  name: '{family} file, by its name and folder: its directives are not checked yet, only its syntax.',
  association: '{family} file, as daemonConfig.files.associations says: its directives are not checked yet, only its syntax.',
  language: '{family} file, as its language mode says: its directives are not checked yet, only its syntax.',
  content: 'Taken for a {family} file by its content: its directives are not checked yet, only its syntax. If it is another kind of file, choose its language with Change Language Mode, or map a glob to a family in daemonConfig.files.associations.',
};
// tmpfiles.d and sysusers.d are line formats, not INI: nothing of them is read yet.
const LINE_FORMAT = '{family} file: its lines are not checked yet.';

export function familyNote(match: FamilyMatch): Diagnostic {
  const template = isIniFamily(match.family) ? MESSAGES[match.evidence] : LINE_FORMAT;
  const d: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information, source: SOURCE, code: FAMILY_NOT_CHECKED,
    message: template.replace('{family}', FAMILY_LABELS[match.family]),
  };
  linkRuleDocs(d);
  return d;
}

/** The note, then the syntax problems of an INI family (systemd's own parser rules apply to all of them). */
export function familyDiagnostics(match: FamilyMatch, text: string): Diagnostic[] {
  const syntax: Diagnostic[] = isIniFamily(match.family) ? parse(text, 'systemd').problems.map((p) => ({
    range: p.range, message: p.message, code: p.code, source: SOURCE,
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
  })) : [];
  syntax.forEach(linkRuleDocs);
  return [familyNote(match), ...syntax];
}
