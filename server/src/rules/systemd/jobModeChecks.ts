// OnFailureJobMode=isolate (or OnSuccessJobMode=isolate) starts one unit and stops everything else,
// so it takes exactly one unit to start: with several OnFailure= (OnSuccess=) units systemd refuses
// to load the unit (unit_validate_on_failure_job_mode() in src/core/unit.c).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry, ParsedDocument } from '../../parse/model';
import { parseBoolean } from '../../values/systemd/boolean';
import type { Rule } from '../types';
import { entriesOf } from './entries';
import { refusal, relatedEntry } from './refusal';

export const ISOLATE_SEVERAL = 'systemd/isolate-several-units';

/** The job mode line in effect: the last of OnFailureJobMode= and its old boolean form OnFailureIsolate=. */
function jobMode(doc: ParsedDocument, keys: string[], version: number): { entry: Entry; isolate: boolean } | undefined {
  const lines = doc.sections.filter((s) => s.name === 'Unit').flatMap((s) => s.entries.filter((e) => keys.includes(e.key)))
    .filter((e) => entriesOf(doc, 'Unit', e.key, version).includes(e) && e.value !== '');
  const last = lines.at(-1);
  if (!last) return undefined;
  return { entry: last, isolate: last.key.endsWith('Isolate') ? parseBoolean(last.value) === true : last.value === 'isolate' };
}

// Slices and devices cannot fail: systemd drops their OnFailure= units ("ignored"), so nothing is left to count.
const PAIRS = [
  { dependency: 'OnFailure', modes: ['OnFailureJobMode', 'OnFailureIsolate'], cannotFail: ['slice', 'device'] },
  { dependency: 'OnSuccess', modes: ['OnSuccessJobMode'], cannotFail: [] as string[] },
];

export const isolateSeveralUnits: Rule = {
  code: ISOLATE_SEVERAL,
  check(context) {
    const { doc, kind } = context;
    if (kind.dialect !== 'systemd' || kind.dropIn) return [];
    const version = context.settings.systemdVersion;
    const out: Diagnostic[] = [];
    for (const { dependency, modes, cannotFail } of PAIRS) {
      if (kind.unitType && cannotFail.includes(kind.unitType)) continue;
      const mode = jobMode(doc, modes, version);
      if (!mode?.isolate) continue;
      const lines = entriesOf(doc, 'Unit', dependency, version).filter((e) => e.value !== '');
      const units = new Set(lines.flatMap((e) => e.value.split(/\s+/).filter(Boolean)));
      if (units.size < 2) continue;
      out.push(refusal(context, mode.entry.valueRange,
        `${mode.entry.key}=${mode.entry.value} needs exactly one ${dependency}= unit, but ${units.size} are named: systemd refuses to load the unit.`,
        ISOLATE_SEVERAL, [], lines.map((e) => relatedEntry(e))));
    }
    return out;
  },
};
