// Building a Quadlet diagnostic: its stable code, severity and optional fixes.
import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { QuickFix } from '../types';
import { diagnostic } from '../common/diagnostic';

export const CODES = {
  unknownKey: 'quadlet/unknown-key',
  newerKey: 'quadlet/newer-key',
  deprecatedKey: 'quadlet/deprecated-key',
  serviceKey: 'quadlet/service-key-not-supported',
  missingKey: 'quadlet/missing-key',
  conflict: 'quadlet/conflicting-keys',
  invalidValue: 'quadlet/invalid-value',
  missingUnit: 'quadlet/missing-unit',
  podmanTooOld: 'quadlet/podman-too-old',
} as const;

export function problem(range: Range, message: string, severity: DiagnosticSeverity, code: string, fixes?: QuickFix[]): Diagnostic {
  const d = diagnostic(range, message, severity, fixes);
  d.code = code;
  return d;
}
