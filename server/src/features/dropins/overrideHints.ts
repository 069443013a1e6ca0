// Inlay hints on a directive whose value a file read later changes (issue 13.6): after the line, the
// value in effect and the drop-in that sets it (`Type=simple  → notify (foo.service.d/override.conf)`).
// Off by default (`daemonConfig.inlayHints.dropInOverrides`): it reads the unit's drop-ins.
import { InlayHintKind, type InlayHint } from 'vscode-languageserver-types';
import type { Assignment } from './merge';
import { shortName } from './execStartChecks';
import type { UnitMerge } from './unitMerge';

/** A value longer than this is cut in the label (the tooltip and the effective unit show it whole). */
const MAX_VALUE = 40;

function short(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function hint(at: Assignment, label: string, tooltip: string): InlayHint {
  return { position: at.entry.valueRange.end, label, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip };
}

function where(a: Assignment): string {
  return `${a.path}:${a.entry.keyRange.start.line + 1}`;
}

/** Hints on the lines of `path` that a later file overrides, resets or adds to. */
export function dropInOverrideHints(merge: UnitMerge, path: string): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const section of merge.merged.sections) {
    for (const directive of section.directives) {
      const all = directive.assignments;
      const lastHere = all.map((a, i) => ({ a, i })).filter(({ a }) => a.path === path).at(-1);
      if (!lastHere) continue;
      const later = all.slice(lastHere.i + 1).filter((a) => a.path !== path);
      if (later.length === 0) continue;
      const reset = later.map((a) => a.value).lastIndexOf('');
      const source = (a: Assignment) => shortName(a.path, a.role);
      if (!directive.list || reset >= 0) {
        const effective = directive.effective.at(-1);
        const from = effective ?? later[reset >= 0 ? reset : later.length - 1];
        const values = directive.effective.map((a) => a.value).join(' · ');
        const label = effective ? `→ ${short(values)} (${source(from)})` : `→ reset by ${source(from)}`;
        hints.push(hint(lastHere.a, label, `In effect: ${effective ? `${directive.key}=${effective.value}` : 'the default'}, from ${where(from)}`));
        continue;
      }
      const added = later.filter((a) => a.value !== '');
      const files = [...new Set(added.map(source))];
      hints.push(hint(lastHere.a, `+ ${added.length === 1 ? short(added[0].value) : `${added.length} more`} (${files.join(', ')})`,
        `Added by ${added.map(where).join(', ')}`));
    }
  }
  return hints;
}
