// The exposure score of the service a document is (issue 17.5): its unit file merged with its
// drop-ins (features/dropins), scored as systemd-analyze security --offline=yes scores it.
import type { AnalyzedDocument } from '../analysis';
import { pathOf } from '../classify/classify';
import { assessService, settingsOfMerge, type ExposureReport } from '../security';
import { mergeUnit } from './dropins/merge';
import type { UnitFilesLookup } from './dropins';
import { mergeOfDocument } from './dropins/unitMerge';

/** systemd-analyze loads a template as its instance `i` (getty@.service → getty@i.service). */
export function scoredUnitName(unitName: string): string {
  return unitName.replace(/@\./, '@i.');
}

/** The report of a service unit file (not a drop-in); undefined for anything else. */
export function securityReport(a: AnalyzedDocument, lookup: UnitFilesLookup | undefined): ExposureReport | undefined {
  const { kind } = a;
  if (kind.dialect !== 'systemd' || kind.unitType !== 'service' || kind.dropIn || !kind.unitName) return undefined;
  const merge = lookup ? mergeOfDocument(a, lookup) : undefined;
  const merged = merge?.merged ?? mergeUnit([{ path: pathOf(a.uri), role: 'unit', doc: a.doc }]);
  return assessService(settingsOfMerge(merged, scoredUnitName(kind.unitName), kind.scope === 'user' ? 'user' : 'system'));
}
