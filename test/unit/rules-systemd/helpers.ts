// Run the systemd diagnostics on a marked string: `<<` and `>>` surround the ranges expected for the code under test.
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { mark } from '../../helpers/markers';

export function diagnose(text: string, path = '/etc/systemd/system/app.service', version = 252): Diagnostic[] {
  const analyzed = analyze(`file://${path}`, 1, text, 'systemd-unit');
  if (!analyzed) throw new Error('not recognised as a unit');
  return computeDiagnostics(analyzed, { systemdVersion: version }, undefined, (code, error) => { throw new Error(`${code}: ${String(error)}`); });
}

/** Asserts that `code` is reported exactly at the marked ranges; returns those diagnostics. */
export function expectAt(code: string, source: string, path?: string, version?: number): Diagnostic[] {
  const { text, ranges } = mark(source);
  const found = diagnose(text, path, version).filter((d) => d.code === code);
  const where = (r: Diagnostic['range']) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  assert.deepEqual(found.map((d) => where(d.range)).sort(), ranges.map(where).sort(), `${code} in:\n${text}`);
  return found;
}
