// The workspace view rules use, backed by the file system: reading files and expanding globs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { WorkspaceView } from '../rules/types';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** A glob segment (`*`, `?`, `[...]`) as a regular expression, the way Python's fnmatch reads it. */
export function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      // A `]` right after `[` or `[!` belongs to the set, as in fnmatch.
      const close = segment.indexOf(']', segment[i + 1] === '!' ? i + 3 : i + 2);
      if (close < 0) { source += '\\['; continue; }
      // Brackets and carets inside are literal to fnmatch (`[]]` matches `]`); a JS class needs them escaped.
      let body = segment.slice(i + 1, close).replace(/[\\\][^]/g, '\\$&');
      if (body.startsWith('!')) body = '^' + body.slice(1);
      source += characterClass(body);
      i = close;
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * `[body]` as a regular expression class. Like fnmatch, a reversed range such as `z-a` matches
 * nothing instead of being an error (a RegExp would throw on it).
 */
function characterClass(body: string): string {
  const valid = (candidate: string) => {
    try {
      new RegExp(`[${candidate}]`);
      return true;
    } catch {
      return false;
    }
  };
  if (valid(body)) return `[${body}]`;
  const pruned = body.replace(/([^\\])-([^\\])/g, (range, from: string, to: string) => (from > to ? '' : range));
  const negated = pruned.startsWith('^');
  if ((negated ? pruned.length > 1 : pruned.length > 0) && valid(pruned)) return `[${pruned}]`;
  return negated ? '[^/]' : '(?!)';
}

function hasMagic(segment: string): boolean {
  return /[*?[]/.test(segment);
}

/** Expands a glob to existing paths; hidden files match only patterns that start with a dot. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const absolute = isAbsolute(pattern) ? pattern : join(cwd, pattern);
  const segments = absolute.split('/').filter(Boolean);
  let paths = ['/'];
  for (const segment of segments) {
    const next: string[] = [];
    for (const base of paths) {
      if (!hasMagic(segment)) {
        const candidate = join(base, segment);
        if (exists(candidate)) next.push(candidate);
        continue;
      }
      const matcher = segmentPattern(segment);
      for (const name of safeReaddir(base)) {
        if (name.startsWith('.') && !segment.startsWith('.')) continue;
        if (matcher.test(name)) next.push(join(base, name));
      }
    }
    paths = next;
    if (paths.length === 0) break;
  }
  return paths.sort();
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function safeReaddir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

export function fileSystemWorkspace(overlay?: (path: string) => string | undefined): WorkspaceView {
  return {
    readFile(path) {
      const open = overlay?.(path);
      if (open !== undefined) return open;
      try {
        if (statSync(path).size > MAX_FILE_BYTES) return undefined;
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    glob: expandGlob,
  };
}

/**
 * The same view with every read and glob remembered: for a one-shot check, where files do not
 * change during the run and supervisor configs of one folder would read the same includes again.
 */
export function memoizedWorkspace(view: WorkspaceView): WorkspaceView {
  const files = new Map<string, string | undefined>();
  const globs = new Map<string, string[]>();
  return {
    readFile(path) {
      if (!files.has(path)) files.set(path, view.readFile(path));
      return files.get(path);
    },
    glob(pattern, cwd) {
      const key = `${cwd}\0${pattern}`;
      let found = globs.get(key);
      if (!found) globs.set(key, (found = view.glob(pattern, cwd)));
      return found.slice();
    },
  };
}
