// A document analysed once per version: parsed, classified, with its dialect's support attached.
// Features read it and never change it.
import type { FileAssociation } from './classify/associations';
import type { FileKind } from './classify/fileKind';
import { classify } from './classify/classify';
import { dialectSupport, type DialectSupport } from './dialects';
import type { ParsedDocument } from './parse/model';
import { parse, parseSteps } from './parse';

export interface AnalyzedDocument {
  uri: string;
  version: number;
  text: string;
  kind: FileKind;
  doc: ParsedDocument;
  support: DialectSupport;
}

/**
 * Returns undefined for text that is neither a unit nor a supervisor config (a file of another systemd
 * family included: features have nothing to say about it; see features/familyDiagnostics.ts). `scope` is the manager
 * chosen for the file by the user; without it the file's folder decides.
 */
export function analyze(uri: string, version: number, text: string, languageHint?: string, scope?: 'system' | 'user',
  associations?: readonly FileAssociation[]): AnalyzedDocument | undefined {
  const kind = classify(uri, text, languageHint, scope, associations);
  if (!kind) return undefined;
  return { uri, version, text, kind, doc: parse(text, kind.dialect), support: dialectSupport(kind.dialect) };
}

/** The same analysis, in the parser's steps. */
export function* analyzeSteps(uri: string, version: number, text: string, languageHint?: string, scope?: 'system' | 'user',
  associations?: readonly FileAssociation[]): Generator<void, AnalyzedDocument | undefined> {
  const kind = classify(uri, text, languageHint, scope, associations);
  if (!kind) return undefined;
  yield;
  const doc = yield* parseSteps(text, kind.dialect);
  return { uri, version, text, kind, doc, support: dialectSupport(kind.dialect) };
}
