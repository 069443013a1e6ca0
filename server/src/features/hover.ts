// Hover: what a section, a directive or a value means. Values are valueHover.ts's.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { findDirective, findSection, sectionType } from '../schema/lookup';
import type { Version } from '../schema/types';
import { contains, locate } from './cursor';
import { directiveMarkdown, sectionMarkdown } from './markdown';
import { manualSection, type HoverManual } from './manual/manualHover';
import { timerHoverMarkdown } from './timerHover';
import { valueHover, type HoverHostFacts } from './valueHover';

/**
 * `manual`: the host's man pages, whose entry for a systemd directive follows our own text.
 * `host`: the unit files and other files a value's hover may look at.
 */
export function hover(analyzed: AnalyzedDocument, position: Position, version: Version, manual?: HoverManual, host: HoverHostFacts = {}): Hover | null {
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
  return valueHover({ ...host, analyzed, position, section: cursor.section, sectionType: type, entry, directive, offset: cursor.valueOffset, version });
}
