// Semantic tokens: sections, keys and the meaningful parts of values, coloured by what the schema
// says they are rather than by what they look like. The legend is in semanticTokenLegend.ts.
import type { Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import type { Entry, ParsedDocument } from '../parse/model';
import { sectionLookups, sectionsFor } from '../schema/lookup';
import type { DialectSchema, DirectiveSpec, SectionSpec } from '../schema/types';
import { modifierBits, typeIndex, type TokenModifier, type TokenType, type ValueSpan, type ValueSpans } from './semanticTokenLegend';
import { supervisorValueSpans } from './semanticValuesSupervisor';
import { systemdValueSpans } from './semanticValuesSystemd';

/** One token in document coordinates (a single line, as the protocol wants by default). */
export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: readonly TokenModifier[];
}

const NONE: readonly TokenModifier[] = [];
const KNOWN: readonly TokenModifier[] = ['defaultLibrary'];
const DEPRECATED: readonly TokenModifier[] = ['defaultLibrary', 'deprecated'];
const UNKNOWN: readonly TokenModifier[] = ['unknown'];
const DECLARATION: readonly TokenModifier[] = ['declaration'];
const STRING: ValueSpan = { start: 0, end: 0, type: 'string' };

/** systemd ignores `X-` sections and keys without a word: they are the user's own, neither known nor unknown. */
const isExtension = (dialect: ParsedDocument['dialect'], name: string) => dialect === 'systemd' && name.startsWith('X-');

function keyModifiers(a: AnalyzedDocument, sectionType: string, sectionKnown: boolean, key: string,
  directive: DirectiveSpec | undefined, placed: boolean): readonly TokenModifier[] {
  if (isExtension(a.doc.dialect, key) || isExtension(a.doc.dialect, sectionType)) return NONE;
  if (a.support.schema.openSections?.includes(sectionType)) return placed ? KNOWN : NONE;
  if (!sectionKnown || !directive || !placed) return UNKNOWN;
  const placement = directive.placements.find((p) => p.section === sectionType);
  return placement && placement.status !== 'active' ? DEPRECATED : KNOWN;
}

/**
 * Colours each character of the value by the span that covers it (overlays last, so they win),
 * then cuts the runs into one token per line piece. Plain text between spans becomes `string`,
 * trimmed of blanks at its ends.
 */
function paintValue(entry: Entry, spans: ValueSpans, out: SemanticToken[]): void {
  const { value } = entry;
  if (value === '') return;
  const all = [STRING, ...spans.base, ...spans.overlay];
  const owner = new Uint16Array(value.length);
  for (let s = 1; s < all.length && s < 0xffff; s++) {
    const span = all[s];
    for (let i = Math.max(span.start, 0); i < Math.min(span.end, value.length); i++) owner[i] = s;
  }
  for (const piece of entry.pieces) {
    const from = Math.max(piece.offset, 0);
    const to = Math.min(piece.offset + piece.text.length, value.length);
    let i = from;
    while (i < to) {
      const s = owner[i];
      let end = i + 1;
      while (end < to && owner[end] === s) end++;
      let start = i;
      let stop = end;
      if (s === 0) {
        while (start < stop && /\s/.test(value[start])) start++;
        while (stop > start && /\s/.test(value[stop - 1])) stop--;
      }
      if (stop > start) {
        const span = all[s];
        out.push({
          line: piece.range.start.line, character: piece.range.start.character + (start - piece.offset), length: stop - start,
          type: span.type, modifiers: span.modifiers ?? NONE,
        });
      }
      i = end;
    }
  }
}

function valueSpans(a: AnalyzedDocument, entry: Entry, directive: DirectiveSpec | undefined): ValueSpans {
  return a.doc.dialect === 'systemd' ? systemdValueSpans(entry.value, entry.key, directive) : supervisorValueSpans(entry.value, directive);
}

function pushHeader(a: AnalyzedDocument, name: string, range: Range, known: boolean, out: SemanticToken[]): void {
  const { line, character } = range.start;
  const colon = a.doc.dialect === 'supervisor' ? name.indexOf(':') : -1;
  const typeLength = colon < 0 ? name.length : colon;
  const modifiers = isExtension(a.doc.dialect, name) ? NONE : known ? KNOWN : UNKNOWN;
  if (typeLength > 0) out.push({ line, character, length: typeLength, type: 'namespace', modifiers });
  if (colon >= 0 && colon + 1 < name.length) {
    out.push({ line, character: character + colon + 1, length: name.length - colon - 1, type: 'class', modifiers: DECLARATION });
  }
}

const overlaps = (range: Range | undefined, start: number, end: number) => !range || (start <= range.end.line && end >= range.start.line);

/** The tokens of a document, in order; with `range`, only those of the entries and headers on its lines. */
export function semanticTokenList(a: AnalyzedDocument, range?: Range): SemanticToken[] {
  const out: SemanticToken[] = [];
  const schema: DialectSchema = a.support.schema;
  const allowed: SectionSpec[] = sectionsFor(schema, a.kind.dialect === 'systemd' ? a.kind.unitType : undefined);
  for (const entry of a.doc.orphanEntries) {
    if (!overlaps(range, entry.range.start.line, entry.range.end.line)) continue;
    const { line, character } = entry.keyRange.start;
    out.push({ line, character, length: entry.keyRange.end.character - character, type: 'property', modifiers: UNKNOWN });
  }
  for (const { section, type, spec, directives, placed } of sectionLookups(a.doc, schema)) {
    if (!overlaps(range, section.range.start.line, Math.max(section.range.end.line, section.headerRange.end.line))) continue;
    const known = spec !== undefined && allowed.includes(spec);
    if (overlaps(range, section.headerRange.start.line, section.headerRange.start.line)) pushHeader(a, section.name, section.nameRange, known, out);
    section.entries.forEach((entry, i) => {
      if (!overlaps(range, entry.range.start.line, entry.range.end.line)) return;
      const { line, character } = entry.keyRange.start;
      const modifiers = keyModifiers(a, type, known, entry.key, directives[i], placed[i]);
      out.push({ line, character, length: entry.keyRange.end.character - character, type: 'property', modifiers });
      const directive = modifiers === UNKNOWN ? undefined : directives[i];
      paintValue(entry, valueSpans(a, entry, directive), out);
    });
  }
  return range ? out.filter((t) => t.line >= range.start.line && t.line <= range.end.line) : out;
}

/** The protocol's encoding: five numbers per token, each position relative to the token before it. */
export function encodeTokens(tokens: readonly SemanticToken[]): number[] {
  const data = new Array<number>(tokens.length * 5);
  let n = 0;
  let lastModifiers: readonly TokenModifier[] = NONE;
  let lastBits = 0;
  let line = 0;
  let start = 0;
  let end = 0;
  for (const token of tokens) {
    if (token.length <= 0) continue;
    const deltaLine = token.line - line;
    // Out of order or overlapping (never produced; a client would misplace every token after it).
    if (deltaLine < 0 || (deltaLine === 0 && token.character < end)) continue;
    if (token.modifiers !== lastModifiers) {
      lastModifiers = token.modifiers;
      lastBits = modifierBits(lastModifiers);
    }
    data[n++] = deltaLine;
    data[n++] = deltaLine === 0 ? token.character - start : token.character;
    data[n++] = token.length;
    data[n++] = typeIndex(token.type);
    data[n++] = lastBits;
    line = token.line;
    start = token.character;
    end = token.character + token.length;
  }
  data.length = n;
  return data;
}

export function semanticTokens(a: AnalyzedDocument, range?: Range): number[] {
  return encodeTokens(semanticTokenList(a, range));
}
