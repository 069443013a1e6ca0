// Entry point: parse text in the given dialect.
import type { Dialect, ParsedDocument } from './model';
import { parseSupervisor, supervisorSteps } from './supervisor';
import { parseSystemd, systemdSteps } from './systemd';

export function parse(text: string, dialect: Dialect): ParsedDocument {
  return dialect === 'systemd' ? parseSystemd(text) : parseSupervisor(text);
}

/** The parse in steps (see steps.ts). */
export function parseSteps(text: string, dialect: Dialect): Generator<void, ParsedDocument> {
  return dialect === 'systemd' ? systemdSteps(text) : supervisorSteps(text);
}

export { offsetAt, positionAt } from './positions';
