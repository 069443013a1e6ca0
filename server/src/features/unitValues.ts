// Unit names inside values (After=, Wants=, WantedBy=, ...): completion candidates and the
// word under the cursor, for completion, go to definition and document links.
import type { EnumValue, Version } from '../schema/types';
import { specialUnits } from '../schema/systemd/directives.generated';
import { versionWithin } from '../schema/version';
import type { UnitCatalog } from '../host/unitCatalog';

export const UNIT_KINDS = new Set(['units', 'unit']);

export function unitNameCandidates(version: Version, catalog: UnitCatalog | undefined, ownName: string | undefined): EnumValue[] {
  const values: EnumValue[] = [];
  const seen = new Set<string>();
  const add = (name: string, summary: string) => {
    if (seen.has(name) || name === ownName) return;
    seen.add(name);
    values.push({ name, summary });
  };
  for (const unit of catalog?.all() ?? []) add(unit.name, unit.origin === 'workspace' ? `in the workspace: ${unit.path}` : unit.path);
  for (const unit of specialUnits) {
    if (versionWithin(version, unit.since, unit.until)) add(unit.name, 'a special unit of systemd');
  }
  return values;
}

/** Unit-name tokens in a value, with their offsets. */
export function unitTokens(value: string): { name: string; start: number; end: number }[] {
  const tokens: { name: string; start: number; end: number }[] = [];
  for (const match of value.matchAll(/[^\s]+/g)) {
    if (match.index === undefined) continue;
    if (/\.[a-z]+$/.test(match[0])) tokens.push({ name: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
