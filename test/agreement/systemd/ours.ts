// Our side: the bundled checker, `node dist/cli.js check --format json`, on the same files.
import { execFile } from 'node:child_process';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface OurReport {
  file: string;
  diagnostics: Diagnostic[];
}

function check(cli: string, files: string[], version: number): Promise<OurReport[]> {
  return new Promise((resolve, reject) => {
    execFile('node', [cli, 'check', '--format', 'json', '--systemd-version', String(version), ...files],
      { maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as OurReport[]);
        } catch {
          reject(new Error(`checker failed: ${error?.message ?? ''} ${stderr}`));
        }
      });
  });
}

export async function runOurs(cli: string, files: string[], version: number): Promise<OurReport[]> {
  const out: OurReport[] = [];
  for (let i = 0; i < files.length; i += 400) out.push(...await check(cli, files.slice(i, i + 400), version));
  return out;
}
