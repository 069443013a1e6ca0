// `Key=` with nothing after it: most directives read it as "reset to the default", but some parsers
// refuse it (measured with systemd-analyze verify; see data/systemd/systemd-verify-probe.tsv).
import type { Diagnostic } from 'vscode-languageserver-types';
import { findSection } from '../../schema/lookup';
import { systemdDirective } from '../../schema/systemd';
import { emptyValueRejected } from '../../schema/systemd/directives.generated';
import { diagnostic, ERROR } from '../common/diagnostic';
import type { Rule } from '../types';

export const EMPTY_VALUE = 'systemd/empty-value';

export const emptyValue: Rule = {
  code: EMPTY_VALUE,
  scope: 'entry',
  check({ doc, schema }) {
    const out: Diagnostic[] = [];
    for (const section of doc.sections) {
      if (!findSection(schema, section.name)) continue;
      for (const entry of section.entries) {
        if (entry.value !== '' || !emptyValueRejected.has(entry.key)) continue;
        if (!systemdDirective(section.name, entry.key)?.placements.some((p) => p.section === section.name)) continue;
        const d = diagnostic(entry.keyRange, `${entry.key}= needs a value: systemd refuses an empty one and ignores the line.`, ERROR);
        d.code = EMPTY_VALUE;
        out.push(d);
      }
    }
    return out;
  },
};
