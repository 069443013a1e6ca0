// Output of the checker: compiler-style text, or JSON of LSP diagnostics.
import type { Diagnostic } from 'vscode-languageserver-types';

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

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}

export function summary(reports: FileReport[]): string {
  const count = (s: number) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => (d.severity ?? 1) === s).length, 0);
  return `${reports.length} file(s) checked: ${count(1)} error(s), ${count(2)} warning(s), ${count(3)} information`;
}
