// Hover on a unit name in `After=`, `Wants=`, `WantedBy=`, ...: the first line of that unit's
// `Description=` and where its file is, when the workspace or the host's unit folders have it.
import type { Hover } from 'vscode-languageserver-types';
import type { SystemdFileKind } from '../classify/fileKind';
import { parse } from '../parse';
import { specialUnits } from '../schema/systemd/directives.generated';
import type { Version } from '../schema/types';
import { codeSpan, escapeMarkdown } from './inlineText';
import { specifierOccurrences, specifierValue, FILE_SPECIFIERS } from './specifierValues';
import { UNIT_KINDS, unitFileFor, unitTokens } from './unitValues';
import { valueMarkdown, type ValueHoverContext } from './valueHoverContext';

/** A unit file larger than this is not read for its description (real ones are a few KB). */
const MAX_UNIT_TEXT = 256 * 1024;
const MAX_DESCRIPTION = 200;

/** The `Description=` of a unit file's `[Unit]`, its first line, `%i` & co. filled in for `unitName`. */
export function descriptionOf(text: string, unitName: string, scope: SystemdFileKind['scope'], version: Version): string | undefined {
  if (text.length > MAX_UNIT_TEXT) return undefined;
  const doc = parse(text, 'systemd');
  const entry = doc.sections.filter((s) => s.name === 'Unit').flatMap((s) => s.entries).filter((e) => e.key === 'Description').pop();
  const line = entry?.value.split('\n')[0].trim();
  if (!line) return undefined;
  // The description of an instance, as `systemctl status` shows it.
  const kind: SystemdFileKind = { dialect: 'systemd', unitType: undefined, unitName, dropIn: false, template: unitName.includes('@.'), scope };
  let filled = '';
  let last = 0;
  for (const { letter, start } of specifierOccurrences(line)) {
    const value = FILE_SPECIFIERS.has(letter) || letter === '%' ? specifierValue(kind, undefined, letter, version)?.value : undefined;
    filled += line.slice(last, start) + (value ?? line.slice(start, start + 2));
    last = start + 2;
  }
  filled += line.slice(last);
  return filled.length > MAX_DESCRIPTION ? `${filled.slice(0, MAX_DESCRIPTION - 1)}…` : filled;
}

export function unitNameHover(context: ValueHoverContext): Hover | null {
  const { analyzed, entry, directive, offset, units, workspace, version } = context;
  const kind = analyzed.kind;
  if (kind.dialect !== 'systemd' || !UNIT_KINDS.has(directive.value.kind)) return null;
  const token = unitTokens(entry.value).find((t) => t.start <= offset && offset < t.end);
  if (!token) return null;
  const parts = [`**${escapeMarkdown(token.name)}**`];
  const file = units ? unitFileFor(units, token.name, kind.scope) : undefined;
  const text = file ? workspace?.readFile(file.path) : undefined;
  const description = text === undefined ? undefined : descriptionOf(text, token.name, kind.scope, version);
  if (description) parts.push(escapeMarkdown(description));
  if (file) parts.push(`${file.origin === 'workspace' ? 'In the workspace' : 'On this machine'}: ${codeSpan(file.path)}`);
  else if (specialUnits.some((u) => u.name === token.name)) parts.push('A special unit of systemd.');
  else return null;
  return valueMarkdown(context, parts.join('\n\n'), token.start, token.end);
}
