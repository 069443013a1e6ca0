// `[include] files=` globs that match nothing: supervisord only logs a warning and goes on
// without them. Globs are relative to the folder of the file holding the [include]. An empty
// folder is the normal state of a fresh install (Debian's conf.d/*.conf), so that is information.
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { positionAt } from '../../parse/positions';
import { diagnostic, INFO, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';
import { entry } from './sections';

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
