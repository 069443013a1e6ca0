// Template units (`getty@.service`) among the unit names completion offers. systemd reads a bare
// template differently by directive (checked against systemd's sources):
// - dependencies ([Unit] After=, Wants=, ...), Sockets=, a timer's or path's Unit=, and [Install]
//   WantedBy=/RequiredBy=/UpheldBy=/Alias= put this unit's own instance into it: in `foo@.service`,
//   `Wants=bar@.service` means `bar@<the same instance>.service`. In a unit without an instance, systemd
//   takes the unit's name instead (`Wants=getty@.service` in `x.service` is `getty@x.service`), or
//   `systemctl enable` refuses the link: not what anyone writing it means;
// - a socket's Service= and Slice= load the unit by name, and a template cannot be loaded;
// - Also= names units to enable along with this one, where a template (with DefaultInstance=) is fine.
// Where a bare template does not do what it says, completion offers an instance to fill in instead.
import type { EnumValue } from '../schema/types';

export interface UnitNameCandidate extends EnumValue {
  /** A snippet to insert instead of the name (an instance to write). */
  snippet?: string;
}

const TEMPLATE = /^([^@/]+)@\.([a-z]+)$/;
const TAKES_TEMPLATES_AS_IS = new Set(['Also']);
const NEVER_TEMPLATES = new Set(['Service', 'Slice']);

/** `ownUnit`: the name of the unit being edited (`foo@.service`, `foo@bar.service`, `foo.service`). */
export function withTemplateForms(candidates: EnumValue[], directive: string, ownUnit: string | undefined): UnitNameCandidate[] {
  if (TAKES_TEMPLATES_AS_IS.has(directive)) return candidates;
  const fillsOwnInstance = !NEVER_TEMPLATES.has(directive) && ownUnit !== undefined && ownUnit.includes('@');
  return candidates.flatMap((candidate): UnitNameCandidate[] => {
    const template = TEMPLATE.exec(candidate.name);
    if (!template) return [candidate];
    const [, prefix, type] = template;
    const instance: UnitNameCandidate = {
      name: `${prefix}@….${type}`,
      summary: `an instance of ${candidate.name}: write its instance name`,
      snippet: `${prefix}@\${1:instance}.${type}`,
    };
    if (!fillsOwnInstance) return [instance];
    return [{ ...candidate, summary: `${candidate.name} with this unit's instance filled in${candidate.summary ? ` (${candidate.summary})` : ''}` }, instance];
  });
}
