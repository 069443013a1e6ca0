// systemd-specific diagnostic rules (the generic, schema-driven ones live in rules/common).
import type { Rule } from '../types';
import { calendarNeverElapses } from './calendarSilent';
import { deprecatedDirective } from './deprecated';
import { deprecatedValue } from './deprecatedValue';
import { emptyValue } from './emptyValue';
import { ignoredHere } from './ignoredHere';
import { noInstallSection, wantedByNonTarget } from './install';
import { dbusWithoutBusName, exitTypeWithOneshot, missingExecStart, restartWithOneshot, severalExecStart } from './serviceChecks';
import { systemOnlySetting, systemTargetInUserUnit } from './userUnit';
import { newerThanTarget } from './versions';

export const systemdRules: Rule[] = [
  newerThanTarget, deprecatedDirective, deprecatedValue, emptyValue, ignoredHere,
  restartWithOneshot, severalExecStart, missingExecStart, dbusWithoutBusName, exitTypeWithOneshot,
  noInstallSection, wantedByNonTarget, systemTargetInUserUnit, systemOnlySetting, calendarNeverElapses,
];
