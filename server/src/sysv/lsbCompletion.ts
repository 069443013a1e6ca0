// Completion in an LSB header: keywords at the start of a line, facilities after a dependency
// keyword, runlevels after Default-Start and Default-Stop.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { Translator } from '../l10n/translator';
import { FACILITIES, KEYWORDS, keywordFact, RUNLEVEL_TARGETS, RUNLEVELS } from './facts';
import type { InitScript } from './initScript';

function replacing(position: Position, from: number, newText: string) {
  return { range: { start: { line: position.line, character: from }, end: position }, newText };
}

function keywordItems(position: Position, from: number, present: Set<string>, t: Translator): CompletionItem[] {
  return KEYWORDS.filter((k) => !present.has(k.name.toLowerCase())).map((k, i) => ({
    label: k.name,
    kind: CompletionItemKind.Property,
    detail: k.required ? t.format('LSB keyword (Debian expects it)') : t.format('LSB keyword'),
    documentation: { kind: MarkupKind.Markdown, value: t.schema(k.summary) },
    sortText: String(i).padStart(2, '0'),
    textEdit: replacing(position, from, `${k.name}: `),
  }));
}

function facilityItems(position: Position, from: number, taken: Set<string>, t: Translator): CompletionItem[] {
  return FACILITIES.filter((f) => !taken.has(f.name)).map((f, i) => ({
    label: f.name,
    kind: CompletionItemKind.Module,
    detail: f.unit ?? t.format('dropped by systemd'),
    documentation: { kind: MarkupKind.Markdown, value: t.schema(f.summary) },
    sortText: String(i).padStart(2, '0'),
    textEdit: replacing(position, from, f.name),
  }));
}

function runlevelItems(position: Position, from: number, taken: Set<string>, t: Translator): CompletionItem[] {
  return Object.entries(RUNLEVELS).filter(([level]) => !taken.has(level)).map(([level, meaning]) => ({
    label: level,
    kind: CompletionItemKind.EnumMember,
    detail: RUNLEVEL_TARGETS[level] ? `${t.schema(meaning)} (${RUNLEVEL_TARGETS[level]})` : t.schema(meaning),
    textEdit: replacing(position, from, level),
  }));
}

export function sysvCompletion(script: InitScript, position: Position, t: Translator): CompletionItem[] {
  const header = script.header;
  if (!header || position.line <= header.beginLine || (header.endLine !== undefined && position.line >= header.endLine)) return [];
  const before = (script.lines[position.line] ?? '').slice(0, position.character);
  const start = /^#([ \t]*)([A-Za-z0-9_-]*)$/.exec(before);
  if (start) {
    const present = new Set(header.entries.filter((e) => e.range.start.line !== position.line).map((e) => e.keyword.toLowerCase()));
    return keywordItems(position, 1 + start[1].length, present, t);
  }
  const keyword = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*):/.exec(before);
  const fact = keyword ? keywordFact(keyword[1]) : undefined;
  if (!keyword || !fact) return [];
  const words = before.slice(keyword[0].length).split(/[ \t]/);
  const partial = words.pop() ?? '';
  const from = position.character - partial.length;
  const taken = new Set(words.filter(Boolean));
  if (fact.value === 'facilities') return facilityItems(position, from, taken, t);
  if (fact.value === 'runlevels') return runlevelItems(position, from, taken, t);
  if (fact.value === 'boolean') return ['true', 'false'].map((word) => ({ label: word, kind: CompletionItemKind.Keyword, textEdit: replacing(position, from, word) }));
  return [];
}
