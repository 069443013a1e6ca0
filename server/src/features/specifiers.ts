// systemd `%x` specifiers: completion after `%`, and what one means on hover.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { systemdSpecifiers, type SpecifierFact } from '../schema/systemd/directives.generated';
import type { Version } from '../schema/types';
import { versionWithin } from '../schema/version';
import { escapeMarkdown, inlineMarkdown } from './inlineText';
import { english, type Translator } from '../l10n/translator';

const MANUAL = 'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#Specifiers';

export function specifierMarkdown(fact: SpecifierFact, t: Translator = english): string {
  const since = fact.since ? `\n\n${t.format('Since systemd {version}', { version: fact.since })}` : '';
  const deprecated = fact.deprecated ? `\n\n**${t.format('Deprecated')}**` : '';
  return `**${escapeMarkdown(`%${fact.letter}`)}**: ${inlineMarkdown(t.schema(fact.meaning))}${since}${deprecated}\n\n[${t.format('Specifiers')}](${MANUAL})`;
}

export function findSpecifier(letter: string): SpecifierFact | undefined {
  return systemdSpecifiers.find((s) => s.letter === letter);
}

/** Items that replace the `%` (and any letter after it) at `range`. */
export function specifierCompletions(range: Range, version: Version, t: Translator = english): CompletionItem[] {
  return systemdSpecifiers
    .filter((s) => versionWithin(version, s.since, undefined))
    .map((s) => ({
      label: `%${s.letter}`,
      kind: CompletionItemKind.Constant,
      detail: t.schema(s.meaning),
      documentation: { kind: MarkupKind.Markdown, value: specifierMarkdown(s, t) },
      textEdit: { range, newText: `%${s.letter}` },
      filterText: `%${s.letter}`,
      sortText: (s.deprecated ? '1' : '0') + s.letter,
    }));
}
