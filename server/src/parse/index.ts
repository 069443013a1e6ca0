// Entry point: parse text in the given dialect.
import type { Dialect, ParsedDocument } from './model';
import { parseSupervisor } from './supervisor';
import { parseSystemd } from './systemd';

export function parse(text: string, dialect: Dialect): ParsedDocument {
  return dialect === 'systemd' ? parseSystemd(text) : parseSupervisor(text);
}

export { offsetAt, positionAt } from './positions';
