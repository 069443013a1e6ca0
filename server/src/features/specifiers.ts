// systemd `%x` specifiers: completion after `%`, and what one means on hover.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { systemdSpecifiers, type SpecifierFact } from '../schema/systemd/directives.generated';
import type { Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { escapeMarkdown, inlineMarkdown } from './inlineText';

const MANUAL = 'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#Specifiers';

export function specifierMarkdown(fact: SpecifierFact): string {
  const since = fact.since ? `\n\nSince systemd ${fact.since}` : '';
  const deprecated = fact.deprecated ? '\n\n**Deprecated**' : '';
  return `**${escapeMarkdown(`%${fact.letter}`)}**: ${inlineMarkdown(fact.meaning)}${since}${deprecated}\n\n[Specifiers](${MANUAL})`;
}

export function findSpecifier(letter: string): SpecifierFact | undefined {
  return systemdSpecifiers.find((s) => s.letter === letter);
}

/** Items that replace the `%` (and any letter after it) at `range`. */
export function specifierCompletions(range: Range, version: Version): CompletionItem[] {
  return systemdSpecifiers
    .filter((s) => versionWithin(version, s.since, undefined))
    .map((s) => ({
      label: `%${s.letter}`,
      kind: CompletionItemKind.Constant,
      detail: s.meaning,
      documentation: { kind: MarkupKind.Markdown, value: specifierMarkdown(s) },
      textEdit: { range, newText: `%${s.letter}` },
      filterText: `%${s.letter}`,
      sortText: (s.deprecated ? '1' : '0') + s.letter,
    }));
}
