// The exposure score of systemd-analyze security --offline=yes, computed from a unit and its drop-ins.
export { assessService, exposureLabel, formatExposure, type CheckResult, type ExposureLabel, type ExposureReport } from './exposure';
export { settingsOfMerge, type UnitSettings } from './unitSettings';
export { ASSESSORS, type Assessor } from './assessors';
