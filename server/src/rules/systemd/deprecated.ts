// Deprecated directives (still work, a newer spelling exists) and legacy ones that systemd still
// accepts but ignores, with the replacement and, where the value keeps its meaning, a quick fix.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument, Section } from '../../parse/model';
import { findSection, sectionLookups } from '../../schema/lookup';
import { noopSince, replacementFor, systemdSchema } from '../../schema/systemd';
import type { DialectSchema } from '../../schema/types';
import { diagnostic, replace, WARNING } from '../common/diagnostic';
import { moveFixes } from '../common/moveEntry';
import type { QuickFix, Rule } from '../types';

export const DEPRECATED = 'systemd/deprecated-directive';
export const REMOVED = 'systemd/removed-directive';

function fixesFor(doc: ParsedDocument, schema: DialectSchema, section: Section, entry: Entry): QuickFix[] {
  const r = replacementFor(section.name, entry.key);
  if (!r || !r.sameValue) return [];
  if (!r.section || r.section === section.name) {
    return [{ title: `Replace ${entry.key} with ${r.replacement}`, preferred: true, edits: [replace(entry.keyRange, r.replacement)] }];
  }
  const title = r.replacement === entry.key ? `Move to [${r.section}]` : `Move to [${r.section}] as ${r.replacement}=`;
  return moveFixes(doc, schema, section, entry, { section: r.section, key: r.replacement, title, preferred: true });
}

/** What to do instead; a compat copy that keeps its name in another section is simply moved. */
function advice(sectionName: string, key: string): string {
  const r = replacementFor(sectionName, key);
  if (!r) return '';
  if (r.section && r.section !== sectionName) {
    if (r.replacement === key) return ` Move the line to [${r.section}], where systemd reads it now.`;
    return ` Use ${r.replacement}= in [${r.section}] instead${r.note ? ` (${r.note})` : ''}.`;
  }
  return ` Use ${r.replacement}= instead${r.note ? ` (${r.note})` : ''}.`;
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
          const elsewhere = replacementFor(section.name, entry.key)?.section;
          message = elsewhere && elsewhere !== section.name ? `${entry.key}= is deprecated in [${section.name}].` : `${entry.key}= is deprecated.`;
        }
        const d = diagnostic(entry.keyRange, message + advice(section.name, entry.key), WARNING, fixesFor(doc, systemdSchema, section, entry));
        d.code = code;
        d.tags = [2]; // DiagnosticTag.Deprecated
        out.push(d);
      }
    }
    return out;
  },
};
