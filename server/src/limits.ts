// How much the server and the checker take on. Real units and supervisor configs are well under
// 100 KB; a file of many megabytes is generated, concatenated or hostile, and analysing it cost
// about 67 bytes of memory per byte of text (a 50 MB unit: 3.4 GB and over a minute, with every
// other document waiting). Above the limit nothing is parsed: one information diagnostic says why.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { linkRuleDocs } from './features/ruleDocs';

/**
 * The largest text analysed, in characters (UTF-16 code units, which is bytes for ASCII text).
 * 1 MB is ten times the largest real file and keeps the bench's stress files (300-380 KB) analysed.
 */
export const MAX_ANALYZED_CHARS = 1024 * 1024;


/** Most entries in a list answer (outline, folding, links, code actions): an editor shows no more usefully. */
export const MAX_LIST_ITEMS = 5000;

/** Most completion items in one answer; a longer list goes out marked incomplete, so the client asks again as the user types. */
export const MAX_COMPLETION_ITEMS = 1000;

/** Most diagnostics published for one document: a huge generated file can yield 100k problems. */
export const MAX_DIAGNOSTICS = 1000;

export const OVERSIZE_CODE = 'syntax/file-too-large';

/**
 * `812 KB`, `1 MB`, `50.3 MB` (1 MB = 1024 KB). Rounded up, so that a size over the limit never
 * reads as the limit itself.
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.ceil(bytes / 1024 / 1024 * 10) / 10} MB`;
}

/** The one diagnostic an oversize document gets, at its top, naming its size and the limit. */
export function oversizeDiagnostic(length: number): Diagnostic {
  const top = { line: 0, character: 0 };
  const diagnostic: Diagnostic = {
    range: { start: top, end: top },
    severity: DiagnosticSeverity.Information,
    source: 'daemon-config',
    code: OVERSIZE_CODE,
    message: `This file is ${formatSize(length)}, over the ${formatSize(MAX_ANALYZED_CHARS)} that daemon-config analyses: `
      + 'no diagnostics, completion, hover or outline for it. Real units and supervisor configs are far smaller.',
  };
  linkRuleDocs(diagnostic);
  return diagnostic;
}


/** The first `max` items (the list itself when it is short enough). */
export function capped<T>(items: T[], max = MAX_LIST_ITEMS): T[] {
  return items.length > max ? items.slice(0, max) : items;
}
