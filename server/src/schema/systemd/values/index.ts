// Every hand-written enum value explanation, by directive name; the schema merges them into the value lists.
import { serviceValueDocs } from './service';

export const enumValueDocs: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ...serviceValueDocs,
  TimeoutStopFailureMode: serviceValueDocs.TimeoutStartFailureMode,
};
