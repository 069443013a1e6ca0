// Value validators for systemd units, by value kind (ValueSpec.kind). Every validator also applies the
// rule all systemd values share: values that go through specifier expansion refuse unknown `%x`
// sequences. Empty values are left to the systemd/empty-value rule.
import { specifierDirectives } from '../../schema/systemd/directives.generated';
import type { ValidatorTable, ValueValidator } from '../types';
import { validateBoolean } from './boolean';
import { validateBytes } from './bytes';
import { validateCalendar } from './calendar';
import { validateCommand } from './command';
import { validateEnum } from './enum';
import { validateEnvironment } from './environment';
import { validateInteger } from './integer';
import { validateRlimit } from './limits';
import { validateExitStatus, validateMode, validatePercent } from './misc';
import { validateConditionPath, validatePath } from './path';
import { validateSignal } from './signal';
import { checkSpecifiers } from './specifiers';
import { validateTimespan } from './timespan';
import { validateUnit, validateUnits } from './units';
import { validateUser } from './user';
import { exactValidator } from './exact';

const anything: ValueValidator = () => [];

/** Kinds whose validators read around specifiers themselves (paths, command lines, names). */
const STRUCTURED_KINDS = new Set(['command', 'path', 'condition-path', 'units', 'unit', 'environment', 'text', 'user']);

function shared(validate: ValueValidator): ValueValidator {
  return (value, spec, context) => {
    if (value.trim() === '') return []; // refused only by some directives: the systemd/empty-value rule

    const expands = specifierDirectives.has(context.key);
    // A number or word with a specifier in it is only known once the unit is loaded: not judged here.
    if (expands && !STRUCTURED_KINDS.has(spec.kind) && /%[A-Za-z0-9]/.test(value)) return checkSpecifiers(value, context.version);
    const issues = (exactValidator(context.key) ?? validate)(value, spec, context);
    if (expands) issues.push(...checkSpecifiers(value, context.version));
    return issues;
  };
}

const byKind: Record<string, ValueValidator> = {
  boolean: validateBoolean,
  enum: validateEnum,
  timespan: validateTimespan,
  calendar: validateCalendar,
  bytes: validateBytes,
  rlimit: validateRlimit,
  integer: validateInteger,
  percent: validatePercent,
  signal: validateSignal,
  path: validatePath,
  'condition-path': validateConditionPath,
  condition: anything,
  command: validateCommand,
  units: validateUnits,
  unit: validateUnit,
  environment: validateEnvironment,
  mode: validateMode,
  user: validateUser,
  'exit-status': validateExitStatus,
  text: anything,
};

export const systemdValidators: ValidatorTable = Object.fromEntries(
  Object.entries(byKind).map(([kind, validate]) => [kind, shared(validate)]));

/**
 * The same validators without what only units have (specifier expansion, exact parsers chosen by a unit
 * directive's name): for the files of systemd's other families, whose keys may share a unit key's name.
 */
export const familyValidators: ValidatorTable = Object.fromEntries(Object.entries(byKind).map(([kind, validate]) =>
  [kind, ((value, spec, context) => (value.trim() === '' ? [] : validate(value, spec, context))) satisfies ValueValidator]));

export { isCalendarSpec } from './calendar';
export { parseBoolean, BOOLEAN_WORDS } from './boolean';
export { timespanError, TIME_UNITS } from './timespan';
export { isUnitName } from './units';
export { checkSpecifiers, UNKNOWN_SPECIFIER } from './specifiers';
