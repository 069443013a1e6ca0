// The merged unit as text a user can read and systemd could load: a header comment listing the
// files in the order they were read, then each section with the directives in effect, each under a
// `# from /path:line` comment (1-based, as editors and `systemctl cat` users count lines).
import { english, type Translator } from '../../l10n/translator';
import type { EffectiveLine, EffectiveUnitResult } from './protocol';
import type { MergedUnit } from './merge';
import type { UnitSources } from './resolve';

/** A value on one line: continuation lines were joined by the parser; stray line breaks become blanks. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** The comments are in the translator's language (the catalog's effectiveUnitComments); the directives stay as written. */
export function renderEffectiveUnit(sources: UnitSources, merged: MergedUnit, t: Translator = english): EffectiveUnitResult {
  const out: string[] = [];
  const lines: EffectiveLine[] = [];
  const n = merged.files.length;
  out.push(`# ${t.format(`{unit} as systemd loads it, merged from {n} file${n === 1 ? '' : 's'} (read without systemctl):`, { unit: sources.unit, n })}`);
  for (const file of merged.files) out.push(`#   ${file.role === 'drop-in' ? file.path : t.format('{path} (unit file)', { path: file.path })}`);
  if (!sources.unitFile) out.push(`# ${t.format('The unit file of {unit} was not found in the workspace or the host\'s unit folders.', { unit: sources.unit })}`);
  for (const hidden of sources.masked) {
    out.push(`# ${t.format('Not read: {path} (masked by {by}, of the same name in a folder read first)', { path: hidden.path, by: hidden.by })}`);
  }
  for (const section of merged.sections) {
    const directives = section.directives.filter((d) => d.effective.length > 0);
    if (directives.length === 0) continue;
    out.push('', `[${section.name}]`);
    for (const directive of directives) {
      for (const a of directive.effective) {
        const value = oneLine(a.value);
        out.push(`# ${t.format('from {path}:{line}', { path: a.path, line: a.entry.keyRange.start.line + 1 })}`);
        lines.push({ line: out.length, section: section.name, key: a.key, value, path: a.path, sourceLine: a.entry.keyRange.start.line });
        out.push(`${a.key}=${value}`);
      }
    }
  }
  return { unit: sources.unit, text: `${out.join('\n')}\n`, files: merged.files, masked: sources.masked, lines };
}
