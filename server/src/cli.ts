// Entry of dist/cli.js: `daemon-config check [--format text|json] [--systemd-version N] PATH...`.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from './analysis';
import { parseArgs } from './cli/args';
import { collectFiles } from './cli/collect';
import { formatJson, formatText, summary, type FileReport } from './cli/format';
import { computeDiagnostics } from './features/diagnostics';
import { fileSystemWorkspace, memoizedWorkspace } from './host/fsWorkspace';
import { hostSystemdVersion } from './host/systemdVersion';
import { NEWEST_KNOWN_SYSTEMD } from './settings';
import { MAX_CHECKED_BYTES, oversizeFileMessage } from './limits';

/** pathToFileURL is slow per call; a plain path needs no escaping, so it is used as is. */
function fileUri(path: string): string {
  return /^[A-Za-z0-9/._@+,=:-]*$/.test(path) ? `file://${path}` : pathToFileURL(path).href;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    (parsed.help ? process.stdout : process.stderr).write(parsed.message + '\n');
    return parsed.help ? 0 : 2;
  }
  const { options } = parsed;
  const systemdVersion = options.systemdVersion ?? (await hostSystemdVersion()) ?? NEWEST_KNOWN_SYSTEMD;
  const { files, errors } = collectFiles(options.paths);
  const workspace = memoizedWorkspace(fileSystemWorkspace());
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      // Refused before reading: a 100 MB file took the checker to V8's heap limit.
      const { size } = statSync(file);
      if (size > MAX_CHECKED_BYTES) {
        errors.push(`${file}: ${oversizeFileMessage(size)}`);
        continue;
      }
      text = readFileSync(file, 'utf8');
    } catch (error) {
      errors.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    const analyzed = analyze(fileUri(resolve(file)), 0, text);
    if (!analyzed) continue; // a .conf that is neither dialect
    reports.push({ file, diagnostics: computeDiagnostics(analyzed, { systemdVersion }, workspace) });
  }
  for (const error of errors) process.stderr.write(`daemon-config: ${error}\n`);
  process.stdout.write(options.format === 'json' ? formatJson(reports) : formatText(reports));
  if (options.format === 'text') process.stderr.write(summary(reports) + '\n');
  if (errors.length) return 2;
  return reports.some((r) => r.diagnostics.some((d) => (d.severity ?? 1) === 1)) ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`daemon-config: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
