// systemd-specific diagnostic rules (the generic, schema-driven ones live in rules/common).
import { outsideIgnoredSections } from '../common/ignoredSections';
import type { Rule } from '../types';
import { calendarNeverElapses } from './calendarSilent';
import { deprecatedDirective } from './deprecated';
import { deprecatedValue } from './deprecatedValue';
import { emptyValue } from './emptyValue';
import { ignoredHere } from './ignoredHere';
import { noInstallSection, wantedByNonTarget } from './install';
import { isolateSeveralUnits } from './jobModeChecks';
import { apiMountPoint, automountReservedOption, mountWithoutWhat, namePathMismatch } from './mountChecks';
import { pamKillMode } from './pamKillMode';
import { dbusWithoutBusName, exitTypeWithOneshot, missingExecStart, restartForceWithOneshot, restartWithOneshot, severalExecStart } from './serviceChecks';
import { invalidSliceName } from './sliceName';
import { acceptMaxConnections, acceptNonAccepting, acceptWithService, socketWithoutListen } from './socketChecks';
import { socketPathTooLong, symlinksWithoutOnePath } from './socketPaths';
import { pathWithoutPath, timerWithoutTime } from './triggerChecks';
import { systemOnlySetting, systemTargetInUserUnit } from './userUnit';
import { newerThanTarget } from './versions';

/** The checks systemd makes as it loads a unit: failing one, the whole unit is refused. */
export const loadRefusalRules: Rule[] = [
  restartWithOneshot, severalExecStart, missingExecStart, dbusWithoutBusName, exitTypeWithOneshot, restartForceWithOneshot, pamKillMode,
  socketWithoutListen, acceptNonAccepting, acceptMaxConnections, acceptWithService, symlinksWithoutOnePath,
  namePathMismatch, mountWithoutWhat, apiMountPoint, automountReservedOption, timerWithoutTime, pathWithoutPath, invalidSliceName,
  isolateSeveralUnits,
];

export const systemdRules: Rule[] = [
  ...[newerThanTarget, deprecatedDirective, deprecatedValue, emptyValue, ignoredHere, socketPathTooLong].map(outsideIgnoredSections),
  ...loadRefusalRules,
  noInstallSection, wantedByNonTarget, systemTargetInUserUnit, ...[systemOnlySetting, calendarNeverElapses].map(outsideIgnoredSections),
];
