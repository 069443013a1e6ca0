// Mutants at the release boundary: a key our schema says arrived shortly before or after the target
// release, added to its section. The schema only proposes the key; the daemon of the target release
// says whether it knows it, so a wrong first release in our data shows as a miss or a false error.
import { parseSystemd } from '../../../server/src/parse/systemd';
import { daemonSchemaId, familySchema, type FamilySchemaId } from '../../../server/src/schema/families';
import type { DirectiveSpec } from '../../../server/src/schema/types';
import type { Mutant } from './mutants';

/** Releases around the target whose keys are drawn: the boundary is where version data goes wrong. */
const WINDOW = 6;

function schemaId(family: string): FamilySchemaId | undefined {
  if (family === 'network' || family === 'netdev' || family === 'link' || family === 'nspawn') return family;
  return daemonSchemaId(family.replace(/\.conf$/, ''));
}

/** A value the key takes when it is known, so that the daemon judges the key and not the value. */
function sampleValue(d: DirectiveSpec): string {
  if (d.default) return d.default;
  if (d.value.values?.length) return d.value.values[0].name;
  if (d.value.kind === 'boolean' || d.value.booleans) return 'yes';
  return '1';
}

/** Adds a key of the file's own section from near `target`, or undefined when there is none. */
export function releaseMutant(family: string, text: string, target: number, random: () => number): Mutant | undefined {
  const id = schemaId(family);
  if (!id) return undefined;
  let schema;
  try {
    schema = familySchema(id);
  } catch {
    return undefined;
  }
  const sections = parseSystemd(text).sections;
  const section = sections[Math.floor(random() * sections.length)];
  if (!section) return undefined;
  const near = schema.directives.filter((d) => d.placements.some((p) => p.section === section.name && typeof p.since === 'number'
    && Math.abs(p.since - target) <= WINDOW && p.since > 0));
  const d = near[Math.floor(random() * near.length)];
  if (!d) return undefined;
  const lines = text.split('\n');
  const at = section.headerRange.start.line + 1;
  const since = d.placements.find((p) => p.section === section.name)?.since;
  return {
    kind: `key from release ${Number(since) > target ? 'after' : 'up to'} the target`,
    text: [...lines.slice(0, at), `${d.name}=${sampleValue(d)}`, ...lines.slice(at)].join('\n'),
  };
}
