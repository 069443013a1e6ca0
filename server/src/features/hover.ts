// Hover: what a section, a directive, a value or an expansion means.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { positionAt } from '../parse/positions';
import { findDirective, findSection, sectionType } from '../schema/lookup';
import { expansionSummary } from '../schema/supervisor/expansions';
import type { Version } from '../schema/types';
import { contains, locate, wordAt } from './cursor';
import { codeSpan, escapeMarkdown, inlineMarkdown } from './inlineText';
import { directiveMarkdown, enumValueMarkdown, sectionMarkdown } from './markdown';
import { manualSection, type HoverManual } from './manual/manualHover';
import { findSpecifier, specifierMarkdown } from './specifiers';
import { timerHoverMarkdown } from './timerHover';

/** The offset of the `%` of a specifier that covers `offset`, skipping `%%` pairs. */
function specifierAt(value: string, offset: number): number | undefined {
  for (let i = 0; i < value.length && i <= offset; i++) {
    if (value[i] !== '%') continue;
    if (offset <= i + 1 && value[i + 1] !== undefined) return i;
    i++;
  }
  return undefined;
}

/** `manual`: the host's man pages, whose entry for a systemd directive follows our own text. */
export function hover(analyzed: AnalyzedDocument, position: Position, version: Version, manual?: HoverManual): Hover | null {
  const { doc, support } = analyzed;
  const cursor = locate(doc, position);
  const markdown = (value: string, range: Hover['range']): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });
  if (cursor.part === 'header' && cursor.section && contains(cursor.section.headerRange, position)) {
    const spec = findSection(support.schema, cursor.section.name);
    return spec ? markdown(sectionMarkdown(spec), cursor.section.headerRange) : null;
  }
  const entry = cursor.entry;
  if (!entry) return null;
  const type = cursor.section ? sectionType(doc.dialect, cursor.section.name) : undefined;
  const directive = findDirective(support.schema, entry.key, type);
  if (!directive) return null;
  if (cursor.part === 'key') {
    const fromManual = doc.dialect === 'systemd' ? manualSection(manual, directive, type, version) : '';
    const firing = timerHoverMarkdown(analyzed, cursor);
    return markdown(directiveMarkdown(directive, entry.separator, version, type) + (firing ? `\n\n---\n\n${firing}` : '') + fromManual, entry.keyRange);
  }
  if (cursor.part !== 'value') return null;
  const timer = timerHoverMarkdown(analyzed, cursor);
  if (timer) return markdown(timer, entry.valueRange);
  const expansion = entry.expansions.find((e) => contains(e.range, position));
  if (expansion) {
    const known = directive.expansions?.includes(expansion.name) || expansion.name.startsWith('ENV_');
    const summary = expansionSummary(expansion.name);
    const text = `**${escapeMarkdown(`%(${expansion.name})${expansion.conversion}`)}**\n\n` + (summary ? `${inlineMarkdown(summary)}\n\n` : '') + (known
      ? `supervisord replaces it when it reads ${codeSpan(directive.name)}.`
      : `${codeSpan(directive.name)} does not expand ${codeSpan(expansion.name)}: supervisord refuses the config.`);
    return markdown(text, expansion.range);
  }
  if (doc.dialect === 'systemd') {
    const specifier = specifierAt(entry.value, cursor.valueOffset);
    const fact = specifier === undefined ? undefined : findSpecifier(entry.value[specifier + 1]);
    if (specifier !== undefined && fact) {
      return markdown(specifierMarkdown(fact),
        { start: positionAt(entry.pieces, specifier), end: positionAt(entry.pieces, specifier + 2) });
    }
  }
  const word = wordAt(entry.value, cursor.valueOffset);
  const text = entry.value.slice(word.start, word.end);
  const value = directive.value.values?.find((v) => v.name === text);
  if (!value) return null;
  return markdown(enumValueMarkdown(directive, value),
    { start: positionAt(entry.pieces, word.start), end: positionAt(entry.pieces, word.end) });
}
