// Names completion leaves out because the section already sets them: a second `Type=` only
// overrides the first, so offering it again invites a mistake. Repeatable ones (`ExecStartPre=`,
// `After=`, ...) add to a list and stay.
import type { ParsedDocument, Section } from '../parse/model';
import { findDirective } from '../schema/lookup';
import type { DialectSchema } from '../schema/types';

/**
 * Single-valued directives set in the section, apart from an entry on `line` (the one being written
 * or renamed is still offered). systemd merges sections of the same name, so all of them count; a
 * supervisor section is one `[program:x]`.
 */
export function takenDirectives(doc: ParsedDocument, section: Section, schema: DialectSchema, type: string, line: number): Set<string> {
  const sections = doc.dialect === 'systemd' ? doc.sections.filter((s) => s.name === section.name) : [section];
  const taken = new Set<string>();
  for (const s of sections) {
    for (const entry of s.entries) {
      if (entry.keyRange.start.line === line) continue;
      const directive = findDirective(schema, entry.key, type);
      if (directive && !directive.repeatable) taken.add(directive.name);
    }
  }
  return taken;
}
