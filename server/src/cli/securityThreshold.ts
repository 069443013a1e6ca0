// `--security-threshold N`: each service checked gets its exposure score (features/security.ts), a
// report line, and the run fails (exit status 1, as for errors) when one is above N, as
// `systemd-analyze security --threshold=N` fails.
import type { AnalyzedDocument } from '../analysis';
import type { UnitFilesLookup } from '../features/dropins';
import { securityReport } from '../features/security';
import type { Translator } from '../l10n/translator';
import { formatExposure } from '../security';

export interface ExposureLine {
  file: string;
  unit: string;
  /** Tenths, as systemd-analyze keeps it. */
  exposure: number;
  label: string;
  above: boolean;
}

/** `5`, `5.0` or `7.5` in tenths; undefined when it is not a number from 0 to 10 with at most one decimal. */
export function parseThreshold(text: string | undefined): number | undefined {
  if (!text || !/^\d{1,2}(\.\d)?$/.test(text)) return undefined;
  const tenths = Math.round(Number(text) * 10);
  return tenths <= 100 ? tenths : undefined;
}

export function exposureLine(a: AnalyzedDocument, file: string, lookup: UnitFilesLookup, threshold: number): ExposureLine | undefined {
  const report = securityReport(a, lookup);
  if (!report || a.kind.dialect !== 'systemd') return undefined;
  return { file, unit: a.kind.unitName ?? file, exposure: report.exposure, label: report.label, above: report.exposure > threshold };
}

export function formatExposureLines(lines: ExposureLine[], threshold: number, t: Translator): string {
  return lines.map((l) => t.format(l.above ? '{file}: {unit} exposure {exposure} {label}, above the threshold {threshold}'
    : '{file}: {unit} exposure {exposure} {label}, within the threshold {threshold}',
  { file: l.file, unit: l.unit, exposure: formatExposure(l.exposure), label: l.label, threshold: formatExposure(threshold) }) + '\n').join('');
}
