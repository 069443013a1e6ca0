// Our exposure score of unit files on disk, merged with their drop-ins the way the checker finds them
// (the files' folders before the host's unit folders, as systemd-analyze sets its search path).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../../server/src/analysis';
import { checkerUnitFiles } from '../../../server/src/cli/dropIns';
import { securityReport } from '../../../server/src/features/security';
import type { ExposureReport } from '../../../server/src/security';

/** `together`: the files share one search path (distinct unit names); else each file is scored with its own folder only. */
export function ourReports(files: string[], together = true): Map<string, ExposureReport> {
  const shared = together ? checkerUnitFiles(files.map((f) => resolve(f))) : undefined;
  const out = new Map<string, ExposureReport>();
  for (const file of files) {
    const lookup = shared ?? checkerUnitFiles([resolve(file)]);
    const a = analyze(pathToFileURL(resolve(file)).href, 0, readFileSync(file, 'utf8'), 'systemd-unit', 'system');
    const report = a && securityReport(a, lookup);
    if (report) out.set(file, report);
  }
  return out;
}
