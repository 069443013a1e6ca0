// A document analysed once per version: parsed, classified, with its dialect's support attached.
// Features read it and never change it.
import type { FileAssociation } from './classify/associations';
import type { FileKind } from './classify/fileKind';
import { classifyFile, pathOf } from './classify/classify';
import { dialectSupport, familyKind, type DialectSupport } from './dialects';
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

/** A unit, a supervisor config, or a file of a systemd family that has a schema (see dialects.ts). */
function kindOf(uri: string, text: string, languageHint?: string, scope?: 'system' | 'user',
  associations?: readonly FileAssociation[]): FileKind | undefined {
  const found = classifyFile(uri, text, languageHint, scope, associations);
  if (!found) return undefined;
  return 'dialect' in found ? found : familyKind(found, pathOf(uri));
}

/**
 * Returns undefined for text that is neither a unit, a supervisor config nor a file of a family with a
 * schema (a family without one gets its syntax checked and a note: see features/familyDiagnostics.ts).
 * `scope` is the manager chosen for the file by the user; without it the file's folder decides.
 */
export function analyze(uri: string, version: number, text: string, languageHint?: string, scope?: 'system' | 'user',
  associations?: readonly FileAssociation[]): AnalyzedDocument | undefined {
  const kind = kindOf(uri, text, languageHint, scope, associations);
  if (!kind) return undefined;
  return { uri, version, text, kind, doc: parse(text, kind.dialect), support: dialectSupport(kind) };
}

/** The same analysis, in the parser's steps. */
export function* analyzeSteps(uri: string, version: number, text: string, languageHint?: string, scope?: 'system' | 'user',
  associations?: readonly FileAssociation[]): Generator<void, AnalyzedDocument | undefined> {
  const kind = kindOf(uri, text, languageHint, scope, associations);
  if (!kind) return undefined;
  yield;
  const doc = yield* parseSteps(text, kind.dialect);
  return { uri, version, text, kind, doc, support: dialectSupport(kind) };
}
