// Output of the checker: compiler-style text, or JSON of LSP diagnostics.
import type { Diagnostic } from 'vscode-languageserver-types';
import { english, type Translator } from '../l10n/translator';

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of reports) {
    for (const d of diagnostics) {
      const code = d.code !== undefined ? ` [${d.code}]` : '';
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY[d.severity ?? 1]}: ${d.message}${code}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** With `--security-threshold`, a file that is a service carries its `exposure` (a number such as 9.6), `label` and `aboveThreshold`. */
export function formatJson(reports: FileReport[], exposures: readonly { file: string; exposure: number; label: string; above: boolean }[] = []): string {
  const scored = new Map(exposures.map((e) => [e.file, { exposure: e.exposure / 10, label: e.label, aboveThreshold: e.above }]));
  return JSON.stringify(reports.map((r) => ({ ...r, ...scored.get(r.file) })), null, 2) + '\n';
}

export function summary(reports: FileReport[], t: Translator = english): string {
  const count = (s: number) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => (d.severity ?? 1) === s).length, 0);
  return t.format('{files} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} information',
    { files: reports.length, errors: count(1), warnings: count(2), infos: count(3) });
}
