// Deprecated directives (still work, a newer spelling exists) and legacy ones that systemd still
// accepts but ignores, with the replacement and, where the value keeps its meaning, a quick fix.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument, Section } from '../../parse/model';
import { findSection, sectionLookups } from '../../schema/lookup';
import { noopSince, replacementFor, systemdSchema } from '../../schema/systemd';
import { appendSection, appendToSection, diagnostic, entryLines, replace, WARNING } from '../common/diagnostic';
import type { QuickFix, Rule } from '../types';

export const DEPRECATED = 'systemd/deprecated-directive';
export const REMOVED = 'systemd/removed-directive';

function fixesFor(doc: ParsedDocument, section: Section, entry: Entry): QuickFix[] {
  const r = replacementFor(section.name, entry.key);
  if (!r || !r.sameValue) return [];
  if (!r.section || r.section === section.name) {
    return [{ title: `Replace ${entry.key} with ${r.replacement}`, preferred: true, edits: [replace(entry.keyRange, r.replacement)] }];
  }
  const lines = entryLines(doc, entry);
  const moved = `${r.replacement}=${entry.value}`;
  const target = doc.sections.find((s) => s.name === r.section);
  const insert = target ? appendToSection(doc, target, moved) : appendSection(doc, r.section, moved);
  return [{ title: `Move to [${r.section}] as ${r.replacement}=`, preferred: true, edits: [{ range: lines.range, newText: '' }, insert] }];
}

function advice(sectionName: string, key: string): string {
  const r = replacementFor(sectionName, key);
  if (!r) return '';
  const where = r.section && r.section !== sectionName ? ` in [${r.section}]` : '';
  return ` Use ${r.replacement}=${where} instead${r.note ? ` (${r.note})` : ''}.`;
}

export const deprecatedDirective: Rule = {
  code: DEPRECATED,
  check({ doc, schema, settings }) {
    const out: Diagnostic[] = [];
    // The shared per-document lookup holds systemdDirective(section.name, entry.key) for every entry.
    for (const { section, directives } of sectionLookups(doc, systemdSchema)) {
      if (!findSection(schema, section.name)) continue;
      for (let i = 0; i < section.entries.length; i++) {
        const entry = section.entries[i];
        const placement = directives[i]?.placements.find((p) => p.section === section.name);
        if (!placement || placement.status === 'active') continue;
        if (typeof placement.until === 'number' && placement.until < settings.systemdVersion) continue; // gone: another rule
        const since = noopSince[`${section.name}.${entry.key}`];
        let message: string;
        let code = DEPRECATED;
        if (placement.status === 'removed' && since !== undefined && since <= settings.systemdVersion) {
          code = REMOVED;
          message = `${entry.key}= has no effect since systemd ${since}: it is accepted with a warning and ignored.`;
        } else if (placement.status === 'removed') {
          message = `${entry.key}= is a legacy setting that later releases ignore${since ? ` (from systemd ${since})` : ''}.`;
        } else {
          message = `${entry.key}= is deprecated.`;
        }
        const d = diagnostic(entry.keyRange, message + advice(section.name, entry.key), WARNING, fixesFor(doc, section, entry));
        d.code = code;
        d.tags = [2]; // DiagnosticTag.Deprecated
        out.push(d);
      }
    }
    return out;
  },
};
