// Our side: the language server's diagnostics for the same unit files, read in process, per line.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import type { Judged, Verdict } from './oracle';

/** Codes about the unit as a whole or about repeating a key: not a verdict on the value of the line. */
const NOT_ABOUT_THE_VALUE = new Set(['systemd/duplicate-directive', 'systemd/several-execstart', 'systemd/restart-with-oneshot',
  'systemd/missing-execstart', 'systemd/dbus-without-busname', 'systemd/exit-type-with-oneshot', 'systemd/missing-install',
  // Refusals of the whole unit (systemd logs them without a line): the agreement suite judges those.
  'systemd/accept-max-connections', 'systemd/accept-non-accepting', 'systemd/accept-with-service', 'systemd/api-mount-point',
  'systemd/automount-reserved-option', 'systemd/invalid-slice-name', 'systemd/isolate-several-units', 'systemd/mount-without-what',
  'systemd/name-path-mismatch', 'systemd/pam-kill-mode', 'systemd/path-without-path', 'systemd/restart-force-with-oneshot',
  'systemd/socket-without-listen', 'systemd/symlinks-without-one-path', 'systemd/timer-without-time']);

export interface Ours {
  verdict: Verdict;
  diagnostics: Diagnostic[];
}

/** Our verdict for each judged value, in the same order. */
export function ourVerdicts(judged: readonly Judged[], version: number): Ours[] {
  const perFile = new Map<string, Diagnostic[]>();
  for (const file of new Set(judged.map((j) => j.file))) {
    const analyzed = analyze(pathToFileURL(file).href, 0, readFileSync(file, 'utf8'));
    perFile.set(file, analyzed ? computeDiagnostics(analyzed, { systemdVersion: version }) : []);
  }
  return judged.map((j) => {
    const diagnostics = (perFile.get(j.file) ?? []).filter((d) =>
      d.range.start.line === j.line - 1 && !NOT_ABOUT_THE_VALUE.has(String(d.code)));
    const severities = diagnostics.map((d) => d.severity ?? DiagnosticSeverity.Error);
    const verdict: Verdict = severities.includes(DiagnosticSeverity.Error) ? 'error'
      : severities.includes(DiagnosticSeverity.Warning) ? 'warning' : 'ok';
    return { verdict, diagnostics };
  });
}
