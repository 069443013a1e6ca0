// The merged unit as text a user can read and systemd could load: a header comment listing the
// files in the order they were read, then each section with the directives in effect, each under a
// `# from /path:line` comment (1-based, as editors and `systemctl cat` users count lines).
import type { EffectiveLine, EffectiveUnitResult } from './protocol';
import type { MergedUnit } from './merge';
import type { UnitSources } from './resolve';

/** A value on one line: continuation lines were joined by the parser; stray line breaks become blanks. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

export function renderEffectiveUnit(sources: UnitSources, merged: MergedUnit): EffectiveUnitResult {
  const out: string[] = [];
  const lines: EffectiveLine[] = [];
  out.push(`# ${sources.unit} as systemd loads it, merged from ${merged.files.length} file${merged.files.length === 1 ? '' : 's'} (read without systemctl):`);
  for (const file of merged.files) out.push(`#   ${file.path}${file.role === 'drop-in' ? '' : ' (unit file)'}`);
  if (!sources.unitFile) out.push(`# The unit file of ${sources.unit} was not found in the workspace or the host's unit folders.`);
  for (const hidden of sources.masked) out.push(`# Not read: ${hidden.path} (masked by ${hidden.by}, of the same name in a folder read first)`);
  for (const section of merged.sections) {
    const directives = section.directives.filter((d) => d.effective.length > 0);
    if (directives.length === 0) continue;
    out.push('', `[${section.name}]`);
    for (const directive of directives) {
      for (const a of directive.effective) {
        const value = oneLine(a.value);
        out.push(`# from ${a.path}:${a.entry.keyRange.start.line + 1}`);
        lines.push({ line: out.length, section: section.name, key: a.key, value, path: a.path, sourceLine: a.entry.keyRange.start.line });
        out.push(`${a.key}=${value}`);
      }
    }
  }
  return { unit: sources.unit, text: `${out.join('\n')}\n`, files: merged.files, masked: sources.masked, lines };
}
