// Hover on a systemd `%x` specifier or a supervisor `%(name)s` expansion: what it means and, where
// this file decides it, what it stands for here (`%n` is `web.service`, `%(program_name)s` `web`).
import { isUnitKind } from '../classify/fileKind';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { pathOf } from '../classify/classify';
import { expansionSummary } from '../schema/supervisor/expansions';
import { contains } from './cursor';
import { expansionValues } from './expansionValues';
import { codeSpan, escapeMarkdown, inlineMarkdown } from './inlineText';
import { findSpecifier, specifierMarkdown } from './specifiers';
import { FILE_SPECIFIERS, specifierValue } from './specifierValues';
import { valueMarkdown, type ValueHoverContext } from './valueHoverContext';
import { english } from '../l10n/translator';

/** The offset of the `%` of a specifier that covers `offset`, skipping `%%` pairs. */
function specifierAt(value: string, offset: number): number | undefined {
  for (let i = 0; i < value.length && i <= offset; i++) {
    if (value[i] !== '%') continue;
    if (offset <= i + 1 && value[i + 1] !== undefined) return i;
    i++;
  }
  return undefined;
}

/** Instance-dependent letters: a template file cannot know them. */
const INSTANCE_LETTERS = new Set(['n', 'N', 'i', 'I', 'f', 'd']);

export function specifierHover(context: ValueHoverContext): Hover | null {
  const { analyzed, entry, offset, version } = context;
  const t = context.t ?? english;
  const kind = analyzed.kind;
  // Specifiers are expanded in units only; a family file's `%` is literal.
  if (!isUnitKind(kind)) return null;
  const at = specifierAt(entry.value, offset);
  const letter = at === undefined ? undefined : entry.value[at + 1];
  const fact = letter === undefined ? undefined : findSpecifier(letter);
  if (at === undefined || !letter || !fact) return null;
  const filePath = analyzed.uri.startsWith('file:') ? pathOf(analyzed.uri) : undefined;
  const found = specifierValue(kind, filePath, letter, version);
  let here = '';
  if (found && letter !== '%') {
    const value = codeSpan(found.value === '' ? '""' : found.value);
    const where = found.source === 'file' ? t.format('In this file: {value}', { value }) : t.format('For the system manager: {value}', { value });
    here = `${where}${found.note ? t.format(' ({note})', { note: escapeMarkdown(t.message(found.note)) }) : ''}\n\n`;
  } else if (kind.template && INSTANCE_LETTERS.has(letter)) {
    here = `${t.format('Depends on the instance this template is started as.')}\n\n`;
  } else if (!FILE_SPECIFIERS.has(letter) && letter !== '%') {
    here = `${t.format(kind.scope === 'user' ? 'Decided by the user manager running the unit.' : 'Decided by the machine the unit runs on.')}\n\n`;
  }
  // After the meaning, before the release and the link.
  return valueMarkdown(context, specifierMarkdown(fact, t).replace('\n\n', `\n\n${here}`), at, at + 2);
}

export function expansionHover(context: ValueHoverContext): Hover | null {
  const { analyzed, section, entry, directive, position, workspace } = context;
  const t = context.t ?? english;
  const expansion = entry.expansions.find((e) => contains(e.range, position));
  if (!expansion) return null;
  const known = directive.expansions?.includes(expansion.name) || expansion.name.startsWith('ENV_');
  const summary = expansionSummary(expansion.name);
  const value = section ? expansionValues(analyzed, workspace)(section, entry, expansion) : undefined;
  const text = `**${escapeMarkdown(`%(${expansion.name})${expansion.conversion}`)}**\n\n` + (summary ? `${inlineMarkdown(t.schema(summary))}\n\n` : '')
    + (value !== undefined ? `${t.format('In [{section}]: {value}', { section: escapeMarkdown(section?.name ?? ''), value: codeSpan(value) })}\n\n` : '') + (known
    ? t.format('supervisord replaces it when it reads {option}.', { option: codeSpan(directive.name) })
    : t.format('{option} does not expand {name}: supervisord refuses the config.', { option: codeSpan(directive.name), name: codeSpan(expansion.name) }));
  return { contents: { kind: MarkupKind.Markdown, value: text }, range: expansion.range };
}
