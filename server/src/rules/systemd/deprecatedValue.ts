// Values systemd still takes but warns about: KillMode=none, StandardOutput=syslog (read as journal since 246).
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnostic, replace, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';

export const DEPRECATED_VALUE = 'systemd/deprecated-value';

interface Retired { keys: RegExp; value: string; since: number; instead?: string; why: string }

const RETIRED: Retired[] = [
  { keys: /^KillMode$/, value: 'none', since: 246, instead: 'mixed',
    why: 'leftover processes escape the service\'s life cycle; use mixed or control-group' },
  { keys: /^Standard(Output|Error)$/, value: 'syslog', since: 246, instead: 'journal', why: 'it is read as journal' },
  { keys: /^Standard(Output|Error)$/, value: 'syslog+console', since: 246, instead: 'journal+console', why: 'it is read as journal+console' },
];

export const deprecatedValue: Rule = {
  code: DEPRECATED_VALUE,
  scope: 'entry',
  check({ doc, settings }) {
    const out: Diagnostic[] = [];
    for (const section of doc.sections) {
      for (const entry of section.entries) {
        const r = RETIRED.find((x) => x.value === entry.value && x.keys.test(entry.key)); // the cheap comparison first
        if (!r || settings.systemdVersion < r.since) continue;
        const fixes = r.instead ? [{ title: `Change to ${r.instead}`, edits: [replace(entry.valueRange, r.instead)] }] : [];
        const d = diagnostic(entry.valueRange, `${entry.key}=${r.value} is deprecated: ${r.why}.`, WARNING, fixes);
        d.code = DEPRECATED_VALUE;
        d.tags = [2];
        out.push(d);
      }
    }
    return out;
  },
};
