// Directives a unit type's section accepts but ignores (Delegate= outside services and scopes,
// ManagedOOM*= outside services, slices and scopes); systemd warns about them.
// In [Slice], Delegate= is refused with a warning by systemd 252 ("not supported for this unit type").
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnostic, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';

export const IGNORED_HERE = 'systemd/ignored-in-section';

const ONLY: { keys: RegExp; sections: string[] }[] = [
  { keys: /^Delegate(Subgroup)?$/, sections: ['Service', 'Scope'] },
  { keys: /^ManagedOOM(Swap|MemoryPressure|MemoryPressureLimit|MemoryPressureDurationSec|Preference)$/, sections: ['Service', 'Slice', 'Scope'] },
];

export const ignoredHere: Rule = {
  code: IGNORED_HERE,
  scope: 'entry',
  check({ doc }) {
    const out: Diagnostic[] = [];
    for (const section of doc.sections) {
      if (!['Socket', 'Mount', 'Swap', 'Slice'].includes(section.name)) continue;
      for (const entry of section.entries) {
        const only = ONLY.find((o) => o.keys.test(entry.key));
        if (!only || only.sections.includes(section.name) || entry.key === 'ManagedOOMPreference') continue;
        const d = diagnostic(entry.keyRange,
          `${entry.key}= has no effect in [${section.name}]: only ${only.sections.map((s) => `[${s}]`).join(', ')} use it.`, WARNING);
        d.code = IGNORED_HERE;
        out.push(d);
      }
    }
    return out;
  },
};
