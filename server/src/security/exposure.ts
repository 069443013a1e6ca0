// The overall exposure of a service as systemd-analyze security computes it: each applicable check adds
// ceil(badness × weight / range) to a sum that is divided by the sum of their weights; the result is
// kept in tenths (0-100) and named by the band it falls in.
import { ASSESSORS, type Assessor, type Finding } from './assessors';
import { readSecurityInfo } from './securityInfo';
import type { UnitSettings } from './unitSettings';

export interface CheckResult extends Finding {
  assessor: Assessor;
  /** This check's share of the exposure in tenths (0 when it passes or does not apply). */
  share: number;
}

export type ExposureLabel = 'PERFECT' | 'SAFE' | 'OK' | 'MEDIUM' | 'EXPOSED' | 'UNSAFE' | 'DANGEROUS';

export interface ExposureReport {
  /** Tenths: 96 is shown as 9.6. */
  exposure: number;
  label: ExposureLabel;
  checks: CheckResult[];
}

const BANDS: readonly [number, ExposureLabel][] = [
  [100, 'DANGEROUS'], [90, 'UNSAFE'], [75, 'EXPOSED'], [50, 'MEDIUM'], [10, 'OK'], [1, 'SAFE'], [0, 'PERFECT'],
];

const divRoundUp = (a: number, b: number) => Math.floor((a + b - 1) / b);

export function exposureLabel(exposure: number): ExposureLabel {
  return BANDS.find(([floor]) => exposure >= floor)?.[1] ?? 'PERFECT';
}

/** `9.6` for 96. */
export function formatExposure(exposure: number): string {
  return `${Math.floor(exposure / 10)}.${exposure % 10}`;
}

/** The exposure report of a service unit from its settings (unit file and drop-ins, in reading order). */
export function assessService(settings: UnitSettings): ExposureReport {
  const info = readSecurityInfo(settings);
  let badnessSum = 0;
  let weightSum = 0;
  const found = ASSESSORS.map((assessor) => {
    const finding: Finding = assessor.defaultDependenciesOnly && !info.defaultDependencies ? { badness: null } : assessor.assess(info);
    if (finding.badness !== null) {
      badnessSum += divRoundUp(finding.badness * assessor.weight, assessor.range);
      weightSum += assessor.weight;
    }
    return { assessor, finding };
  });
  const checks = found.map(({ assessor, finding }) => ({
    ...finding,
    assessor,
    share: finding.badness ? divRoundUp(divRoundUp(finding.badness * assessor.weight * 100, assessor.range), weightSum) : 0,
  }));
  const exposure = weightSum > 0 ? divRoundUp(badnessSum * 100, weightSum) : 0;
  return { exposure, label: exposureLabel(exposure), checks };
}
