// Completion, hover and outline for sysusers.d files: per column, from the facts in types.ts.
import { CompletionItemKind, MarkupKind, SymbolKind, type CompletionItem, type DocumentSymbol, type Hover, type Position } from 'vscode-languageserver-types';
import type { HoverManual } from '../../features/manual/manualHover';
import type { Translator } from '../../l10n/translator';
import { typeLetterManual } from '../hostManual';
import { MAX_LIST_ITEMS } from '../../limits';
import { SYSUSERS_COLUMN_TEXT } from '../columnsText';
import { SYSUSERS_MANUAL } from '../manual';
import type { LineFeatureContext } from '../tmpfiles/features';
import { textLines } from '../words';
import { parseSysusers, parseSysusersLine, sysusersColumnAt } from './parse';
import { SYSUSERS_SPECIFIERS, SYSUSERS_TYPE_BY_LETTER, SYSUSERS_TYPES } from './types';

const SHELLS = ['-', '/usr/sbin/nologin', '/bin/sh', '/bin/bash'];

function markdown(value: string): { kind: typeof MarkupKind.Markdown; value: string } {
  return { kind: MarkupKind.Markdown, value };
}

function typeDoc(letter: string, t: Translator): string {
  const type = SYSUSERS_TYPE_BY_LETTER.get(letter);
  if (!type) return '';
  return [`**${letter}** — ${t.schema(type.summary)}`, '', `${t.format('ID column:')} ${t.schema(type.id)}`, '', `[sysusers.d(5)](${SYSUSERS_MANUAL})`].join('\n');
}

export function sysusersCompletion(text: string, position: Position, context: LineFeatureContext): CompletionItem[] {
  const { t } = context;
  const lineText = textLines(text)[position.line] ?? '';
  const before = lineText.slice(0, position.character);
  if (/%$/.test(before.replace(/%%/g, ''))) {
    return Object.entries(SYSUSERS_SPECIFIERS).map(([letter, meaning]) => ({ label: letter, kind: CompletionItemKind.Variable, detail: t.schema(meaning) }));
  }
  const entry = parseSysusersLine(lineText, position.line);
  if (!entry || before.trim() === '' && !entry.words.some((w) => w.start < position.character)) {
    if (lineText.trimStart().startsWith('#')) return [];
    return SYSUSERS_TYPES.map((x) => ({ label: x.letter, kind: CompletionItemKind.Keyword, detail: t.schema(x.summary), documentation: markdown(typeDoc(x.letter, t)) }));
  }
  const { column } = sysusersColumnAt(entry, position.character);
  const type = entry.words[0]?.text;
  const values = (list: readonly string[]) => list.map((label) => ({ label, kind: CompletionItemKind.Value }));
  switch (column) {
    case 'id': return type === 'm' ? values([...(context.groups ?? [])].sort().slice(0, 200)) : values(['-']);
    case 'gecos': return values(['-']);
    case 'home': return values(['-', '/', '/var/lib/']);
    case 'shell': return values(SHELLS);
    default: return [];
  }
}

/** `manual`: the host's man pages; a type letter's hover ends with its entry in sysusers.d(5) there. */
export function sysusersHover(text: string, position: Position, context: LineFeatureContext, manual?: HoverManual): Hover | null {
  const { t } = context;
  const lineText = textLines(text)[position.line] ?? '';
  const entry = parseSysusersLine(lineText, position.line);
  if (!entry) return null;
  const { column, word } = sysusersColumnAt(entry, position.character);
  if (!word || !column) return null;
  const range = { start: { line: position.line, character: word.start }, end: { line: position.line, character: word.end } };
  if (column === 'type') {
    const doc = typeDoc(word.text, t);
    return { contents: markdown(doc ? doc + typeLetterManual(manual, 'sysusers.d', word.text, t) : t.format('Unknown line type `{letter}`.', { letter: word.text })), range };
  }
  const parts = [t.schema(SYSUSERS_COLUMN_TEXT[column])];
  const type = SYSUSERS_TYPE_BY_LETTER.get(entry.words[0]?.text ?? '');
  if (column === 'id' && type) parts.push('', `**${type.letter}**: ${t.schema(type.id)}`);
  parts.push('', `[sysusers.d(5)](${SYSUSERS_MANUAL})`);
  return { contents: markdown(parts.join('\n')), range };
}

export function sysusersSymbols(text: string, max = MAX_LIST_ITEMS): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const lines = textLines(text);
  for (const entry of parseSysusers(text, max)) {
    const [type, name, id] = entry.words;
    if (!type) continue;
    const shownName = type.text === 'r' || !name || name.text === '-' ? id?.text ?? '' : name.text;
    const selection = (type.text === 'r' ? id : name) ?? type;
    out.push({
      name: `${type.text} ${shownName}`.trim(),
      kind: type.text === 'u' ? SymbolKind.Object : type.text === 'g' ? SymbolKind.Namespace : SymbolKind.Key,
      range: { start: { line: entry.line, character: 0 }, end: { line: entry.line, character: lines[entry.line].length } },
      selectionRange: { start: { line: entry.line, character: selection.start }, end: { line: entry.line, character: selection.end } },
    });
  }
  return out;
}
