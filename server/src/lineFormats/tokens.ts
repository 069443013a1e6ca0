// Semantic tokens for tmpfiles.d and sysusers.d lines: the type letter as a keyword and its
// modifiers as operators, paths and text as strings with `%` specifiers as macros, modes, IDs and
// ages as numbers, users and groups as variables (a sysusers name as the declaration it is).
import type { SemanticToken } from '../features/semanticTokens';
import type { TokenModifier, TokenType } from '../features/semanticTokenLegend';
import { parseSysusers } from './sysusers/parse';
import { parseTmpfiles } from './tmpfiles/parse';
import type { Word } from './words';

const NONE: readonly TokenModifier[] = [];
const DECLARATION: readonly TokenModifier[] = ['declaration'];

/** Most tokens for one document, as every list is capped. */
const MAX_TOKENS = 50_000;

function push(out: SemanticToken[], line: number, start: number, end: number, type: TokenType, modifiers = NONE): void {
  if (end > start && out.length < MAX_TOKENS) out.push({ line, character: start, length: end - start, type, modifiers });
}

/** A word as a string, with its `%x` specifiers (and `%%`) cut out as macros. */
function withSpecifiers(out: SemanticToken[], line: number, word: Word, type: TokenType = 'string'): void {
  let at = word.start;
  const raw = word.raw;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '%' || i + 1 >= raw.length) continue;
    push(out, line, at, word.start + i, type);
    push(out, line, word.start + i, word.start + i + 2, 'macro');
    at = word.start + i + 2;
    i++;
  }
  push(out, line, at, word.end, type);
}

function typeWord(out: SemanticToken[], line: number, word: Word): void {
  push(out, line, word.start, word.start + 1, 'keyword');
  push(out, line, word.start + 1, word.end, 'operator');
}

const isDash = (w: Word) => w.raw === '-';

export function tmpfilesTokens(text: string): SemanticToken[] {
  const out: SemanticToken[] = [];
  for (const entry of parseTmpfiles(text)) {
    const [type, path, mode, user, group, age] = entry.words;
    if (type) typeWord(out, entry.line, type);
    if (path) withSpecifiers(out, entry.line, path);
    for (const [word, kind] of [[mode, 'number'], [user, 'variable'], [group, 'variable'], [age, 'number']] as const) {
      if (word && !isDash(word)) push(out, entry.line, word.start, word.end, kind);
    }
    if (entry.argument && entry.argument.raw !== '-') withSpecifiers(out, entry.line, entry.argument);
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

export function sysusersTokens(text: string): SemanticToken[] {
  const out: SemanticToken[] = [];
  for (const entry of parseSysusers(text)) {
    const [type, name, id, ...rest] = entry.words;
    if (type) typeWord(out, entry.line, type);
    if (name && !isDash(name)) push(out, entry.line, name.start, name.end, 'variable', type?.raw === 'm' ? NONE : DECLARATION);
    if (id && !isDash(id)) {
      const kind = /^[0-9:-]+$/.test(id.raw) ? 'number' : id.raw.startsWith('/') ? 'string' : 'variable';
      push(out, entry.line, id.start, id.end, kind);
    }
    for (const word of rest) if (!isDash(word)) withSpecifiers(out, entry.line, word);
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}
