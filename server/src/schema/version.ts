// Version comparison for both dialects: systemd releases are integers, supervisor's are dotted.
import type { Version } from './types';

export function compareVersions(a: Version, b: Version): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const pa = String(a).split('.').map((part) => parseInt(part, 10) || 0);
  const pb = String(b).split('.').map((part) => parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** True when `version` lies within [since, until]; open ends count as unbounded. */
export function versionWithin(version: Version, since: Version | undefined, until: Version | undefined): boolean {
  if (since !== undefined && compareVersions(version, since) < 0) return false;
  if (until !== undefined && compareVersions(version, until) > 0) return false;
  return true;
}
