// Completion, hover and outline for tmpfiles.d files: per column, from the facts in types.ts.
import { CompletionItemKind, MarkupKind, SymbolKind, type CompletionItem, type DocumentSymbol, type Hover, type Position } from 'vscode-languageserver-types';
import type { HoverManual } from '../../features/manual/manualHover';
import type { Translator } from '../../l10n/translator';
import { typeLetterManual } from '../hostManual';
import { MAX_LIST_ITEMS } from '../../limits';
import { TMPFILES_COLUMN_TEXT } from '../columnsText';
import { TMPFILES_MANUAL } from '../manual';
import { textLines } from '../words';
import { parseTmpfiles, parseTmpfilesLine, tmpfilesColumnAt } from './parse';
import { AGE_BY_LETTERS, MODIFIER_BY_CHAR, TMPFILES_MODIFIERS, TMPFILES_SPECIFIERS, TMPFILES_TYPES, TYPE_BY_LETTER } from './types';

export interface LineFeatureContext {
  version: number;
  t: Translator;
  users?: ReadonlySet<string>;
  groups?: ReadonlySet<string>;
}

const MODES = ['0755', '0750', '0700', '0644', '0640', '0600', '1777', '2775', ':0755', '~0644'];
const AGES = ['10d', '1w', '12h', '30min', '~10d', 'aAm:10d'];
const MAX_NAMES = 200;

function markdown(value: string): { kind: typeof MarkupKind.Markdown; value: string } {
  return { kind: MarkupKind.Markdown, value };
}

function typeDoc(letter: string, t: Translator, link = true): string {
  const type = TYPE_BY_LETTER.get(letter);
  if (!type) return '';
  const lines = [`**${letter}** — ${t.schema(type.summary)}`];
  if (type.argumentMeaning) lines.push('', `${t.format('Argument:')} ${t.schema(type.argumentMeaning)}`);
  lines.push('', t.format('Since systemd {version}.', { version: type.since }));
  if (link) lines.push('', `[tmpfiles.d(5)](${TMPFILES_MANUAL})`);
  return lines.join('\n');
}

function simple(label: string, kind: CompletionItemKind, detail?: string, sortText?: string): CompletionItem {
  const item: CompletionItem = { label, kind };
  if (detail) item.detail = detail;
  if (sortText) item.sortText = sortText;
  return item;
}

function names(set: ReadonlySet<string> | undefined): string[] {
  return set ? [...set].sort().slice(0, MAX_NAMES) : [];
}

export function tmpfilesCompletion(text: string, position: Position, context: LineFeatureContext): CompletionItem[] {
  const { t } = context;
  const lineText = textLines(text)[position.line] ?? '';
  const before = lineText.slice(0, position.character);
  if (/%$/.test(before.replace(/%%/g, ''))) {
    return Object.entries(TMPFILES_SPECIFIERS).map(([letter, meaning]) => simple(letter, CompletionItemKind.Variable, t.schema(meaning)));
  }
  const entry = parseTmpfilesLine(lineText, position.line);
  if (!entry || before.trim() === '' && !entry.words.some((w) => w.start < position.character)) {
    if (lineText.trimStart().startsWith('#')) return [];
    return TMPFILES_TYPES.filter((x) => x.since <= context.version).map((x) => ({
      label: x.letter, kind: CompletionItemKind.Keyword, detail: t.schema(x.summary), documentation: markdown(typeDoc(x.letter, t)),
    }));
  }
  const { column, word } = tmpfilesColumnAt(entry, position.character);
  switch (column) {
    case 'type': {
      if (!word || position.character !== word.end || word.text === '') return [];
      return TMPFILES_MODIFIERS.filter((m) => !word.text.slice(1).includes(m.char) && m.since <= context.version).map((m) => ({
        label: word.text + m.char, kind: CompletionItemKind.Operator, detail: t.schema(m.summary),
        textEdit: { range: { start: { line: position.line, character: word.start }, end: { line: position.line, character: word.end } }, newText: word.text + m.char },
      }));
    }
    case 'mode': return ['-', ...MODES].map((m, i) => simple(m, CompletionItemKind.Value, undefined, String(i).padStart(2, '0')));
    case 'user': return ['-', 'root', ...names(context.users)].map((n) => simple(n, CompletionItemKind.Value));
    case 'group': return ['-', 'root', ...names(context.groups)].map((n) => simple(n, CompletionItemKind.Value));
    case 'age': return ['-', ...AGES].map((a, i) => simple(a, CompletionItemKind.Value, undefined, String(i).padStart(2, '0')));
    default: return [];
  }
}

/** `manual`: the host's man pages; a type letter's hover ends with its entry in tmpfiles.d(5) there. */
export function tmpfilesHover(text: string, position: Position, context: LineFeatureContext, manual?: HoverManual): Hover | null {
  const { t } = context;
  const lineText = textLines(text)[position.line] ?? '';
  const entry = parseTmpfilesLine(lineText, position.line);
  if (!entry) return null;
  const { column, word } = tmpfilesColumnAt(entry, position.character);
  if (!word) return null;
  const range = { start: { line: position.line, character: word.start }, end: { line: position.line, character: word.end } };
  // A specifier under the cursor says what it expands to.
  const offset = position.character - word.start;
  for (const m of word.raw.matchAll(/%(.)/g)) {
    const at = m.index ?? 0;
    if (offset >= at && offset <= at + 2 && TMPFILES_SPECIFIERS[m[1]]) {
      return { contents: markdown(t.format('`%{letter}`: {meaning:msg}.', { letter: m[1], meaning: TMPFILES_SPECIFIERS[m[1]] })), range };
    }
  }
  const parts: string[] = [];
  if (column === 'type') {
    const doc = typeDoc(word.text[0], t, false);
    if (!doc) return { contents: markdown(t.format('Unknown line type `{letter}`.', { letter: word.text[0] })), range };
    parts.push(doc);
    for (const c of word.text.slice(1)) {
      const modifier = MODIFIER_BY_CHAR.get(c);
      if (modifier) parts.push('', `\`${c}\` — ${t.schema(modifier.summary)} ${t.format('Since systemd {version}.', { version: modifier.since })}`);
    }
    parts.push('', `[tmpfiles.d(5)](${TMPFILES_MANUAL})`);
    return { contents: markdown(parts.join('\n') + typeLetterManual(manual, 'tmpfiles.d', word.text[0], t)), range };
  }
  parts.push(t.schema(TMPFILES_COLUMN_TEXT[column]));
  if (column === 'argument') {
    const type = TYPE_BY_LETTER.get(entry.words[0]?.text[0] ?? '');
    if (type?.argumentMeaning) parts.push('', `**${type.letter}**: ${t.schema(type.argumentMeaning)}`);
    else if (type?.argument === 'ignored') parts.push('', t.format('`{letter}` lines take no argument.', { letter: type.letter }));
  }
  if (column === 'age') {
    const by = /^~?([^:]*):/.exec(word.text)?.[1];
    if (by) parts.push('', ...[...by].filter((c) => AGE_BY_LETTERS[c.toLowerCase()]).map((c) => `\`${c}\`: ${t.schema(AGE_BY_LETTERS[c.toLowerCase()])} (${t.format(c === c.toLowerCase() ? 'files' : 'directories')})`));
  }
  parts.push('', `[tmpfiles.d(5)](${TMPFILES_MANUAL})`);
  return { contents: markdown(parts.join('\n')), range };
}

export function tmpfilesSymbols(text: string, max = MAX_LIST_ITEMS): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const lines = textLines(text);
  for (const entry of parseTmpfiles(text, max)) {
    const [type, path] = entry.words;
    if (!type) continue;
    const selection = path ?? type;
    out.push({
      name: `${type.text} ${path?.text ?? ''}`.trim() || '(empty)',
      kind: TYPE_BY_LETTER.get(type.text[0])?.letter === 'd' || type.text[0] === 'D' ? SymbolKind.Namespace : SymbolKind.File,
      range: { start: { line: entry.line, character: 0 }, end: { line: entry.line, character: lines[entry.line].length } },
      selectionRange: { start: { line: entry.line, character: selection.start }, end: { line: entry.line, character: selection.end } },
    });
  }
  return out;
}
