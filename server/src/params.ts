// Shape checks for what a client sends. The handlers trust their params; a broken or hostile client
// gets InvalidParams for a request and a logged, ignored notification instead of a thrown TypeError.
import type { Diagnostic } from 'vscode-languageserver-types';
import { isObject } from './util/isObject';

type Check = (value: unknown) => string | undefined;


/** LSP's uinteger: what line and character must be. */
const isUinteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2 ** 31 - 1;

export const isPosition = (value: unknown): boolean => isObject(value) && isUinteger(value.line) && isUinteger(value.character);
export const isRange = (value: unknown): boolean => isObject(value) && isPosition(value.start) && isPosition(value.end);
const isDocumentId = (value: unknown): boolean => isObject(value) && typeof value.uri === 'string';

const member = (name: string, ok: (value: unknown) => boolean, what: string): Check =>
  (params) => (ok((params as Record<string, unknown>)[name]) ? undefined : `${name} must be ${what}`);

function all(...checks: Check[]): Check {
  return (params) => {
    if (!isObject(params)) return 'params must be an object';
    for (const check of checks) {
      const problem = check(params);
      if (problem) return problem;
    }
    return undefined;
  };
}

const textDocument = member('textDocument', isDocumentId, 'a { uri: string }');
const position = member('position', isPosition, 'a position of two non-negative integers');
const range = member('range', isRange, 'a range of two positions');

export const documentParams = all(textDocument);
export const positionParams = all(textDocument, position);
export const codeActionParams = all(textDocument, range,
  member('context', (c) => isObject(c) && Array.isArray(c.diagnostics) && c.diagnostics.every(isObject), 'a { diagnostics: object[] }'));

export const didOpenParams = all(member('textDocument', (d) => isObject(d) && typeof d.uri === 'string' && typeof d.languageId === 'string'
  && Number.isInteger(d.version) && typeof d.text === 'string', 'a { uri, languageId, version, text }'));
export const didChangeParams = all(
  member('textDocument', (d) => isObject(d) && typeof d.uri === 'string' && Number.isInteger(d.version), 'a { uri, version }'),
  member('contentChanges', (changes) => Array.isArray(changes) && changes.every((c) => isObject(c) && typeof c.text === 'string'
    && (c.range === undefined ? c.rangeLength === undefined : isRange(c.range))), 'an array of { text } or { range, text }'));
/** completionItem/resolve gets an item back; only its label is required (its data is checked where it is read). */
export const completionItemParams = all(member('label', (l) => typeof l === 'string', 'a string'));

/** Code actions are built from the fixes in each diagnostic's data; keep only fixes of the shape the rules make. */
export function withUsableFixes(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    const fixes = isObject(diagnostic.data) ? diagnostic.data.fixes : undefined;
    if (fixes === undefined) return diagnostic;
    const usable = Array.isArray(fixes) ? fixes.filter((fix) => isObject(fix) && typeof fix.title === 'string' && Array.isArray(fix.edits)
      && fix.edits.every((edit) => isObject(edit) && isRange(edit.range) && typeof edit.newText === 'string')) : [];
    return { ...diagnostic, data: { ...(diagnostic.data as object), fixes: usable } };
  });
}

/** FormattingOptions: tabSize and insertSpaces are required by LSP but unused here; the optional booleans must be booleans. */
const formattingOptions = member('options', (o) => isObject(o)
  && ['trimTrailingWhitespace', 'insertFinalNewline', 'trimFinalNewlines'].every((name) => o[name] === undefined || typeof o[name] === 'boolean'),
'an object whose trimTrailingWhitespace, insertFinalNewline and trimFinalNewlines are booleans when present');
export const formattingParams = all(textDocument, formattingOptions);
export const rangeFormattingParams = all(textDocument, range, formattingOptions);
export const semanticTokensDeltaParams = all(textDocument, member('previousResultId', (id) => typeof id === 'string', 'a string'));
export const semanticTokensRangeParams = all(textDocument, range);
/** References, rename and watched files (issue 13.5). */
export const referenceParams = all(textDocument, position,
  member('context', (c) => isObject(c) && typeof c.includeDeclaration === 'boolean', 'a { includeDeclaration: boolean }'));
export const renameParams = all(textDocument, position, member('newName', (n) => typeof n === 'string', 'a string'));
export const workspaceSymbolParams = all(member('query', (q) => typeof q === 'string', 'a string'));
export const watchedFilesParams = all(member('changes', (changes) => Array.isArray(changes)
  && changes.every((c) => isObject(c) && typeof c.uri === 'string'), 'an array of { uri, type }'));
/** daemonConfig/fileInfo: a document, and optionally the cursor. */
export const fileInfoParams = all(textDocument, (params) => {
  const at = (params as Record<string, unknown>).position;
  return at === undefined || isPosition(at) ? undefined : 'position must be absent or a position of two non-negative integers';
});
export const selectionRangeParams = all(textDocument,
  member('positions', (ps) => Array.isArray(ps) && ps.length <= 10000 && ps.every(isPosition), 'an array of positions'));
export const rangeParams = all(textDocument, range);
