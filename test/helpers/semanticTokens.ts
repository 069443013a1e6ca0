// Decodes the protocol's semantic token array back into readable tokens, for tests.
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/features/semanticTokenLegend';

export interface DecodedToken {
  line: number;
  character: number;
  /** The text the token covers. */
  text: string;
  type: string;
  modifiers: string[];
}

export function decodeTokens(data: readonly number[], text: string,
  legend: { tokenTypes: string[]; tokenModifiers: string[] } = SEMANTIC_TOKENS_LEGEND): DecodedToken[] {
  const lines = text.split(/\r?\n/);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    out.push({
      line, character, text: (lines[line] ?? '').slice(character, character + length), type: legend.tokenTypes[type] ?? `#${type}`,
      modifiers: legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0),
    });
  }
  return out;
}

/** `text:type[.modifier...]` per token, the way tests spell what they expect. */
export function describeTokens(tokens: DecodedToken[]): string[] {
  return tokens.map((t) => `${t.text}:${[t.type, ...t.modifiers].join('.')}`);
}
