// A section the daemon does not know, or one this unit type does not read.
import type { Rule } from '../types';
import { findSection, sectionsFor } from '../../schema/lookup';
import { closest } from '../../util/similar';
import { isMisspeltSupervisord } from '../supervisor/mainSection';
import { diagnostic, ERROR, replace, WARNING } from './diagnostic';

export const unknownSection: Rule = {
  code: 'unknown-section',
  check({ doc, kind, schema }) {
    const unitType = kind.dialect === 'systemd' ? kind.unitType : undefined;
    const allowed = sectionsFor(schema, unitType);
    const results = [];
    for (const section of doc.sections) {
      if (doc.dialect === 'systemd' && section.name.startsWith('X-')) continue;
      // supervisor/misspelt-supervisord reports these, with the weight a missing [supervisord] has.
      if (doc.dialect === 'supervisor' && isMisspeltSupervisord(doc, section)) continue;
      const spec = findSection(schema, section.name);
      if (spec && allowed.includes(spec)) continue;
      const names = allowed.map((s) => s.name);
      const fixes = closest(section.name, names).map((name, i) => ({
        title: `Change to [${name}]`, preferred: i === 0, edits: [replace(section.nameRange, name)] }));
      const message = spec
        ? `A .${unitType} unit has no [${section.name}] section; systemd ignores it and everything in it.`
        : doc.dialect === 'systemd'
          ? `Unknown section [${section.name}]: systemd ignores it and everything in it.`
          : `Unknown section type [${section.name}]: supervisord ignores it.`;
      // A daemon's config or a networkd file with a stray section ([Unit] pasted in) still works: the daemon
      // warns and reads the rest, so the section is a warning there; a unit's is an error, as before.
      const unit = doc.dialect === 'systemd' && !(kind.dialect === 'systemd' && kind.family !== undefined);
      results.push(diagnostic(section.nameRange, message, unit ? ERROR : WARNING, fixes));
    }
    return results;
  },
};
