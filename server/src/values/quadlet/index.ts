// The value validators of a Quadlet file: the unit validators for [Unit], [Service] and [Install] (quadlet
// copies them to the service), where a dependency may also name a Quadlet unit (`After=db.container`),
// which quadlet replaces by its service's name. Quadlet's own keys are judged by rules/quadlet.
import { QUADLET_INSTALL_KIND, QUADLET_UNITS_KIND } from '../../schema/quadlet/support';
import { familyValidators } from '../systemd';
import type { ValidatorTable, ValueValidator } from '../types';

const QUADLET_UNIT = /^[^\s]+\.(container|volume|network|kube|pod|image|build|artifact)$/;

/** The unit-name check with Quadlet unit names blanked out (same length, so the offsets of the rest hold). */
const quadletUnits: ValueValidator = (value, spec, context) => {
  const units = familyValidators.units;
  if (!units) return [];
  const blanked = value.replace(/[^\s]+/g, (word) => (QUADLET_UNIT.test(word) ? ' '.repeat(word.length) : word));
  return blanked.trim() === '' ? [] : units(blanked, spec, context);
};

/**
 * quadlet reads [Install] itself (a word may be quoted; an Alias= may sit in a folder): each word is
 * checked as the unit name it names, problems reported on the whole word.
 */
const installUnits: ValueValidator = (value, spec, context) => {
  const units = familyValidators.units;
  if (!units) return [];
  const issues = [];
  for (const m of value.matchAll(/"[^"]*"|'[^']*'|[^\s]+/g)) {
    const word = m[0].replace(/^(["'])(.*)\1$/, '$2');
    const name = word.slice(word.lastIndexOf('/') + 1);
    const [issue] = units(name, spec, context);
    if (issue) issues.push({ ...issue, start: m.index, end: m.index + m[0].length });
  }
  return issues;
};

export const quadletValidators: ValidatorTable = { ...familyValidators, [QUADLET_UNITS_KIND]: quadletUnits, [QUADLET_INSTALL_KIND]: installUnits };
