// Checking Quadlet text the way the server does, for the unit tests.
import type { Diagnostic } from 'vscode-languageserver-types';
import { parse } from '../../../server/src/parse';
import { checkQuadlet } from '../../../server/src/rules/quadlet';
import { NEWEST_PODMAN } from '../../../server/src/schema/quadlet';

export function check(fileName: string, text: string, options: { podmanVersion?: string; quadletUnits?: string[] } = {}): Diagnostic[] {
  return checkQuadlet({
    doc: parse(text, 'systemd'), fileName, podmanVersion: options.podmanVersion ?? NEWEST_PODMAN,
    quadletUnits: options.quadletUnits ? new Set([fileName, ...options.quadletUnits]) : undefined,
  });
}

export const errors = (found: Diagnostic[]) => found.filter((d) => d.severity === 1);
export const codes = (found: Diagnostic[]) => found.map((d) => String(d.code));
