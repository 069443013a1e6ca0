// Names completion leaves out because the section already sets them: a second `Type=` only
// overrides the first, so offering it again invites a mistake. Repeatable ones (`ExecStartPre=`,
// `After=`, ...) add to a list and stay.
import type { Entry, ParsedDocument, Section } from '../parse/model';
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
    const written = s.entries.find((e) => e.keyRange.start.line === line)?.key;
    for (const [key, count] of keyCounts(s.entries)) {
      if (key === written && count === 1) continue;
      const directive = findDirective(schema, key, type);
      if (directive && !directive.repeatable) taken.add(directive.name);
    }
  }
  return taken;
}

/** How often each key is written in a section's entries: a [Service] of 5,000 `Environment=` lines is one lookup, not 5,000. */
const counted = new WeakMap<readonly Entry[], Map<string, number>>();

function keyCounts(entries: readonly Entry[]): Map<string, number> {
  let counts = counted.get(entries);
  if (!counts) {
    counts = new Map();
    for (const entry of entries) counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
    counted.set(entries, counts);
  }
  return counts;
}
