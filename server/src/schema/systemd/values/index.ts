// Every hand-written enum value explanation, by directive name; the schema merges them into the value lists.
import { execValueDocs } from './exec';
import { architectureDoc, controllerDoc, coredumpDoc, facilityDoc } from './generic';
import { resourceValueDocs } from './resources';
import { serviceValueDocs } from './service';
import { unitValueDocs } from './unit';

export const enumValueDocs: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ...unitValueDocs,
  ...execValueDocs,
  ...resourceValueDocs,
  ...serviceValueDocs,
  TimeoutStopFailureMode: serviceValueDocs.TimeoutStartFailureMode,
};

const GENERIC: Readonly<Record<string, (value: string) => string>> = {
  Personality: architectureDoc,
  SystemCallArchitectures: architectureDoc,
  SyslogFacility: facilityDoc,
  Delegate: controllerDoc,
  DisableControllers: controllerDoc,
  CoredumpFilter: coredumpDoc,
};

export function valueDocFor(directive: string, value: string): string | undefined {
  return enumValueDocs[directive]?.[value] ?? GENERIC[directive]?.(value);
}
