// A drop-in systemd never reads: a file of the same name in a folder it reads first (`/etc` before
// `/run` before `/usr/lib`, the unit's own folder before its prefix folders) takes its place. Edits
// to it change nothing, which is worth a warning on its first line.
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnostic, WARNING } from '../../rules/common/diagnostic';
import { linkRuleDocs } from '../ruleDocs';
import { SOURCE } from '../diagnostics';
import type { UnitMerge } from './unitMerge';

export const MASKED_DROP_IN = 'systemd/masked-drop-in';

export function maskedDropIn(merge: UnitMerge, path: string, uriOf: (path: string) => string): Diagnostic[] {
  const masked = merge.sources.masked.find((m) => m.path === path);
  if (!masked) return [];
  const start = { line: 0, character: 0 };
  const d = diagnostic({ start, end: start }, `systemd does not read this drop-in for ${merge.sources.unit}: ${masked.by} has the same file name in a folder read first. Edit that file, or rename this one.`, WARNING);
  d.code = MASKED_DROP_IN;
  d.source = SOURCE;
  d.relatedInformation = [{ location: { uri: uriOf(masked.by), range: { start, end: start } }, message: 'the drop-in systemd reads instead' }];
  linkRuleDocs(d);
  return [d];
}
