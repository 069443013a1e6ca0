// Entry of dist/cli.js: `daemon-config check [options] PATH...` (see cli/args.ts).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from './analysis';
import { classifyFile } from './classify/classify';
import { parseArgs, type CheckOptions } from './cli/args';
import { collectFiles } from './cli/collect';
import { formatJson, formatText, summary, type FileReport } from './cli/format';
import { computeDiagnostics } from './features/diagnostics';
import { familyDiagnostics } from './features/familyDiagnostics';
import { lineFormatOf } from './lineFormats/registry';
import { dropInAwareDiagnostics } from './features/dropins';
import { checkerUnitFiles } from './cli/dropIns';
import { fileSystemWorkspace, memoizedWorkspace } from './host/fsWorkspace';
import { runFiles } from './cli/runFiles';
import { runsInUtc } from './host/localZone';
import { useLocalZoneHint } from './calendar/zone';
import { hostPodmanVersion } from './host/podmanVersion';
import { hostSystemdVersion } from './host/systemdVersion';
import { NEWEST_PODMAN } from './schema/quadlet';
import { NEWEST_KNOWN_SYSTEMD } from './settings';
import { environmentLocale, localeOf } from './l10n/locale';
import { localizeDiagnostics } from './l10n/localize';
import { translatorFor } from './l10n/translator';
import { exposureLine, formatExposureLines, type ExposureLine } from './cli/securityThreshold';
import { initScriptOf } from './sysv/initScript';
import { sysvDiagnostics } from './sysv/lsbDiagnostics';

/** pathToFileURL is slow per call; a plain path needs no escaping, so it is used as is. */
function fileUri(path: string): string {
  return /^[A-Za-z0-9/._@+,=:-]*$/.test(path) ? `file://${path}` : pathToFileURL(path).href;
}

const LANGUAGE_OF = { systemd: 'systemd-unit', supervisor: 'supervisor-conf' } as const;
const FAILING_SEVERITY = { error: 1, warning: 2, information: 3 } as const;

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    (parsed.help ? process.stdout : process.stderr).write(parsed.message + '\n');
    return parsed.help ? 0 : 2;
  }
  const { options } = parsed;
  useLocalZoneHint(runsInUtc);
  // Messages in the language asked for; the severity words and codes stay as they are, for tools that read them.
  const t = translatorFor(options.locale !== undefined ? localeOf(options.locale) : environmentLocale(process.env));
  const systemdVersion = options.systemdVersion ?? (await hostSystemdVersion()) ?? NEWEST_KNOWN_SYSTEMD;
  const podmanVersion = options.podmanVersion ?? (await hostPodmanVersion()) ?? NEWEST_PODMAN;
  const { files: collected, folders, errors } = collectFiles(options.paths);
  // `--dialect journald.conf` (a family): every file is read as one, as an association of `**` would.
  const chosenFamily = options.family ? [{ pattern: '**', kind: options.family }] : undefined;
  const files = runFiles();
  const workspace = memoizedWorkspace({ ...fileSystemWorkspace(), readFile: files.text });
  const unitFiles = checkerUnitFiles(collected.map((f) => resolve(f.path)), files.text);
  const reports: FileReport[] = [];
  const exposures: ExposureLine[] = [];
  const checked = new Set<string>();
  for (const file of collected) {
    const read = files.read(file.path);
    if (!read.ok) {
      // A file over the limit was a 100 MB generated one that took the checker to V8's heap limit.
      errors.push(`${file.path}: ${read.message}${read.refusal === 'too-large' ? ': not checked' : ''}`);
      continue;
    }
    const uri = fileUri(resolve(file.path));
    const hint = options.languageId ?? (options.dialect && LANGUAGE_OF[options.dialect]);
    const analyzed = analyze(uri, 0, read.text, hint, options.scope, chosenFamily);
    const found = analyzed ? undefined : classifyFile(uri, read.text, hint, options.scope, chosenFamily);
    if (found && 'evidence' in found) {
      // Another systemd family (Quadlet, networkd, ...): recognised, its syntax checked, its directives not yet.
      checked.add(file.realPath);
      const format = lineFormatOf(found.family);
      const diagnostics = format ? format.diagnostics(read.text, { version: systemdVersion, t, workspace }) : familyDiagnostics(found, read.text);
      reports.push({ file: file.path, diagnostics: localizeDiagnostics(diagnostics, t) });
      continue;
    }
    const script = analyzed || found ? undefined : initScriptOf(uri, read.text);
    if (script) {
      // A SysV init script: its LSB header is checked, the shell around it is not.
      checked.add(file.realPath);
      reports.push({ file: file.path, diagnostics: localizeDiagnostics(sysvDiagnostics(script), t) });
      continue;
    }
    if (!analyzed) {
      // In a folder, a .conf of some other program is normal; a file named on purpose is not.
      if (file.named) errors.push(`${file.path}: neither a systemd unit nor a supervisor config by its name or content; --dialect systemd or --dialect supervisor reads it as one`);
      continue;
    }
    checked.add(file.realPath);
    const diagnostics = computeDiagnostics(analyzed, { systemdVersion, podmanVersion }, workspace);
    reports.push({ file: file.path, diagnostics: localizeDiagnostics(dropInAwareDiagnostics(analyzed, diagnostics, unitFiles, fileUri, { systemdVersion }), t) });
    const exposure = options.securityThreshold === undefined ? undefined : exposureLine(analyzed, file.path, unitFiles, options.securityThreshold);
    if (exposure) exposures.push(exposure);
  }
  for (const folder of folders) {
    if (!folder.found.some((path) => checked.has(path))) errors.push(`${folder.path}: no systemd unit or supervisor config found in this folder`);
  }
  for (const error of errors) process.stderr.write(`daemon-config: ${error}\n`);
  process.stdout.write(options.format === 'json' ? formatJson(reports, exposures) : formatText(reports));
  if (options.format === 'text' && options.securityThreshold !== undefined) process.stdout.write(formatExposureLines(exposures, options.securityThreshold, t));
  if (options.format === 'text') process.stderr.write(summary(reports, t) + '\n');
  if (errors.length) return 2;
  return fails(reports, options) || exposures.some((e) => e.above) ? 1 : 0;
}

function fails(reports: FileReport[], options: CheckOptions): boolean {
  const least = FAILING_SEVERITY[options.maxSeverity];
  return reports.some((r) => r.diagnostics.some((d) => (d.severity ?? 1) <= least));
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`daemon-config: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
