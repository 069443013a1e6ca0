// `[include] files=` globs that match nothing: supervisord only logs a warning and goes on
// without them. Globs are relative to the folder of the file holding the [include]. An empty
// folder is the normal state of a fresh install (Debian's conf.d/*.conf), so that is information.
import { basename, dirname, isAbsolute, join } from '../../util/posixPath';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { positionAt } from '../../parse/positions';
import { diagnostic, INFO, WARNING } from '../common/diagnostic';
import type { Rule, WorkspaceView } from '../types';
import { entry } from './sections';

// A glob too big to expand in full: the server and checker stop at a cap rather than hang on a pattern like /*/*/*.
export const GLOB_CAPPED = 'supervisor/include-glob-capped';
/** A match that is a FIFO or a device: supervisord would hang reading it. */
export const NOT_REGULAR = 'supervisor/include-not-regular';

/** What the bounded expansion of a pattern tells: it stopped at a cap, or it matches FIFOs or devices. */
function boundedFindings(workspace: WorkspaceView, absolute: string, base: string, range: Range): { capped: boolean; findings: Diagnostic[] } {
  const expansion = workspace.globBounded?.(absolute, base);
  if (!expansion) return { capped: false, findings: [] };
  if (expansion.capped) {
    const capped = diagnostic(range, `${absolute} was expanded only in part (${expansion.capped}): checks across the included files see only what was found before that.`, WARNING);
    return { capped: true, findings: [{ ...capped, code: GLOB_CAPPED }] };
  }
  return {
    capped: false,
    findings: (expansion.special ?? []).map(({ path, what }) => ({
      ...diagnostic(range, `${path} is ${what}, not a regular file: supervisord would block or never finish reading it, and daemon-config does not read it.`, WARNING),
      code: NOT_REGULAR,
    })),
  };
}

export const includeNoMatch: Rule = {
  code: 'supervisor/include-no-match',
  check({ doc, filePath, workspace }) {
    if (!filePath || !workspace) return [];
    const base = dirname(filePath);
    const results: Diagnostic[] = [];
    for (const section of doc.sections.filter((s) => s.name === 'include')) {
      const files = entry(section, 'files');
      if (!files) continue;
      for (const match of files.value.matchAll(/\S+/g)) {
        const pattern = match[0];
        if (pattern.includes('%(') || match.index === undefined) continue;
        const absolute = isAbsolute(pattern) ? pattern : join(base, pattern);
        const bounded = boundedFindings(workspace, absolute, base, { start: positionAt(files.pieces, match.index), end: positionAt(files.pieces, match.index + pattern.length) });
        results.push(...bounded.findings);
        if (bounded.capped) continue;
        if (workspace.glob(absolute, base).length > 0) continue;
        const range = { start: positionAt(files.pieces, match.index), end: positionAt(files.pieces, match.index + pattern.length) };
        const folder = dirname(absolute);
        const emptyFolder = workspace.glob(folder, base).length > 0 && workspace.glob(join(folder, '*'), base).length === 0;
        results.push(emptyFolder
          ? diagnostic(range, `${folder} is empty, so no file matches ${basename(absolute)} yet: supervisord starts without these programs until you add some.`, INFO)
          : diagnostic(range, `No file matches ${absolute}: supervisord skips this pattern with a warning.`, WARNING));
      }
    }
    return results;
  },
};
