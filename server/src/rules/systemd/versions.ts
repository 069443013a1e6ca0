// Directives the target systemd release does not know: added later, or gone by then.
// systemd logs "Unknown key" for both and ignores the line.
import type { Diagnostic } from 'vscode-languageserver-types';
import { findSection, sectionLookups } from '../../schema/lookup';
import { diagnostic, ERROR } from '../common/diagnostic';
import type { Rule } from '../types';

export const NEWER_THAN_TARGET = 'systemd/newer-than-target';
export const GONE_AT_TARGET = 'systemd/gone-at-target';

export const newerThanTarget: Rule = {
  code: NEWER_THAN_TARGET,
  check({ doc, schema, settings }) {
    const out: Diagnostic[] = [];
    const target = settings.systemdVersion;
    // The shared per-document lookup holds the record of every entry (a unit's, or its family's).
    for (const { section, directives } of sectionLookups(doc, schema)) {
      if (!findSection(schema, section.name)) continue;
      for (let i = 0; i < section.entries.length; i++) {
        const entry = section.entries[i];
        const placement = directives[i]?.placements.find((p) => p.section === section.name);
        if (!placement) continue;
        if (typeof placement.since === 'number' && placement.since > target) {
          const d = diagnostic(entry.keyRange,
            `${entry.key}= needs systemd ${placement.since}; systemd ${target} does not know it and ignores the line.`, ERROR);
          d.code = NEWER_THAN_TARGET;
          out.push(d);
        } else if (typeof placement.until === 'number' && placement.until < target) {
          const d = diagnostic(entry.keyRange,
            `${entry.key}= was removed after systemd ${placement.until}; systemd ${target} does not know it and ignores the line.`, ERROR);
          d.code = GONE_AT_TARGET;
          out.push(d);
        }
      }
    }
    return out;
  },
};
